import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { miniFlow } from '../fixtures/mini-flow';

const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx');
const CLI = join(process.cwd(), 'flows', 'cli', 'main.ts');

function flowCli(args: string[], input?: string) {
  const r = spawnSync(TSX, [CLI, ...args], { input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'replyflow-cli-'));
const flowFile = join(dir, 'mini.flow.json');
writeFileSync(flowFile, JSON.stringify(miniFlow()));

describe('npm run flow', () => {
  it('validate: a good flow passes, a broken one lists coded problems and exits 1', () => {
    expect(flowCli(['validate', flowFile])).toMatchObject({ code: 0 });
    const broken = miniFlow();
    broken.edges = broken.edges?.filter((e) => e.id !== 'router-no_match');
    const brokenFile = join(dir, 'broken.flow.json');
    writeFileSync(brokenFile, JSON.stringify(broken));
    const r = flowCli(['validate', brokenFile]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('FLOW005');
    expect(flowCli(['validate', '--lang', 'zh', brokenFile]).out).toContain('未匹配');
  });

  it('validate: a file that is not a flow names the field', () => {
    const bad = join(dir, 'bad.flow.json');
    writeFileSync(bad, JSON.stringify({ ...miniFlow(), languages: { default: 'en', supported: [] } }));
    const r = flowCli(['validate', bad]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('languages.supported');
  });

  it('validate: a file that cannot be read is reported, and the files after it are still checked', () => {
    const malformed = join(dir, 'malformed.flow.json');
    writeFileSync(malformed, '{ "id": ');
    const r = flowCli(['validate', malformed, flowFile]);
    expect(r.code).toBe(2);
    expect(r.out).toContain('malformed.flow.json: not valid JSON');
    expect(r.out).toMatch(/✓ .*mini\.flow\.json: 0 error\(s\)/);
    const unknownOption = flowCli(['validate', '--json', flowFile]);
    expect(unknownOption.code).toBe(2);
    expect(unknownOption.err).toContain("Unknown option '--json'");
    expect(unknownOption.err).not.toContain('    at ');
  });

  it('test: a misspelt expectation is an error, not a test that checks nothing', () => {
    const typo = join(dir, 'typo.tests.json');
    writeFileSync(typo, JSON.stringify({ flow: './mini.flow.json', tests: [{ id: 't', name: 'typo', context: { at: '2026-11-23T02:00:00Z', buyer: { id: 'b1' } }, steps: [{ buyer: 'I want a refund', expects: { intent: 'nope' } }] }] }));
    const r = flowCli(['test', typo]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('tests[0].steps[0].expects: unknown field (check its spelling)');
  });

  it('test: passing and failing conversation tests, with a readable diff and exit code', () => {
    const tests = {
      flow: './mini.flow.json',
      tests: [
        { id: 'ok', name: 'refund answered', context: { at: '2026-11-23T02:00:00Z', buyer: { id: 'b1' } }, steps: [{ buyer: 'I want a refund', expect: { someReplies: [{ contains: '30 days', kind: 'answer' }], intent: 'refund' } }] },
        { id: 'bad', name: 'expects the wrong text', context: { at: '2026-11-23T02:00:00Z', buyer: { id: 'b1' } }, steps: [{ buyer: 'I want a refund', expect: { someReplies: [{ contains: '60 days' }] } }] },
      ],
    };
    const testFile = join(dir, 'mini.tests.json');
    writeFileSync(testFile, JSON.stringify(tests));
    const r = flowCli(['test', testFile]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('✓ refund answered');
    expect(r.out).toContain('✗ expects the wrong text');
    expect(r.out).toMatch(/- expected: .*60 days/);
    expect(r.out).toMatch(/\+ actual: .*You can return items within 30 days/);
    expect(r.out).toContain('1 passed, 1 failed');
  });

  it('chat: a scripted buyer conversation prints replies and the trace', () => {
    const orders = join(dir, 'orders.json');
    writeFileSync(orders, JSON.stringify([{ id: 'SO10001', buyerId: 'buyer-1', status: 'shipped', createdAt: '2026-11-10T03:00:00Z', carrier: 'SF Express', trackingNumber: 'SF123', items: [] }]));
    const r = flowCli(['chat', flowFile, '--at', '2026-11-22T15:00:00Z', '--orders', orders, '--name', 'Ana'], 'hello\nwhere is my parcel\nhuman\n');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Hi Ana! How can I help?');
    expect(r.out).toContain('shipped with SF Express, tracking SF123');
    expect(r.out).toContain('We are closed; back tomorrow at 9 AM.');
    expect(r.out).toMatch(/Matched "track" with [\d.]+/);
    expect(r.out).toContain('handed over to queue "support"');
  });

  it('chat: bad options are refused with the reason', () => {
    const r = flowCli(['chat', flowFile, '--at', 'tomorrow']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--at: "tomorrow" is not an ISO-8601 date-time');
  });
});
