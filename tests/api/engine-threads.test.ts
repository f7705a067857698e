import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { call, demoKeys } from '../helpers/api-client';
import { startTestServer, testConfig } from '../helpers/server';

// REPLYFLOW_ENGINE_THREADS: how many threads run buyer conversations.

it('a server with three engine threads answers many conversations at once and stores every message', async () => {
  const server = await startTestServer({ REPLYFLOW_ENGINE_THREADS: '3' });
  try {
    const { reply } = demoKeys('us-tiktok');
    const conversations = Array.from({ length: 12 }, async (_, c) => {
      const statuses: number[] = [];
      for (const [i, text] of ['hi', 'do you have any coupons?', 'thanks'].entries()) {
        const res = await call(server.url, 'POST', '/api/v1/shops/us-tiktok/messages', { conversationId: `threads-${c}`, messageId: `threads-${c}-${i}`, text, buyer: { id: `b${c}` } }, { key: reply });
        statuses.push(res.status);
      }
      return statuses;
    });
    for (const statuses of await Promise.all(conversations)) expect(statuses).toEqual([200, 200, 200]);
    const row = server.db.$client.prepare("SELECT count(*) AS n FROM conversation_events WHERE conversation_id LIKE 'threads-%' AND message_id IS NOT NULL").get() as { n: number };
    expect(row.n).toBe(36);
  } finally {
    await server.close();
  }
});

it('refuses a thread count that is not a whole number from 1 to 16, naming the variable', () => {
  const dir = mkdtempSync(join(tmpdir(), 'replyflow-config-'));
  try {
    for (const bad of ['0', '17', 'two', '1.5']) expect(() => testConfig(dir, { REPLYFLOW_ENGINE_THREADS: bad })).toThrow(/REPLYFLOW_ENGINE_THREADS/);
    expect(testConfig(dir).REPLYFLOW_ENGINE_THREADS).toBe(1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
