import { CURRENT_SCHEMA_VERSION, FlowDocumentSchema, type FlowDocument } from './document';
import { parseStrict, type ParseIssue } from './unknown-fields';

/** A pure upgrade from one schema version to the next, on raw JSON. */
export interface Migration {
  from: number;
  to: number;
  description: string;
  up: (doc: Record<string, unknown>) => Record<string, unknown>;
}

/**
 * Ordered upgrades. Version 0 is the unversioned draft format: the same shape without
 * `schemaVersion`, as documents were written before versioning.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    from: 0,
    to: 1,
    description: 'Add schemaVersion',
    up: (doc) => ({ ...doc, schemaVersion: 1 }),
  },
];

export class FlowMigrationError extends Error {}

/**
 * The schema version of a raw document: 0 when absent (the unversioned draft format). Anything
 * but a whole number from 0 up is refused: a document of a newer app that writes "2" must not
 * pass for an old draft.
 */
export function schemaVersionOf(raw: unknown): number {
  if (typeof raw !== 'object' || raw === null) return 0;
  const v = (raw as Record<string, unknown>).schemaVersion;
  if (v === undefined) return 0;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw new FlowMigrationError(`schemaVersion must be a whole number such as ${CURRENT_SCHEMA_VERSION}, got ${JSON.stringify(v)}`);
  return v;
}

/** Brings a raw stored document up to the current schema version, one migration at a time. */
export function migrateFlowJson(raw: unknown, migrations: readonly Migration[] = MIGRATIONS, target: number = CURRENT_SCHEMA_VERSION): Record<string, unknown> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new FlowMigrationError('a flow document must be a JSON object');
  let doc = raw as Record<string, unknown>;
  let version = schemaVersionOf(doc);
  if (version > target) throw new FlowMigrationError(`schemaVersion ${version} is newer than this app understands (${target})`);
  while (version < target) {
    const m = migrations.find((x) => x.from === version);
    if (!m) throw new FlowMigrationError(`no migration from schemaVersion ${version}`);
    doc = m.up(doc);
    version = m.to;
  }
  return doc;
}

/** A problem with a document's shape: where (JSON path) and why. */
export type SchemaIssue = ParseIssue;

export type ParseFlowResult = { ok: true; document: FlowDocument } | { ok: false; issues: SchemaIssue[] };

/** What a document's unknown fields are told (a misspelt field would otherwise vanish in silence). */
export const UNKNOWN_FIELD = 'unknown field: not part of the flow document (check its spelling)';

/**
 * Migrates then validates a raw document; use on every read and at every boundary. A field the
 * schema does not know is an issue, except with `{ unknownFields: 'drop' }`, for documents this
 * app stored itself (a field a later version removed must not make a stored flow unreadable).
 */
export function parseFlowDocument(raw: unknown, options?: { unknownFields?: 'issue' | 'drop' }): ParseFlowResult {
  let migrated: Record<string, unknown>;
  try {
    migrated = migrateFlowJson(raw);
  } catch (e) {
    return { ok: false, issues: [{ path: ['schemaVersion'], message: (e as Error).message }] };
  }
  if (options?.unknownFields === 'drop') {
    const parsed = FlowDocumentSchema.safeParse(migrated);
    if (parsed.success) return { ok: true, document: parsed.data };
  }
  const parsed = parseStrict(FlowDocumentSchema, migrated, UNKNOWN_FIELD);
  return parsed.ok ? { ok: true, document: parsed.data } : { ok: false, issues: parsed.issues };
}

/** Formats schema issues one per line: `nodes[3].data.reply: must not be empty`. */
export function formatSchemaIssues(issues: readonly SchemaIssue[]): string {
  return issues.map((i) => `${formatPath(i.path)}: ${i.message}`).join('\n');
}

export function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return '(document)';
  return path.map((p, k) => (typeof p === 'number' ? `[${p}]` : k === 0 ? p : `.${p}`)).join('');
}
