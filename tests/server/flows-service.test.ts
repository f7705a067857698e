import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiKeys, flowVersions, shops } from '../../drizzle/schema';
import { createCaller } from '../../server/api/root';
import type { Db } from '../../server/db';
import { authenticateApiKey } from '../../server/services/api-keys';
import { demoActor, seededDb } from './test-db';

let db: Db;
let cleanup: () => void;
beforeEach(async () => ({ db, cleanup } = await seededDb()));
afterEach(() => cleanup());

const admin = () => createCaller({ db, actor: demoActor(db, 'admin') });
const ref = { shopId: 'us-tiktok', flowId: 'customer-service' };

async function errorOf(p: Promise<unknown>) {
  try {
    await p;
  } catch (e) {
    return e as { code: string; message: string; cause?: { details?: Record<string, unknown>; issues?: unknown[] } };
  }
  throw new Error('expected an error');
}

describe('drafts, versions and publishing', () => {
  it('a save based on a stale revision is a CONFLICT and overwrites nothing', async () => {
    const api = admin();
    const flow = await api.flows.get(ref);
    const first = await api.flows.saveDraft({ ...ref, baseRevision: flow.revision, document: { ...flow.document, description: 'mine' } });
    expect(first.revision).toBe(flow.revision + 1);
    const err = await errorOf(api.flows.saveDraft({ ...ref, baseRevision: flow.revision, document: { ...flow.document, description: 'theirs' } }));
    expect(err.code).toBe('CONFLICT');
    expect(err.cause?.details).toMatchObject({ currentRevision: first.revision, updatedBy: 'Maya Tan' });
    expect((await api.flows.get(ref)).document.description).toBe('mine');
  });

  it('a schema-invalid document is refused with the field path and changes nothing', async () => {
    const api = admin();
    const flow = await api.flows.get(ref);
    const err = await errorOf(api.flows.saveDraft({ ...ref, baseRevision: flow.revision, document: { ...flow.document, languages: { default: 'xx-invalid!', supported: ['en'] } } }));
    expect(err.code).toBe('BAD_REQUEST');
    expect(JSON.stringify(err.cause?.issues)).toContain('document.languages.default');
    expect((await api.flows.get(ref)).revision).toBe(flow.revision);
  });

  it('publish is refused while validation has errors, then works with a note', async () => {
    const api = admin();
    const flow = await api.flows.get(ref);
    // Two start nodes: FLOW002, an error.
    const broken = { ...flow.document, nodes: [...flow.document.nodes, { id: 'start-2', kind: 'start', position: { x: 0, y: 0 } }] };
    const saved = await api.flows.saveDraft({ ...ref, baseRevision: flow.revision, document: broken });
    const err = await errorOf(api.flows.publish({ ...ref, note: 'try' }));
    expect(err.code).toBe('PRECONDITION_FAILED');
    expect(JSON.stringify(err.cause?.details)).toContain('FLOW');
    expect(db.select().from(flowVersions).where(eq(flowVersions.shopId, 'us-tiktok')).all()).toHaveLength(1);
    await api.flows.saveDraft({ ...ref, baseRevision: saved.revision, document: { ...flow.document, description: 'v2' } });
    expect(await api.flows.publish({ ...ref, note: 'Better description' })).toEqual({ version: 2 });
    expect(db.select().from(shops).where(eq(shops.id, 'us-tiktok')).get()?.liveVersion).toBe(2);
  });

  it('publishing from a stale screen is a CONFLICT: a draft saved since is never published unseen', async () => {
    const api = admin();
    const seen = await api.flows.get(ref);
    // Someone else saves a newer draft after this publisher opened the flow.
    await api.flows.saveDraft({ ...ref, baseRevision: seen.revision, document: { ...seen.document, description: 'their change' } });
    const err = await errorOf(api.flows.publish({ ...ref, note: 'mine', revision: seen.revision }));
    expect(err.code).toBe('CONFLICT');
    expect(err.message).toContain(`revision ${seen.revision + 1}`);
    expect(db.select().from(flowVersions).where(eq(flowVersions.shopId, 'us-tiktok')).all()).toHaveLength(1);
    // With the draft on screen, it publishes.
    expect(await api.flows.publish({ ...ref, note: 'theirs, checked', revision: seen.revision + 1 })).toEqual({ version: 2 });
  });

  it('a failing conversation test blocks publishing unless a reason is given, kept with the version', async () => {
    const api = admin();
    const flow = await api.flows.get(ref);
    const test = flow.tests[0]!;
    const wrong = { ...test, steps: [{ ...test.steps[0]!, expect: { replies: [{ contains: 'a text the bot never says' }] } }] };
    await api.flows.saveDraft({ ...ref, baseRevision: flow.revision, document: flow.document, tests: [wrong] });
    const err = await errorOf(api.flows.publish({ ...ref, note: 'x' }));
    expect(err.code).toBe('PRECONDITION_FAILED');
    expect(JSON.stringify(err.cause?.details)).toContain(test.id);
    await api.flows.publish({ ...ref, note: 'x', overrideReason: 'Test is outdated, fixing tomorrow' });
    expect((await api.flows.versions(ref))[0]).toMatchObject({ version: 2, overrideReason: 'Test is outdated, fixing tomorrow', live: true });
  });

  it('rollback re-publishes an old version as the new live one', async () => {
    const api = admin();
    const flow = await api.flows.get(ref);
    await api.flows.saveDraft({ ...ref, baseRevision: flow.revision, document: { ...flow.document, description: 'v2' } });
    await api.flows.publish({ ...ref, note: 'v2' });
    expect(await api.flows.rollback({ ...ref, version: 1 })).toEqual({ version: 3 });
    const versions = await api.flows.versions(ref);
    expect(versions.map((v) => [v.version, v.live, v.rolledBackFrom])).toEqual([
      [3, true, 1],
      [2, false, null],
      [1, false, null],
    ]);
    expect((await api.flows.version({ ...ref, version: 3 })).document.description).toBe((await api.flows.version({ ...ref, version: 1 })).document.description);
  });

  it('copies a flow to another shop with that shop\'s market', async () => {
    const api = admin();
    const copy = await api.flows.copyToShop({ ...ref, targetShopId: 'my-tiktok', name: 'US flow for MY' });
    const got = await api.flows.get({ shopId: 'my-tiktok', flowId: copy.id });
    expect(got.document.market).toBe('MY');
    expect(got.name).toBe('US flow for MY');
    expect(got.latestVersion).toBeNull();
  });

  it('creates flows from a template and empty', async () => {
    const api = admin();
    const t = await api.flows.create({ shopId: 'cn-douyin', name: '双十一', source: { type: 'template', template: 'douyin-cn' } });
    expect((await api.flows.get({ shopId: 'cn-douyin', flowId: t.id })).tests.length).toBeGreaterThan(5);
    const e = await api.flows.create({ shopId: 'cn-douyin', name: 'Empty', source: { type: 'empty' } });
    const empty = await api.flows.get({ shopId: 'cn-douyin', flowId: e.id });
    expect(empty.document.nodes.map((n) => n.kind)).toEqual(['start']);
    expect(empty.document.languages.supported).toEqual(['zh']);
  });

  it('another workspace\'s shop is not found', async () => {
    const err = await errorOf(admin().flows.list({ shopId: 'no-such-shop' }));
    expect(err.code).toBe('NOT_FOUND');
  });
});

describe('API keys', () => {
  it('are shown once, stored hashed, and stop working when revoked', async () => {
    const api = admin();
    const created = await api.apiKeys.create({ shopId: 'us-tiktok', name: 'Chat', scope: 'reply' });
    expect(created.key).toMatch(/^rf_us-tiktok_/);
    const stored = db.select().from(apiKeys).where(eq(apiKeys.id, created.id)).get()!;
    expect(JSON.stringify(stored)).not.toContain(created.key);
    expect(authenticateApiKey(db, created.key)).toMatchObject({ shopId: 'us-tiktok', scope: 'reply' });
    const listed = await api.apiKeys.list({ shopId: 'us-tiktok' });
    expect(JSON.stringify(listed)).not.toContain(created.key);
    await api.apiKeys.revoke({ shopId: 'us-tiktok', keyId: created.id });
    expect(authenticateApiKey(db, created.key)).toBeNull();
  });
});
