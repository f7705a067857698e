/** Per-shop API keys for the production HTTP API: shown once, stored hashed, revocable. */
import { and, desc, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { apiKeys } from '../../drizzle/schema';
import { newId, randomToken, sha256 } from '../auth/tokens';
import type { Db } from '../db';
import { notFound } from '../errors';
import { CreateApiKeySchema, type ApiKeyScope } from '../schemas/api-key';

export { ApiKeyScopeSchema, CreateApiKeySchema, type ApiKeyScope } from '../schemas/api-key';

/** `rf_<shop>_<random>`: the shop in the key helps people who hold several. */
export function formatKey(shopId: string, secret: string): string {
  return `rf_${shopId}_${secret}`;
}

export function createApiKey(db: Db, shopId: string, input: z.input<typeof CreateApiKeySchema>, createdBy: string | null, secret = randomToken(24)) {
  const data = CreateApiKeySchema.parse(input);
  const key = formatKey(shopId, secret);
  const id = newId();
  const prefix = key.slice(0, shopId.length + 8);
  db.insert(apiKeys).values({ id, shopId, name: data.name, scope: data.scope, prefix, hash: sha256(key), createdBy }).run();
  return { id, key, prefix, name: data.name, scope: data.scope };
}

export function listApiKeys(db: Db, shopId: string) {
  return db
    .select({ id: apiKeys.id, name: apiKeys.name, scope: apiKeys.scope, prefix: apiKeys.prefix, createdAt: apiKeys.createdAt, revokedAt: apiKeys.revokedAt })
    .from(apiKeys)
    .where(eq(apiKeys.shopId, shopId))
    .orderBy(desc(apiKeys.createdAt))
    .all();
}

// Shared through globalThis: the app's bundle revokes, the API server's module instance checks.
const revocations = globalThis as unknown as { __replyflowKeyRevocations?: number };

/** How many keys this process has revoked: a cache of authenticated keys drops its entries when it changes. */
export function keyRevocations(): number {
  return revocations.__replyflowKeyRevocations ?? 0;
}

export function revokeApiKey(db: Db, shopId: string, id: string): void {
  const r = db.update(apiKeys).set({ revokedAt: new Date().toISOString() }).where(and(eq(apiKeys.id, id), eq(apiKeys.shopId, shopId), isNull(apiKeys.revokedAt))).run();
  if (r.changes !== 1) throw notFound('active API key');
  revocations.__replyflowKeyRevocations = keyRevocations() + 1;
}

/** The shop and scope a presented key grants, or null (unknown or revoked). */
export function authenticateApiKey(db: Db, key: string): { shopId: string; scope: ApiKeyScope; keyId: string } | null {
  const row = db
    .select({ shopId: apiKeys.shopId, scope: apiKeys.scope, keyId: apiKeys.id })
    .from(apiKeys)
    .where(and(eq(apiKeys.hash, sha256(key)), isNull(apiKeys.revokedAt)))
    .get();
  return row ?? null;
}
