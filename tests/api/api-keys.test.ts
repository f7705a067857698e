/** API keys on /api/v1: admin keys also answer buyers, a new key works at once, a revoked one stops at once. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey, revokeApiKey } from '../../server/services/api-keys';
import { createShop } from '../../server/services/shops';
import { createWorkspaceWithOwner } from '../../server/services/workspaces';
import { call, demoKeys } from '../helpers/api-client';
import { startTestServer, type TestServer } from '../helpers/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

const message = (messageId: string) => ({ conversationId: `keys-${messageId}`, messageId, text: 'hi', sentAt: '2026-11-23T18:00:00Z', buyer: { id: 'b' } });
const send = (key: string, messageId: string) => call(server.url, 'POST', '/api/v1/shops/us-tiktok/messages', message(messageId), { key });

describe('API keys', () => {
  it('an admin key may also send buyer messages', async () => {
    expect((await send(demoKeys('us-tiktok').admin, 'k-admin')).status).toBe(200);
  });

  it('a new key works at once, and stops at once when revoked', async () => {
    const created = createApiKey(server.db, 'us-tiktok', { name: 'second channel', scope: 'reply' }, null);
    expect((await send(created.key, 'k-new-1')).status).toBe(200);
    revokeApiKey(server.db, 'us-tiktok', created.id);
    const refused = await send(created.key, 'k-new-2');
    expect(refused.status).toBe(401);
    expect(refused.body.error.message).toContain('revoked');
    // The other keys of the shop are unaffected.
    expect((await send(demoKeys('us-tiktok').reply, 'k-new-3')).status).toBe(200);
  });

  it("never tells whether another workspace's shop exists: that shop is as unknown as a made-up one", async () => {
    const { workspaceId } = await createWorkspaceWithOwner(server.db, { email: 'other-tenant@example.com', name: 'Other', workspace: 'Other tenant', password: 'other-tenant-pw' });
    createShop(server.db, workspaceId, { id: 'other-tenant-shop', name: 'Other shop', platform: 'other', country: 'DE', timezone: 'Europe/Berlin', languages: ['en'], market: 'UK' });
    const post = (shop: string) => call(server.url, 'POST', `/api/v1/shops/${shop}/messages`, message(`k-${shop}`), { key: demoKeys('us-tiktok').reply });
    const [theirs, madeUp, sibling] = await Promise.all([post('other-tenant-shop'), post('no-such-shop'), post('cn-douyin')]);
    expect([theirs.status, theirs.body.error.message]).toEqual([404, 'shop "other-tenant-shop" not found']);
    expect(madeUp.status).toBe(404);
    // A shop of the key's own workspace: the key is known to be the wrong one.
    expect(sibling.status).toBe(403);
  });

  it('a key is only ever the hash stored: a key one character off is unknown', async () => {
    const key = demoKeys('us-tiktok').reply;
    expect((await send(`${key.slice(0, -1)}X`, 'k-off')).status).toBe(401);
    expect((await send(`${key} extra`, 'k-space')).status).toBe(401);
  });
});
