/** flows/export.ts: the two files a flow is kept in git as, shared by the designer's export and `flow pull`. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadFlow, loadTests } from '../../flows/cli/load';
import { ConversationTestFileSchema } from '../../flows/conversation-test';
import { FlowDocumentSchema } from '../../flows/document';
import { exportFiles } from '../../flows/export';
import { parseFlowDocument } from '../../flows/migrations';
import { runConversationTest } from '../../runtime/testing/run-test';

const template = (file: string) => JSON.parse(readFileSync(join(process.cwd(), 'flows/templates', file), 'utf8')) as unknown;
const parsed = parseFlowDocument(template('tiktok-us.flow.json'));
if (!parsed.ok) throw new Error('the template does not parse');
const doc = parsed.document;
const tests = ConversationTestFileSchema.parse(template('tiktok-us.tests.json')).tests;

const dir = mkdtempSync(join(tmpdir(), 'replyflow-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('exportFiles', () => {
  it('names the files after the flow and writes pretty JSON with a trailing newline', () => {
    const files = exportFiles(doc, tests);
    expect(files.flow.name).toBe('tiktok-us.flow.json');
    expect(files.tests.name).toBe('tiktok-us.tests.json');
    expect(files.flow.content).toBe(`${JSON.stringify(doc, null, 2)}\n`);
    expect(files.flow.content.split('\n')[1]).toMatch(/^ {2}"schemaVersion": 1,$/);
    expect(files.tests.content.endsWith('}\n')).toBe(true);
    expect(JSON.parse(files.tests.content)).toEqual({ flow: 'tiktok-us.flow.json', tests });
  });

  it('uses the given flow id for the names and the document, so a push goes back to that flow', () => {
    const files = exportFiles(doc, [], 'from-git');
    expect(files.flow.name).toBe('from-git.flow.json');
    expect(JSON.parse(files.flow.content).id).toBe('from-git');
    expect(Object.keys(JSON.parse(files.flow.content))).toEqual(Object.keys(doc));
    expect(JSON.parse(files.tests.content)).toEqual({ flow: 'from-git.flow.json', tests: [] });
    // The document itself is not changed.
    expect(doc.id).toBe('tiktok-us');
  });

  it('gives the same bytes for a document that went through JSON (the API, the designer)', () => {
    const again = exportFiles(JSON.parse(JSON.stringify(doc)), JSON.parse(JSON.stringify(tests)));
    expect(again).toEqual(exportFiles(doc, tests));
  });

  it('gives the same bytes whatever the key order (the canvas builds objects its own way; the database keeps the schema order)', () => {
    const reversed = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).reverse()) as T;
    const shuffled = { ...reversed(doc), nodes: doc.nodes.map((n) => reversed(n)) };
    expect(Object.keys(shuffled)[0]).not.toBe(Object.keys(doc)[0]);
    const testsShuffled = tests.map((t) => reversed(t));
    expect(exportFiles(shuffled, testsShuffled)).toEqual(exportFiles(doc, tests));
  });

  it('still exports a document the schema refuses, as it is', () => {
    const broken = { ...doc, nodes: [...doc.nodes, doc.nodes[0]] } as typeof doc;
    expect(FlowDocumentSchema.safeParse(broken).success).toBe(false);
    expect(JSON.parse(exportFiles(broken, []).flow.content).nodes.length).toBe(doc.nodes.length + 1);
  });

  it('writes files the command line reads back: the tests find their flow and pass', () => {
    const files = exportFiles(doc, tests);
    writeFileSync(join(dir, files.flow.name), files.flow.content);
    writeFileSync(join(dir, files.tests.name), files.tests.content);
    const loaded = loadTests(join(dir, files.tests.name));
    expect(loaded.flowFile).toBe(join(dir, 'tiktok-us.flow.json'));
    const flow = loadFlow(loaded.flowFile);
    expect(flow).toEqual(doc);
    expect(loaded.tests.tests).toEqual(tests);
    const failing = loaded.tests.tests.map((t) => runConversationTest(flow, t)).filter((r) => !r.passed);
    expect(failing.map((r) => r.id)).toEqual([]);
  });
});
