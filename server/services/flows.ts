/**
 * Flows of a shop: the draft (saved with the revision it was based on), validation, immutable
 * numbered versions, publishing, rollback and copying between shops.
 */
import { and, desc, eq, max } from 'drizzle-orm';
import { z } from 'zod';
import { ConversationTestListSchema, type ConversationTest } from '../../flows/conversation-test';
import { FlowDocumentSchema, type FlowDocument } from '../../flows/document';
import { firstFree, slugify } from '../../flows/slug';
import { parseFlowDocument } from '../../flows/migrations';
import { parseStrict } from '../../flows/unknown-fields';
import { findTemplate } from '../../flows/templates';
import { hasErrors, validateFlow, type Problem } from '../../flows/validation';
import { runConversationTest, type TestReport } from '../../runtime/testing/run-test';
import { flowVersions, flows, shops, users } from '../../drizzle/schema';
import type { Db } from '../db';
import { ServiceError, notFound } from '../errors';
import { CreateFlowSchema, FlowIdSchema } from '../schemas/flow';
import { getShop, type ShopRow } from './shops';
import { shopChanged } from './shop-changes';

export { CreateFlowSchema, FlowIdSchema } from '../schemas/flow';

export const SaveDraftSchema = z.object({
  baseRevision: z.number().int().min(1),
  document: z.unknown(),
  tests: z.unknown().optional(),
});

export const PublishSchema = z.object({
  note: z.string().trim().min(1, 'say what changed').max(500),
  /** Publish although conversation tests fail: the reason is kept with the version. */
  overrideReason: z.string().trim().min(5, 'explain why, in a few words').max(500).optional(),
  /** The draft revision the publisher looked at: a draft saved since then is a CONFLICT, not published unseen. */
  revision: z.number().int().min(1).optional(),
});

/** Parses a submitted document (or, with `stored`, one this app stored), migrating older schema versions. */
export function readDocument(raw: unknown, stored = false): FlowDocument {
  const parsed = parseFlowDocument(raw, stored ? { unknownFields: 'drop' } : undefined);
  if (!parsed.ok) {
    throw new ServiceError('BAD_REQUEST', 'the flow document is not valid', parsed.issues.map((i) => ({ path: ['document', ...i.path].join('.'), message: i.message })));
  }
  return parsed.document;
}

/** Conversation tests submitted (strict: a misspelt expectation would make a test that checks nothing), or stored by this app (lenient). */
function readTests(raw: unknown, stored = false): ConversationTest[] {
  if (stored) {
    const parsed = ConversationTestListSchema.safeParse(raw ?? []);
    if (parsed.success) return parsed.data;
  }
  const parsed = parseStrict(ConversationTestListSchema, raw ?? [], 'unknown field (check its spelling)');
  if (!parsed.ok) throw new ServiceError('BAD_REQUEST', 'the conversation tests are not valid', parsed.issues.map((i) => ({ path: ['tests', ...i.path].join('.'), message: i.message })));
  return parsed.data;
}

function flowRow(db: Db, shopId: string, flowId: string) {
  const row = db.select().from(flows).where(and(eq(flows.shopId, shopId), eq(flows.id, flowId))).get();
  if (!row) throw notFound(`flow "${flowId}"`);
  return row;
}

export function listFlows(db: Db, workspaceId: string, shopId: string) {
  const shop = getShop(db, workspaceId, shopId);
  const rows = db
    .select({ id: flows.id, name: flows.name, revision: flows.revision, updatedAt: flows.updatedAt, updatedBy: users.name })
    .from(flows)
    .leftJoin(users, eq(users.id, flows.updatedBy))
    .where(eq(flows.shopId, shopId))
    .orderBy(flows.createdAt, flows.id)
    .all();
  // Every flow's latest version in one read, not one per flow.
  const latest = new Map(
    db.select({ flowId: flowVersions.flowId, v: max(flowVersions.version) }).from(flowVersions).where(eq(flowVersions.shopId, shopId)).groupBy(flowVersions.flowId).all().map((x) => [x.flowId, x.v]),
  );
  return rows.map((r) => ({
    ...r,
    latestVersion: latest.get(r.id) ?? null,
    liveVersion: shop.liveFlowId === r.id ? shop.liveVersion : null,
  }));
}

function latestVersion(db: Db, shopId: string, flowId: string): number | null {
  return db.select({ v: max(flowVersions.version) }).from(flowVersions).where(and(eq(flowVersions.shopId, shopId), eq(flowVersions.flowId, flowId))).get()?.v ?? null;
}

