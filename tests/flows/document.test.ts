import { describe, expect, it } from 'vitest';
import { FlowDocumentSchema } from '../../flows/document';
import { flowDocumentJsonSchema } from '../../flows/json-schema';
import { formatSchemaIssues, migrateFlowJson, MIGRATIONS, parseFlowDocument, type Migration } from '../../flows/migrations';
import { miniFlow } from '../fixtures/mini-flow';

describe('the flow document schema', () => {
  it('accepts a complete document and fills defaults', () => {
    const parsed = parseFlowDocument(miniFlow());
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.document.settings.sessionWindowSeconds).toBe(1800);
  });

  it('names the field and the reason for bad input', () => {
    const doc = miniFlow() as unknown as { nodes: Array<Record<string, unknown>> };
    doc.nodes[1] = { ...doc.nodes[1], kind: 'greeting', data: { reply: { text: { en: 42 } } } };
    const parsed = parseFlowDocument(doc);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(formatSchemaIssues(parsed.issues)).toBe('nodes[1].data.reply.text.en: Invalid input: expected string, received number');
    const lang = parseFlowDocument({ ...miniFlow(), languages: { default: 'fr', supported: ['en', 'zh'] } });
    expect(!lang.ok && formatSchemaIssues(lang.issues)).toBe('languages.default: the default language must be one of the supported languages');
  });

  it('rejects unknown node kinds, duplicate ids and bad ids', () => {
    const doc = miniFlow();
    doc.nodes.push({ ...doc.nodes[0], id: 'start' } as (typeof doc.nodes)[number]);
    const dup = parseFlowDocument(doc);
    expect(!dup.ok && formatSchemaIssues(dup.issues)).toMatch(/node id "start" is used twice/);
    const weird = parseFlowDocument({ ...miniFlow(), nodes: [{ id: 'x y', kind: 'teleport', position: { x: 0, y: 0 }, data: {} }] });
    expect(weird.ok).toBe(false);
  });

  it('is exported as a JSON schema with every node kind', () => {
    const schema = JSON.stringify(flowDocumentJsonSchema());
    for (const kind of ['start', 'greeting', 'intent', 'working_hours', 'order_lookup', 'handoff', 'feedback', 'end']) expect(schema).toContain(`"${kind}"`);
    expect(schema).toContain('schemaVersion');
  });
});

describe('migrations', () => {
  it('upgrades an unversioned document to the current version', () => {
    const { schemaVersion: _, ...old } = miniFlow();
    expect(migrateFlowJson(old).schemaVersion).toBe(1);
    expect(parseFlowDocument(old).ok).toBe(true);
  });

  it('applies upgrades in order, one version at a time', () => {
    const seen: number[] = [];
    const chain: Migration[] = [
      ...MIGRATIONS,
      { from: 1, to: 2, description: 'rename', up: (d) => (seen.push(1), { ...d, schemaVersion: 2, renamed: d.name }) },
      { from: 2, to: 3, description: 'drop', up: (d) => (seen.push(2), { ...d, schemaVersion: 3 }) },
    ];
    const out = migrateFlowJson({ ...miniFlow(), schemaVersion: 1 }, chain, 3);
    expect(seen).toEqual([1, 2]);
    expect(out).toMatchObject({ schemaVersion: 3, renamed: 'Mini shop' });
  });

  it('refuses documents newer than the app and says so', () => {
    const parsed = parseFlowDocument({ ...miniFlow(), schemaVersion: 99 });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues[0]?.message).toMatch(/newer than this app understands/);
    expect(parseFlowDocument('nope').ok).toBe(false);
  });

  it('refuses a schemaVersion that is not a whole number, naming it', () => {
    for (const v of ['2', '1', null, 1.5, 99.5, -1]) {
      const parsed = parseFlowDocument({ ...miniFlow(), schemaVersion: v });
      expect(parsed.ok, JSON.stringify(v)).toBe(false);
      if (!parsed.ok) expect(parsed.issues[0]).toEqual({ path: ['schemaVersion'], message: `schemaVersion must be a whole number such as 1, got ${JSON.stringify(v)}` });
    }
  });

  it('names every unknown field as an issue (a misspelt one would otherwise vanish), except for documents the app stored', () => {
    const doc = miniFlow();
    const typo = { ...doc, globalTrigers: [], settings: { ...doc.settings, repeatLimt: 2 }, nodes: doc.nodes.map((n, i) => (i === 0 ? { ...n, colour: 'red' } : n)) };
    const parsed = parseFlowDocument(typo);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues.map((i) => formatSchemaIssues([i]))).toEqual([
      'settings.repeatLimt: unknown field: not part of the flow document (check its spelling)',
      'nodes[0].colour: unknown field: not part of the flow document (check its spelling)',
      'globalTrigers: unknown field: not part of the flow document (check its spelling)',
    ]);
    expect(parseFlowDocument(typo, { unknownFields: 'drop' }).ok).toBe(true);
  });

  it('migrations are pure: the input is not changed', () => {
    const { schemaVersion: _, ...old } = miniFlow();
    const before = JSON.stringify(old);
    migrateFlowJson(old);
    expect(JSON.stringify(old)).toBe(before);
    expect(FlowDocumentSchema.safeParse(old).success).toBe(false);
  });
});
