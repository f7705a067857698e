/**
 * WAL checkpoints happen on a worker thread: pages written by the API reach the database file
 * although the serving connection's own automatic checkpoint (a backstop at 8,000 pages) never ran.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statSync } from 'node:fs';
import { call, demoKeys } from '../helpers/api-client';
import { startTestServer, type TestServer } from '../helpers/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

describe('the checkpoint worker', () => {
  it('copies what the API wrote into the database file, off the serving thread', async () => {
    const file = server.config.REPLYFLOW_DB;
    expect(server.db.$client.pragma('wal_autocheckpoint', { simple: true })).toBe(8000);
    const before = statSync(file).size;
    const key = demoKeys('us-tiktok').reply;
    for (let i = 0; i < 30; i++) {
      const res = await call(server.url, 'POST', '/api/v1/shops/us-tiktok/messages', { conversationId: `ckpt-${i}`, messageId: `ckpt-${i}`, text: 'where is my parcel', sentAt: '2026-11-23T18:00:00Z', buyer: { id: 'buyer-1' } }, { key });
      expect(res.status).toBe(200);
    }
    let after = statSync(file).size;
    for (let waited = 0; after <= before && waited < 3000; waited += 50) {
      await new Promise((r) => setTimeout(r, 50));
      after = statSync(file).size;
    }
    expect(after).toBeGreaterThan(before);
  });
});
