/**
 * `npm run flow -- push` and `pull`: a flow file from git (with the conversation tests beside it)
 * pushed and published to a running server, and a flow pulled back as the two files.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportFiles } from '../../flows/export';
import { call, demoKeys, type Loose } from '../helpers/api-client';
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

const row = (flowId: string) => server.db.$client.prepare("SELECT revision, draft, tests FROM flows WHERE shop_id = 'us-tiktok' AND id = ?").get(flowId) as { revision: number; draft: string; tests: string } | undefined;

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

const US = demoKeys('us-tiktok');
const templateTests = () => (JSON.parse(readFileSync(join(process.cwd(), 'flows/templates/tiktok-us.tests.json'), 'utf8')) as { tests: Loose[] }).tests;
const storedTests = (flowId: string) => JSON.parse(row(flowId)?.tests ?? 'null') as Loose[] | null;
const versions = (flowId: string) => (server.db.$client.prepare("SELECT count(*) AS n FROM flow_versions WHERE shop_id = 'us-tiktok' AND flow_id = ?").get(flowId) as { n: number }).n;

describe('flow push with the tests beside the flow file', () => {
  const withTests = join(dir, 'with-tests');
  const flowFile = join(withTests, 'git-tested.flow.json');
  const testsFile = join(withTests, 'git-tested.tests.json');
  const failing = { id: 'expects-a-poem', name: 'Greets with a poem', context: { at: '2026-11-18T18:30:00Z', buyer: { id: 'b-poem' } }, steps: [{ buyer: 'hi', expect: { someReplies: [{ contains: 'roses are red' }] } }] };

  beforeAll(() => {
    mkdirSync(withTests, { recursive: true });
    const doc = JSON.parse(readFileSync(join(process.cwd(), 'flows/templates/tiktok-us.flow.json'), 'utf8'));
    writeFileSync(flowFile, JSON.stringify({ ...doc, id: 'git-tested' }, null, 2));
    writeFileSync(testsFile, JSON.stringify({ flow: './git-tested.flow.json', tests: templateTests() }, null, 2));
  });

  it('stores the tests after the draft, then publishes (the tests pass)', async () => {
    const r = await flowCli(['push', flowFile, '--shop', 'us-tiktok', '--publish', '--note', 'With tests', '--url', server.url, '--key', US.admin]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('draft created (revision 1)');
    expect(r.out).toContain(`${templateTests().length} conversation test(s) (revision 2)`);
    expect(r.out).toContain('version 1: live now');
    const rowTests = server.db.$client.prepare("SELECT tests FROM flows WHERE shop_id = 'us-tiktok' AND id = 'git-tested'").get() as { tests: string };
    expect(JSON.parse(rowTests.tests).map((t: Loose) => t.id)).toEqual(templateTests().map((t) => t.id));
  });

  it('a failing test in the file blocks --publish: the server names it, and nothing is published', async () => {
    writeFileSync(testsFile, JSON.stringify({ flow: './git-tested.flow.json', tests: [...templateTests(), failing] }, null, 2));
    const r = await flowCli(['push', flowFile, '--shop', 'us-tiktok', '--publish', '--note', 'Poem', '--url', server.url, '--key', US.admin]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`${templateTests().length + 1} conversation test(s)`);
    expect(r.err).toContain('422 tests_failed');
    expect(r.err).toContain('failing test expects-a-poem: Greets with a poem');
    expect(versions('git-tested')).toBe(1);
  });

  it('a flow file without tests beside it leaves the server\'s tests alone', async () => {
    const alone = join(dir, 'alone');
    mkdirSync(alone, { recursive: true });
    const aloneFile = join(alone, 'git-tested.flow.json');
    writeFileSync(aloneFile, readFileSync(flowFile));
    const r = await flowCli(['push', aloneFile, '--shop', 'us-tiktok', '--url', server.url, '--key', US.admin]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).not.toContain('conversation test');
    const rowTests = server.db.$client.prepare("SELECT tests FROM flows WHERE shop_id = 'us-tiktok' AND id = 'git-tested'").get() as { tests: string };
    expect(JSON.parse(rowTests.tests).length).toBe(templateTests().length + 1);
  });

  it('a tests file that is not valid stops the push before anything is sent', async () => {
    const bad = join(dir, 'bad-tests');
    mkdirSync(bad, { recursive: true });
    writeFileSync(join(bad, 'git-tested.flow.json'), readFileSync(flowFile));
    writeFileSync(join(bad, 'git-tested.tests.json'), JSON.stringify({ tests: [{ id: 'x', name: 'no steps', context: failing.context, steps: [] }] }));
    const before = server.db.$client.prepare("SELECT revision FROM flows WHERE shop_id = 'us-tiktok' AND id = 'git-tested'").get();
    const r = await flowCli(['push', join(bad, 'git-tested.flow.json'), '--shop', 'us-tiktok', '--url', server.url, '--key', US.admin]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('tests[0].steps');
    expect(server.db.$client.prepare("SELECT revision FROM flows WHERE shop_id = 'us-tiktok' AND id = 'git-tested'").get()).toEqual(before);
  });
});

describe('flow pull', () => {
  const out = join(dir, 'pulled');

  it('writes the draft and its tests as the two files the designer exports, and `flow test` runs them', async () => {
    const r = await flowCli(['pull', '--shop', 'us-tiktok', '--flow', 'customer-service', '--out', out, '--url', server.url, '--key', US.admin]);
    expect(r.code, r.err).toBe(0);
    const flowFile = join(out, 'customer-service.flow.json');
    const testsFile = join(out, 'customer-service.tests.json');
    expect(r.out).toContain(`${templateTests().length} conversation test(s)`);
    expect(r.out).toContain(`npm run flow -- test ${flowFile}`);
    // Byte for byte what the designer's export builds from the same draft.
    const draft = (await call(server.url, 'GET', '/api/v1/shops/us-tiktok/flows/customer-service', undefined, { key: US.admin })).body;
    const files = exportFiles(draft.document, draft.tests, 'customer-service');
    expect(readFileSync(flowFile, 'utf8')).toBe(files.flow.content);
    expect(readFileSync(testsFile, 'utf8')).toBe(files.tests.content);
    expect(JSON.parse(readFileSync(testsFile, 'utf8')).flow).toBe('customer-service.flow.json');

    const test = await flowCli(['test', flowFile]);
    expect(test.code, test.out).toBe(0);
    expect(test.out).toContain(`${templateTests().length} passed, 0 failed`);
  });

  it('pulls a published version with --version, and round-trips through push', async () => {
    const versionDir = join(dir, 'pulled-v1');
    const r = await flowCli(['pull', '--shop', 'us-tiktok', '--flow', 'git-tested', '--version', '1', '--out', versionDir, '--url', server.url], { REPLYFLOW_API_KEY: US.admin });
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('version 1');
    const tests = JSON.parse(readFileSync(join(versionDir, 'git-tested.tests.json'), 'utf8')).tests;
    // Version 1 was published before the failing test was added.
    expect(tests.length).toBe(templateTests().length);
    const back = await flowCli(['push', join(versionDir, 'git-tested.flow.json'), '--shop', 'us-tiktok', '--publish', '--note', 'Back to v1', '--url', server.url, '--key', US.admin]);
    expect(back.code, back.err).toBe(0);
    expect(back.out).toContain('version 2: live now');
    expect(storedTests('git-tested')?.length).toBe(templateTests().length);
  });

  it('reports what the server refuses (exit 1), and checks its own arguments (exit 2)', async () => {
    const missing = await flowCli(['pull', '--shop', 'us-tiktok', '--flow', 'no-such-flow', '--out', join(dir, 'nothing'), '--url', server.url, '--key', US.admin]);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('404');
    expect(existsSync(join(dir, 'nothing', 'no-such-flow.flow.json'))).toBe(false);
    const noVersion = await flowCli(['pull', '--shop', 'us-tiktok', '--flow', 'customer-service', '--version', '42', '--out', join(dir, 'nothing'), '--url', server.url, '--key', US.admin]);
    expect(noVersion.code).toBe(1);
    expect(noVersion.err).toContain('version 42');
    const replyKey = await flowCli(['pull', '--shop', 'us-tiktok', '--flow', 'customer-service', '--url', server.url, '--key', US.reply]);
    expect(replyKey.code).toBe(1);
    expect(replyKey.err).toContain('403');

    expect((await flowCli(['pull', '--shop', 'us-tiktok', '--url', server.url, '--key', 'k'])).err).toContain('--flow');
    expect((await flowCli(['pull', '--shop', 'us-tiktok', '--flow', '../escape', '--url', server.url, '--key', 'k'])).err).toContain('not a flow id');
    const badVersion = await flowCli(['pull', '--shop', 'us-tiktok', '--flow', 'customer-service', '--version', 'latest', '--url', server.url, '--key', 'k']);
    expect(badVersion.code).toBe(2);
    expect(badVersion.err).toContain('--version');
    expect((await flowCli(['pull', '--flow', 'customer-service', '--url', server.url, '--key', 'k'])).err).toContain('--shop');
    expect((await flowCli(['pull', '--shop', 'us-tiktok', '--flow', 'customer-service', '--url', server.url])).err).toContain('REPLYFLOW_API_KEY');
    expect((await flowCli(['pull', 'some-dir', '--shop', 'us-tiktok', '--flow', 'customer-service', '--key', 'k'])).err).toContain('--out');
  });
});