export function getFlow(db: Db, workspaceId: string, shopId: string, flowId: string) {
  const shop = getShop(db, workspaceId, shopId);
  const row = flowRow(db, shopId, flowId);
  const updatedBy = row.updatedBy ? db.select({ name: users.name }).from(users).where(eq(users.id, row.updatedBy)).get()?.name ?? null : null;
  return {
    shopId,
    id: row.id,
    name: row.name,
    document: readDocument(row.draft, true),
    tests: readTests(row.tests, true),
    revision: row.revision,
    updatedAt: row.updatedAt,
    updatedBy,
    latestVersion: latestVersion(db, shopId, flowId),
    liveVersion: shop.liveFlowId === flowId ? shop.liveVersion : null,
  };
}

/** A fresh, schema-valid document with only a start node, in the shop's languages. */
export function emptyDocument(shop: ShopRow, id: string, name: string): FlowDocument {
  return FlowDocumentSchema.parse({
    schemaVersion: 1,
    id,
    name,
    market: shop.market,
    languages: { default: shop.languages[0] ?? 'en', supported: shop.languages.length > 0 ? shop.languages : ['en'] },
    nodes: [{ id: 'start', kind: 'start', position: { x: 0, y: 0 } }],
  });
}

function slugFor(db: Db, shopId: string, name: string): string {
  return firstFree(slugify(name) || 'flow', (id) => db.select({ id: flows.id }).from(flows).where(and(eq(flows.shopId, shopId), eq(flows.id, id))).get() !== undefined);
}

export function createFlow(db: Db, workspaceId: string, userId: string | null, shopId: string, input: z.input<typeof CreateFlowSchema>, now = new Date()) {
  const data = CreateFlowSchema.parse(input);
  const shop = getShop(db, workspaceId, shopId);
  const id = slugFor(db, shopId, data.name);
  let document: FlowDocument;
  let tests: ConversationTest[] = [];
  const src = data.source;
  if (src.type === 'template') {
    const template = findTemplate(src.template);
    if (!template) throw new ServiceError('BAD_REQUEST', `no template "${src.template}"`, [{ path: 'source.template', message: 'unknown template' }]);
    document = readDocument(template.flow);
    tests = readTests((template.tests as { tests?: unknown }).tests);
  } else if (src.type === 'copy') {
    const from = getFlow(db, workspaceId, src.shopId, src.flowId);
    document = { ...from.document, market: shop.market as FlowDocument['market'] };
    tests = from.tests;
  } else {
    document = emptyDocument(shop, id, data.name);
  }
  document = { ...document, id, name: data.name };
  db.insert(flows).values({ shopId, id, name: data.name, draft: document, tests, revision: 1, updatedAt: now.toISOString(), updatedBy: userId }).run();
  return { shopId, id };
}

/**
 * Saves the draft if it is still based on the current revision. A stale save is a CONFLICT
 * carrying who saved last and when, so the editor can offer "load theirs" or "keep mine as a copy".
 */
export function saveDraft(db: Db, workspaceId: string, userId: string | null, shopId: string, flowId: string, input: z.infer<typeof SaveDraftSchema>, now = new Date()) {
  getShop(db, workspaceId, shopId);
  const document = readDocument(input.document);
  const tests = input.tests === undefined ? undefined : readTests(input.tests);
  return db.transaction((tx) => {
    const row = flowRow(tx as unknown as Db, shopId, flowId);
    if (row.revision !== input.baseRevision) {
      const by = row.updatedBy ? tx.select({ name: users.name }).from(users).where(eq(users.id, row.updatedBy)).get()?.name ?? null : null;
      throw new ServiceError('CONFLICT', 'someone saved this flow after you opened it', [], { currentRevision: row.revision, updatedAt: row.updatedAt, updatedBy: by });
    }
    const revision = row.revision + 1;
    const updatedAt = now.toISOString();
    tx.update(flows)
      .set({ draft: document, ...(tests ? { tests } : {}), name: document.name, revision, updatedAt, updatedBy: userId })
      .where(and(eq(flows.shopId, shopId), eq(flows.id, flowId)))
      .run();
    return { revision, updatedAt };
  });
}

/**
 * Replaces a flow's draft by id, creating the flow when the shop has none with that id (teams
 * keeping flows in git push them this way). The document's own `id` must be the flow's id.
 * With `baseRevision`, a draft saved since that revision is a CONFLICT, as in the designer;
 * without it the push wins. Returns the validation problems (warnings do not block a draft).
 */
