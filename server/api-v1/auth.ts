/**
 * API key checks: `Authorization: Bearer <key>` of the shop in the path, with the scope the
 * route needs. Missing or unknown (or revoked) key → 401; unknown shop → 404; a key of another
 * shop, or a `reply` key on an admin route → 403.
 *
 * Every request looks its key up by hash (a prepared, indexed read of a few microseconds), so a
 * revoked key stops working at once, whichever process revoked it.
 */
import type { IncomingMessage } from 'node:http';
import type { ApiKeyScope } from '../services/api-keys';
import { sha256 } from '../auth/tokens';
import type { Db } from '../db';
import { HttpError } from './http';

export interface Caller {
  shop: { id: string; workspaceId: string };
  scope: ApiKeyScope;
  keyId: string;
}

/** Longest plausible key; anything longer is not one of ours and is not hashed. */
const MAX_KEY_LENGTH = 512;
const BEARER = /^Bearer[ \t]+([^\s]+)[ \t]*$/i;
const CHALLENGE = { 'www-authenticate': 'Bearer realm="replyflow"' };

export type Authorize = (req: IncomingMessage, shopId: string, need: ApiKeyScope) => Caller;

export function createAuthorize(db: Db): Authorize {
  const keyByHash = db.$client.prepare<[string], { keyId: string; shopId: string; scope: ApiKeyScope }>(
    'SELECT id AS keyId, shop_id AS shopId, scope FROM api_keys WHERE hash = ? AND revoked_at IS NULL',
  );
  const shopById = db.$client.prepare<[string], { id: string; workspaceId: string }>('SELECT id, workspace_id AS workspaceId FROM shops WHERE id = ?');

  return (req, shopId, need) => {
    const header = req.headers.authorization;
    if (!header) throw new HttpError(401, 'unauthorized', 'send the shop API key as "Authorization: Bearer <key>"', [{ path: 'Authorization', message: 'missing' }], {}, CHALLENGE);
    const match = BEARER.exec(header);
    const key = match?.[1];
    if (!key) throw new HttpError(401, 'unauthorized', 'the Authorization header must be "Bearer <key>"', [{ path: 'Authorization', message: 'not a Bearer token' }], {}, CHALLENGE);
    const found = key.length <= MAX_KEY_LENGTH ? keyByHash.get(sha256(key)) : undefined;
    if (!found) throw new HttpError(401, 'unauthorized', 'unknown or revoked API key', [{ path: 'Authorization', message: 'unknown or revoked key' }], {}, CHALLENGE);
    const shop = shopById.get(shopId);
    if (!shop) throw new HttpError(404, 'not_found', `shop "${shopId}" not found`, [{ path: 'shopId', message: 'no such shop' }]);
    if (found.shopId !== shop.id) throw new HttpError(403, 'forbidden', `this API key belongs to another shop, not "${shopId}"`);
    if (need === 'admin' && found.scope !== 'admin') throw new HttpError(403, 'forbidden', 'this route needs an API key of the admin scope; this key has the reply scope');
    return { shop, scope: found.scope, keyId: found.keyId };
  };
}
