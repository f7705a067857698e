/**
 * The server killed (SIGKILL) in the middle of a load and started again on the same database:
 * every message that got a 200 is stored with the answer that was given, and every
 * conversation goes on from where it was.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import Database from 'better-sqlite3';
import { call, demoKeys } from '../helpers/api-client';

const ROOT = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'replyflow-crash-'));
const dbFile = join(dir, 'replyflow.db');
const children: ChildProcess[] = [];

afterAll(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

/** Resolves once the process has exited (at once if it already has). */
function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((r) => child.once('exit', () => r()));
}

/** Starts the API server in its own process; resolves with its URL once it listens. */
function serve(): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/helpers/serve-api.ts'], {
    cwd: ROOT,
    env: { ...process.env, REPLYFLOW_DB: dbFile, PORT: '0', HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  return new Promise((resolveUrl, reject) => {
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.once('line', (line) => resolveUrl({ url: (JSON.parse(line) as { url: string }).url, child }));
    child.once('exit', (code) => reject(new Error(`server exited early (${code})`)));
  });
}

const TEXTS = ['hi', 'where is my parcel', 'I want a refund', 'do you have coupons', 'what size should I get', 'is the black one in stock', 'my card was declined', 'thanks!'];
const CONVERSATIONS = 16;
const key = demoKeys('us-tiktok').reply;
const t0 = Date.parse('2026-11-23T18:00:00Z');

function message(conversation: number, i: number) {
  return {
    conversationId: `crash-${conversation}`,
    messageId: `crash-${conversation}-${i}`,
    text: `${TEXTS[i % TEXTS.length]} #${i}`,
    sentAt: new Date(t0 + i * 45_000).toISOString(),
    buyer: { id: `buyer-${(conversation % 3) + 1}` },
  };
}

describe('a server killed under load', () => {
  it('keeps every answered message and goes on after a restart', async () => {
    const first = await serve();
    const answered = new Map<string, string>();
    const sent = new Map<number, number>();
    let killed = false;
    const worker = async (conversation: number) => {
      for (let i = 0; !killed; i++) {
        sent.set(conversation, i + 1);
        try {
          const res = await call(first.url, 'POST', '/api/v1/shops/us-tiktok/messages', message(conversation, i), { key });
          if (res.status !== 200) throw new Error(`status ${res.status}: ${res.text}`);
          answered.set(message(conversation, i).messageId, res.text);
        } catch (e) {
          if (!killed) throw e;
          return;
        }
      }
    };
    let failure: unknown = null;
    const load = Promise.all(Array.from({ length: CONVERSATIONS }, (_, c) => worker(c))).catch((e: unknown) => {
      failure = e;
    });
    while (answered.size < 200 && failure === null) await new Promise((r) => setTimeout(r, 5));
    if (failure) throw failure;
    killed = true;
    first.child.kill('SIGKILL');
    await Promise.all([load, exited(first.child)]);
    expect(first.child.signalCode).toBe('SIGKILL');

    // Straight from the file: every answered message is stored with the very answer given.
    const sqlite = new Database(dbFile);
    const stored = sqlite.prepare<[string], { response: string }>("SELECT response FROM conversation_events WHERE shop_id = 'us-tiktok' AND message_id = ?");
    for (const [messageId, body] of answered) expect(stored.get(messageId)?.response, messageId).toBe(body);
    sqlite.close();

    const second = await serve();
    // A retry of an answered message gets the same answer and is not applied again.
    for (const [messageId, body] of [...answered].slice(0, 40)) {
      const [, c, i] = /^crash-(\d+)-(\d+)$/.exec(messageId) ?? [];
      const res = await call(second.url, 'POST', '/api/v1/shops/us-tiktok/messages', message(Number(c), Number(i)), { key });
      expect(res.status).toBe(200);
      expect(res.text).toBe(body);
    }
    // Every conversation goes on: the message cut off by the kill is retried, then a new one.
    for (let c = 0; c < CONVERSATIONS; c++) {
      const next = sent.get(c) ?? 0;
      for (const i of [next - 1, next]) {
        if (i < 0) continue;
        const res = await call(second.url, 'POST', '/api/v1/shops/us-tiktok/messages', message(c, i), { key });
        expect(res.status, res.text).toBe(200);
      }
    }
    second.child.kill('SIGTERM');
    await exited(second.child);

    const after = new Database(dbFile, { readonly: true });
    for (let c = 0; c < CONVERSATIONS; c++) {
      const conversationId = `crash-${c}`;
      const row = after.prepare<[string], { events: number; state: string }>("SELECT events, (SELECT e.state_after FROM conversation_events e WHERE e.shop_id = c.shop_id AND e.conversation_id = c.id ORDER BY e.seq DESC LIMIT 1) AS state FROM conversations c WHERE shop_id = 'us-tiktok' AND id = ?").get(conversationId);
      const steps = after.prepare<[string], { n: number }>("SELECT count(*) AS n FROM conversation_events WHERE shop_id = 'us-tiktok' AND conversation_id = ?").get(conversationId);
      const messages = after.prepare<[string], { n: number }>("SELECT count(DISTINCT message_id) AS n FROM conversation_events WHERE shop_id = 'us-tiktok' AND conversation_id = ? AND type = 'buyer_message'").get(conversationId);
      expect(row?.events).toBe(steps?.n);
      expect(JSON.parse(row?.state ?? '{}').counters.events).toBe(steps?.n);
      // Messages 0..next were each applied exactly once.
      expect(messages?.n).toBe((sent.get(c) ?? 0) + 1);
    }
    after.close();
  }, 60_000);
});