export function putDraft(
  db: Db,
  workspaceId: string,
  userId: string | null,
  shopId: string,
  flowId: string,
  input: { document: unknown; baseRevision?: number },
  now = new Date(),
): { revision: number; created: boolean; updatedAt: string; problems: Problem[] } {
  getShop(db, workspaceId, shopId);
  const id = FlowIdSchema.safeParse(flowId);
  if (!id.success) throw new ServiceError('BAD_REQUEST', 'not a valid flow id', [{ path: 'flowId', message: id.error.issues[0]?.message ?? 'invalid' }]);
  const document = readDocument(input.document);
  if (document.id !== flowId) {
    throw new ServiceError('BAD_REQUEST', `the document's id "${document.id}" is not the flow's id "${flowId}"`, [{ path: 'document.id', message: `must be "${flowId}"` }]);
  }
  const updatedAt = now.toISOString();
  const saved = db.transaction((tx) => {
    const row = tx.select({ revision: flows.revision }).from(flows).where(and(eq(flows.shopId, shopId), eq(flows.id, flowId))).get();
    if (!row) {
      if (input.baseRevision !== undefined) throw new ServiceError('CONFLICT', `flow "${flowId}" does not exist yet, so it has no revision ${input.baseRevision}`, [], { currentRevision: null });
      tx.insert(flows).values({ shopId, id: flowId, name: document.name, draft: document, tests: [], revision: 1, updatedAt, updatedBy: userId }).run();
      return { revision: 1, created: true };
    }
    if (input.baseRevision !== undefined && input.baseRevision !== row.revision) {
      throw new ServiceError('CONFLICT', 'the draft was saved after the revision this push is based on', [], { currentRevision: row.revision });
    }
    const revision = row.revision + 1;
    tx.update(flows).set({ draft: document, name: document.name, revision, updatedAt, updatedBy: userId }).where(and(eq(flows.shopId, shopId), eq(flows.id, flowId))).run();
    return { revision, created: false };
  });
  return { ...saved, updatedAt, problems: validateFlow(document) };
}

/**
 * Replaces the conversation tests of a flow's draft (the document stays). This is a change of
 * the draft like any other: the revision goes up, so a designer open on the old revision is told
 * (CONFLICT on its next save) instead of silently saving its own tests over these. With
 * `baseRevision`, a draft saved since that revision is a CONFLICT.
 */
export function putTests(
  db: Db,
  workspaceId: string,
  userId: string | null,
  shopId: string,
  flowId: string,
  input: { tests: unknown; baseRevision?: number },
  now = new Date(),
): { revision: number; updatedAt: string; tests: number } {
  getShop(db, workspaceId, shopId);
  const tests = readTests(input.tests);
  const updatedAt = now.toISOString();
  return db.transaction((tx) => {
    const row = flowRow(tx as unknown as Db, shopId, flowId);
    if (input.baseRevision !== undefined && input.baseRevision !== row.revision) {
      throw new ServiceError('CONFLICT', 'the draft was saved after the revision these tests are based on', [], { currentRevision: row.revision });
    }
    const revision = row.revision + 1;
    tx.update(flows).set({ tests, revision, updatedAt, updatedBy: userId }).where(and(eq(flows.shopId, shopId), eq(flows.id, flowId))).run();
    return { revision, updatedAt, tests: tests.length };
  });
}

export function validateDraft(db: Db, workspaceId: string, shopId: string, flowId: string): Problem[] {
  return validateFlow(getFlow(db, workspaceId, shopId, flowId).document);
}

/** Runs every conversation test of a document. */
export function runTests(document: FlowDocument, tests: readonly ConversationTest[]): TestReport[] {
  return tests.map((t) => runConversationTest(document, t));
}

/**
 * Publishes the draft as the next version and makes it the shop's live one. Refused while
 * validation finds errors; refused while a conversation test fails unless an override reason is given.
 */
export function publishDraft(db: Db, workspaceId: string, userId: string | null, shopId: string, flowId: string, input: z.input<typeof PublishSchema>, now = new Date()) {
  const data = PublishSchema.parse(input);
  const flow = getFlow(db, workspaceId, shopId, flowId);
  if (data.revision !== undefined && data.revision !== flow.revision) {
    throw new ServiceError('CONFLICT', `the draft was saved again after you opened it (revision ${flow.revision}${flow.updatedBy ? ` by ${flow.updatedBy}` : ''}): reload it and check before publishing`, [], {
      currentRevision: flow.revision,
      updatedAt: flow.updatedAt,
      updatedBy: flow.updatedBy ?? null,
    });
  }
  const problems = validateFlow(flow.document);
  if (hasErrors(problems)) {
    throw new ServiceError('PRECONDITION_FAILED', 'fix the validation errors before publishing', [], { problems: problems.filter((p) => p.severity === 'error') });
  }
  const failing = runTests(flow.document, flow.tests).filter((r) => !r.passed);
  if (failing.length > 0 && !data.overrideReason) {
    throw new ServiceError('PRECONDITION_FAILED', `${failing.length} conversation test(s) fail`, [], { failingTests: failing.map((r) => ({ id: r.id, name: r.name })) });
  }
  return insertVersion(db, userId, shopId, flowId, flow.document, flow.tests, data.note, now, { overrideReason: failing.length > 0 ? data.overrideReason ?? null : null });
}

