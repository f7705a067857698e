/** `npm run flow -- push`: a flow file from git pushed (and published) to a running server. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoKeys } from '../helpers/api-client';
import { startTestServer, type TestServer } from '../helpers/server';

const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx');
const CLI = join(process.cwd(), 'flows', 'cli', 'main.ts');

let server: TestServer;
const dir = mkdtempSync(join(tmpdir(), 'replyflow-push-'));
const file = join(dir, 'shop.flow.json');

beforeAll(async () => {
  server = await startTestServer();
  const doc = JSON.parse(readFileSync(join(process.cwd(), 'flows/templates/tiktok-us.flow.json'), 'utf8'));
  const greeting = doc.nodes.find((n: { kind: string }) => n.kind === 'greeting');
  greeting.data.reply.text.en += ' (from git)';
  writeFileSync(file, JSON.stringify(doc, null, 2));
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Runs the CLI without blocking this process (the server answers from it). */
function flowCli(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(TSX, [CLI, ...args], { env: { ...process.env, NO_COLOR: '1', REPLYFLOW_API_KEY: '', ...env } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

const row = (flowId: string) => server.db.$client.prepare("SELECT revision, draft FROM flows WHERE shop_id = 'us-tiktok' AND id = ?").get(flowId) as { revision: number; draft: string } | undefined;

describe('flow push', () => {
  it('creates the flow from the file, then publishes it live', async () => {
    const key = demoKeys('us-tiktok').admin;
    const pushed = await flowCli(['push', file, '--shop', 'us-tiktok', '--flow', 'from-git', '--url', server.url, '--key', key]);
    expect(pushed.code, pushed.err).toBe(0);
    expect(pushed.out).toContain('draft created (revision 1)');
    expect(row('from-git')?.draft).toContain('(from git)');

    const published = await flowCli(['push', file, '--shop', 'us-tiktok', '--flow', 'from-git', '--publish', '--note', 'From git', '--url', server.url], { REPLYFLOW_API_KEY: key });
    expect(published.code, published.err).toBe(0);
    expect(published.out).toContain('draft replaced (revision 2)');
    expect(published.out).toContain('version 1: live now');
    expect(server.db.$client.prepare("SELECT live_flow_id AS flowId, live_version AS version FROM shops WHERE id = 'us-tiktok'").get()).toEqual({ flowId: 'from-git', version: 1 });
  });

  it('reports what the server refuses, and exits 1', async () => {
    const refused = await flowCli(['push', file, '--shop', 'us-tiktok', '--flow', 'from-git', '--url', server.url, '--key', demoKeys('us-tiktok').reply]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('403');
    expect(refused.err).toContain('admin scope');
    const stale = await flowCli(['push', file, '--shop', 'us-tiktok', '--flow', 'from-git', '--base-revision', '1', '--url', server.url, '--key', demoKeys('us-tiktok').admin]);
    expect(stale.code).toBe(1);
    expect(stale.err).toContain('412');
    expect(row('from-git')?.revision).toBe(2);
  });

  it('checks its own arguments before calling anything', async () => {
    expect((await flowCli(['push', file, '--url', server.url, '--key', 'k'])).err).toContain('--shop');
    expect((await flowCli(['push', file, '--shop', 'us-tiktok', '--url', server.url])).err).toContain('REPLYFLOW_API_KEY');
    const noNote = await flowCli(['push', file, '--shop', 'us-tiktok', '--publish', '--url', server.url, '--key', 'k']);
    expect(noNote.code).toBe(2);
    expect(noNote.err).toContain('--note');
    const unreachable = await flowCli(['push', file, '--shop', 'us-tiktok', '--url', 'http://127.0.0.1:1', '--key', 'k']);
    expect(unreachable.code).toBe(1);
    expect(unreachable.err).toContain('could not reach');
  });
});
