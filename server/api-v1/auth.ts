/**
 * API key checks: `Authorization: Bearer <key>` of the shop in the path, with the scope the
 * route needs. Missing or unknown (or revoked) key → 401; unknown shop → 404; a key of another
 * shop of the same workspace, or a `reply` key on an admin route → 403. A shop of another workspace
 * is "unknown" to the key (404), so a key never tells whether another tenant's shop id exists.
 *
 * Keys that checked out are remembered in the process (no hashing, no read on the hot path)
 * until any key is revoked in this process, and at most KEY_CACHE_MS (the bound for a key revoked
 * by another process). Unknown keys are never remembered.
 */
import type { IncomingMessage } from 'node:http';
import { keyRevocations, type ApiKeyScope } from '../services/api-keys';
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
const KEY_CACHE_MS = 10_000;
const KEY_CACHE_SIZE = 1000;

interface KnownKey {
  keyId: string;
  shopId: string;
  workspaceId: string;
  scope: ApiKeyScope;
  revocations: number;
  until: number;
}

interface Found {
  keyId: string;
  shopId: string;
  scope: ApiKeyScope;
  keyWorkspaceId: string | null;
  pathWorkspaceId: string | null;
}

export type Authorize = (req: IncomingMessage, shopId: string, need: ApiKeyScope) => Caller;

export function createAuthorize(db: Db): Authorize {
  // One read for all: the key, its workspace, and the workspace of the shop in the path (null when there is no such shop).
  const keyAndShop = db.$client.prepare<[string, string], Found>(
    `SELECT id AS keyId, shop_id AS shopId, scope, (SELECT workspace_id FROM shops WHERE id = api_keys.shop_id) AS keyWorkspaceId,
            (SELECT workspace_id FROM shops WHERE id = ?) AS pathWorkspaceId
     FROM api_keys WHERE hash = ? AND revoked_at IS NULL`,
  );

  const known = new Map<string, KnownKey>();

  /** The key's grant, from memory when still valid, else from the database (null: unknown or revoked). */
  function lookup(key: string, shopId: string): Found | undefined {
    const now = Date.now();
    const hit = known.get(key);
    if (hit && hit.revocations === keyRevocations() && hit.until > now && hit.shopId === shopId) return { ...hit, keyWorkspaceId: hit.workspaceId, pathWorkspaceId: hit.workspaceId };
    const revocationsBefore = keyRevocations();
    const found = keyAndShop.get(shopId, sha256(key));
    // Only a key of the path's shop is remembered: other answers (403, 404) take the full check each time.
    if (found && found.shopId === shopId && found.pathWorkspaceId !== null) {
      if (known.size >= KEY_CACHE_SIZE) known.clear();
      known.set(key, { keyId: found.keyId, shopId, workspaceId: found.pathWorkspaceId, scope: found.scope, revocations: revocationsBefore, until: now + KEY_CACHE_MS });
    }
    return found;
  }

  return (req, shopId, need) => {
    const header = req.headers.authorization;
    if (!header) throw new HttpError(401, 'unauthorized', 'send the shop API key as "Authorization: Bearer <key>"', [{ path: 'Authorization', message: 'missing' }], {}, CHALLENGE);
    const match = BEARER.exec(header);
    const key = match?.[1];
    if (!key) throw new HttpError(401, 'unauthorized', 'the Authorization header must be "Bearer <key>"', [{ path: 'Authorization', message: 'not a Bearer token' }], {}, CHALLENGE);
    const found = key.length <= MAX_KEY_LENGTH ? lookup(key, shopId) : undefined;
    if (!found) throw new HttpError(401, 'unauthorized', 'unknown or revoked API key', [{ path: 'Authorization', message: 'unknown or revoked key' }], {}, CHALLENGE);
    if (found.pathWorkspaceId === null || found.pathWorkspaceId !== found.keyWorkspaceId) throw new HttpError(404, 'not_found', `shop "${shopId}" not found`, [{ path: 'shopId', message: 'no such shop' }]);
    if (found.shopId !== shopId) throw new HttpError(403, 'forbidden', `this API key belongs to another shop, not "${shopId}"`, [{ path: 'Authorization', message: `a key of another shop; use a key of "${shopId}"` }]);
    if (need === 'admin' && found.scope !== 'admin') throw new HttpError(403, 'forbidden', 'this route needs an API key of the admin scope; this key has the reply scope', [{ path: 'Authorization', message: 'a reply-scope key; this route needs an admin-scope key' }]);
    return { shop: { id: shopId, workspaceId: found.pathWorkspaceId }, scope: found.scope, keyId: found.keyId };
  };
}
