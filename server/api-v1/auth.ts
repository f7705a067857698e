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
  // One read for both: the key, and the workspace of the shop in the path (null when there is no such shop).
  const keyAndShop = db.$client.prepare<[string, string], { keyId: string; shopId: string; scope: ApiKeyScope; pathWorkspaceId: string | null }>(
    'SELECT id AS keyId, shop_id AS shopId, scope, (SELECT workspace_id FROM shops WHERE id = ?) AS pathWorkspaceId FROM api_keys WHERE hash = ? AND revoked_at IS NULL',
  );

  return (req, shopId, need) => {
    const header = req.headers.authorization;
    if (!header) throw new HttpError(401, 'unauthorized', 'send the shop API key as "Authorization: Bearer <key>"', [{ path: 'Authorization', message: 'missing' }], {}, CHALLENGE);
    const match = BEARER.exec(header);
    const key = match?.[1];
    if (!key) throw new HttpError(401, 'unauthorized', 'the Authorization header must be "Bearer <key>"', [{ path: 'Authorization', message: 'not a Bearer token' }], {}, CHALLENGE);
    const found = key.length <= MAX_KEY_LENGTH ? keyAndShop.get(shopId, sha256(key)) : undefined;
    if (!found) throw new HttpError(401, 'unauthorized', 'unknown or revoked API key', [{ path: 'Authorization', message: 'unknown or revoked key' }], {}, CHALLENGE);
    if (found.pathWorkspaceId === null) throw new HttpError(404, 'not_found', `shop "${shopId}" not found`, [{ path: 'shopId', message: 'no such shop' }]);
    if (found.shopId !== shopId) throw new HttpError(403, 'forbidden', `this API key belongs to another shop, not "${shopId}"`);
    if (need === 'admin' && found.scope !== 'admin') throw new HttpError(403, 'forbidden', 'this route needs an API key of the admin scope; this key has the reply scope');
    return { shop: { id: shopId, workspaceId: found.pathWorkspaceId }, scope: found.scope, keyId: found.keyId };
  };
}