function insertVersion(db: Db, userId: string | null, shopId: string, flowId: string, document: FlowDocument, tests: ConversationTest[], note: string, now: Date, extra: { overrideReason?: string | null; rolledBackFrom?: number }) {
  const published = db.transaction((tx) => {
    const version = (tx.select({ v: max(flowVersions.version) }).from(flowVersions).where(and(eq(flowVersions.shopId, shopId), eq(flowVersions.flowId, flowId))).get()?.v ?? 0) + 1;
    tx.insert(flowVersions)
      .values({ shopId, flowId, version, document, tests, note, publishedBy: userId, publishedAt: now.toISOString(), overrideReason: extra.overrideReason ?? null, rolledBackFrom: extra.rolledBackFrom ?? null })
      .run();
    tx.update(shops).set({ liveFlowId: flowId, liveVersion: version }).where(eq(shops.id, shopId)).run();
    return { version };
  });
  shopChanged();
  return published;
}

export function listVersions(db: Db, workspaceId: string, shopId: string, flowId: string) {
  const shop = getShop(db, workspaceId, shopId);
  flowRow(db, shopId, flowId);
  return db
    .select({
      version: flowVersions.version,
      note: flowVersions.note,
      publishedAt: flowVersions.publishedAt,
      publishedBy: users.name,
      rolledBackFrom: flowVersions.rolledBackFrom,
      overrideReason: flowVersions.overrideReason,
    })
    .from(flowVersions)
    .leftJoin(users, eq(users.id, flowVersions.publishedBy))
    .where(and(eq(flowVersions.shopId, shopId), eq(flowVersions.flowId, flowId)))
    .orderBy(desc(flowVersions.version))
    .all()
    .map((v) => ({ ...v, live: shop.liveFlowId === flowId && shop.liveVersion === v.version }));
}

export function getVersion(db: Db, workspaceId: string, shopId: string, flowId: string, version: number) {
  getShop(db, workspaceId, shopId);
  const row = db.select().from(flowVersions).where(and(eq(flowVersions.shopId, shopId), eq(flowVersions.flowId, flowId), eq(flowVersions.version, version))).get();
  if (!row) throw notFound(`version ${version} of flow "${flowId}"`);
  return { version: row.version, note: row.note, publishedAt: row.publishedAt, document: readDocument(row.document, true), tests: readTests(row.tests, true) };
}

/** Makes an old version live again, as a new version (history is never rewritten). */
export function rollback(db: Db, workspaceId: string, userId: string | null, shopId: string, flowId: string, version: number, note?: string, now = new Date()) {
  const old = getVersion(db, workspaceId, shopId, flowId, version);
  return insertVersion(db, userId, shopId, flowId, old.document, old.tests, note?.trim() || `Rollback to version ${version}`, now, { rolledBackFrom: version });
}

/** Copies a flow's draft (and tests) into another shop of the workspace as a new flow. */
export function copyFlowToShop(db: Db, workspaceId: string, userId: string | null, shopId: string, flowId: string, targetShopId: string, name?: string) {
  const from = getFlow(db, workspaceId, shopId, flowId);
  return createFlow(db, workspaceId, userId, targetShopId, { name: name ?? from.name, source: { type: 'copy', shopId, flowId } });
}

// Per database connection: two databases (tests, tools) may hold different documents under the same key.
const documentCaches = new WeakMap<object, Map<string, FlowDocument>>();

/**
 * A published version's document, parsed once per process: versions are immutable, and one
 * object per version lets the runtime reuse its compiled form.
 */
export function versionDocument(db: Db, shopId: string, flowId: string, version: number): FlowDocument {
  const owner: object = (db as { $client?: object }).$client ?? db;
  let documentCache = documentCaches.get(owner);
  if (!documentCache) documentCaches.set(owner, (documentCache = new Map()));
  const key = `${shopId}\u0000${flowId}\u0000${version}`;
  let doc = documentCache.get(key);
  if (!doc) {
    const row = db.select({ document: flowVersions.document }).from(flowVersions).where(and(eq(flowVersions.shopId, shopId), eq(flowVersions.flowId, flowId), eq(flowVersions.version, version))).get();
    if (!row) throw notFound(`version ${version} of flow "${flowId}"`);
    doc = readDocument(row.document, true);
    documentCache.set(key, doc);
  }
  return doc;
}
