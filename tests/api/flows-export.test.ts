/**
 * Flows read back over the API with their conversation tests (what `flow pull` writes to git),
 * and the draft's tests replaced over the API (what `flow push` sends beside the flow file).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ServiceError } from '../../server/errors';
import { saveDraft } from '../../server/services/flows';
import { call, demoKeys, type Loose } from '../helpers/api-client';
import { startTestServer, type TestServer } from '../helpers/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

const US = demoKeys('us-tiktok');
const FLOW = '/api/v1/shops/us-tiktok/flows/customer-service';
const templateTests = () => (JSON.parse(readFileSync(new URL('../../flows/templates/tiktok-us.tests.json', import.meta.url), 'utf8')) as { tests: Loose[] }).tests;
const draftRow = (flowId = 'customer-service') =>
  server.db.$client.prepare("SELECT revision, draft, tests FROM flows WHERE shop_id = 'us-tiktok' AND id = ?").get(flowId) as { revision: number; draft: string; tests: string };

/** A test the template flow fails: it expects a reply the flow never gives. */
const failingTest = {
  id: 'expects-a-poem',
  name: 'Greets with a poem',
  context: { at: '2026-11-18T18:30:00Z', buyer: { id: 'b-poem' } },
  steps: [{ buyer: 'hi', expect: { someReplies: [{ contains: 'roses are red' }] } }],
};

describe('GET a flow', () => {
  it('answers the draft with its revision (also the ETag) and conversation tests', async () => {
    const res = await call(server.url, 'GET', FLOW, undefined, { key: US.admin });
    expect(res.status, res.text).toBe(200);
    expect(res.headers.get('etag')).toBe('"1"');
    expect(Object.keys(res.body).sort()).toEqual(['document', 'flowId', 'revision', 'tests']);
    expect(res.body).toMatchObject({ flowId: 'customer-service', revision: 1, document: { id: 'customer-service', schemaVersion: 1 } });
    expect(res.body.tests.map((t: Loose) => t.id)).toEqual(templateTests().map((t) => t.id));
    expect(res.body.document).toEqual(JSON.parse(draftRow().draft));
  });

  it('answers a published version with ?version=N, and no ETag', async () => {
    const res = await call(server.url, 'GET', `${FLOW}?version=1`, undefined, { key: US.admin });
    expect(res.status, res.text).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual(['document', 'flowId', 'tests', 'version']);
    expect(res.body).toMatchObject({ flowId: 'customer-service', version: 1, document: { id: 'customer-service' } });
    expect(res.body.tests.length).toBe(templateTests().length);
    expect(res.headers.get('etag')).toBeNull();
  });

  it('404 for an unknown flow or version', async () => {
    const flow = await call(server.url, 'GET', '/api/v1/shops/us-tiktok/flows/no-such-flow', undefined, { key: US.admin });
    expect(flow.status).toBe(404);
    expect(flow.body.error.code).toBe('not_found');
    expect(flow.body.error.message).toContain('no-such-flow');
    const version = await call(server.url, 'GET', `${FLOW}?version=99`, undefined, { key: US.admin });
    expect(version.status).toBe(404);
    expect(version.body.error.message).toContain('version 99');
    const shop = await call(server.url, 'GET', '/api/v1/shops/no-such-shop/flows/customer-service', undefined, { key: US.admin });
    expect(shop.status).toBe(404);
  });

  it('400 naming the parameter for a bad version, an unknown or a repeated parameter', async () => {
    for (const [query, path] of [
      ['version=abc', 'version'],
      ['version=0', 'version'],
      ['version=1.5', 'version'],
      ['version=', 'version'],
      ['verison=1', 'verison'],
      ['version=1&version=2', 'version'],
    ] as const) {
      const res = await call(server.url, 'GET', `${FLOW}?${query}`, undefined, { key: US.admin });
      expect(res.status, query).toBe(400);
      expect(res.body.error.code).toBe('invalid_request');
      expect(res.body.error.issues[0].path, query).toBe(path);
    }
  });

  it('401 without a key; 403 for a reply key or a key of another shop', async () => {
    expect((await call(server.url, 'GET', FLOW)).status).toBe(401);
    expect((await call(server.url, 'GET', FLOW, undefined, { key: 'rf_nonsense' })).status).toBe(401);
    const reply = await call(server.url, 'GET', FLOW, undefined, { key: US.reply });
    expect(reply.status).toBe(403);
    expect(reply.body.error.code).toBe('forbidden');
    expect((await call(server.url, 'GET', FLOW, undefined, { key: demoKeys('cn-douyin').admin })).status).toBe(403);
  });
});

describe('PUT a flow draft\'s tests', () => {
  it('replaces the tests (a test file or a bare { tests }), keeps the document and raises the revision', async () => {
    const before = draftRow();
    const tests = templateTests().slice(0, 3);
    const res = await call(server.url, 'PUT', `${FLOW}/tests`, { flow: 'customer-service.flow.json', tests }, { key: US.admin });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toEqual({ flowId: 'customer-service', revision: before.revision + 1, tests: 3 });
    expect(res.headers.get('etag')).toBe(`"${before.revision + 1}"`);
    const after = draftRow();
    expect(after.draft).toBe(before.draft);
    expect(JSON.parse(after.tests).map((t: Loose) => t.id)).toEqual(tests.map((t) => t.id));
    const read = await call(server.url, 'GET', FLOW, undefined, { key: US.admin });
    expect(read.body.revision).toBe(before.revision + 1);
    expect(read.body.tests.length).toBe(3);
    // The published version keeps the tests it was published with.
    expect((await call(server.url, 'GET', `${FLOW}?version=1`, undefined, { key: US.admin })).body.tests.length).toBe(templateTests().length);

    const bare = await call(server.url, 'PUT', `${FLOW}/tests`, { tests: templateTests() }, { key: US.admin });
    expect(bare.status, bare.text).toBe(200);
    expect(bare.body).toEqual({ flowId: 'customer-service', revision: before.revision + 2, tests: templateTests().length });
  });

  it('tells a designer open on the older revision on its next save instead of overwriting them', async () => {
    const { revision } = draftRow();
    const workspaceId = (server.db.$client.prepare("SELECT workspace_id AS id FROM shops WHERE id = 'us-tiktok'").get() as { id: string }).id;
    const document = JSON.parse(draftRow().draft);
    const put = await call(server.url, 'PUT', `${FLOW}/tests`, { tests: [] }, { key: US.admin, headers: { 'if-match': `"${revision}"` } });
    expect(put.status, put.text).toBe(200);
    let error: unknown = null;
    try {
      saveDraft(server.db, workspaceId, null, 'us-tiktok', 'customer-service', { baseRevision: revision, document, tests: templateTests() });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as ServiceError).code).toBe('CONFLICT');
    expect(JSON.parse(draftRow().tests)).toEqual([]);
    // Restore the template's tests for the tests below.
    expect((await call(server.url, 'PUT', `${FLOW}/tests`, { tests: templateTests() }, { key: US.admin })).status).toBe(200);
  });

  it('refuses bad tests naming the field (400) and changes nothing', async () => {
    const before = draftRow();
    const broken = structuredClone(templateTests()[0]);
    broken.steps = [];
    for (const [body, path] of [
      [{ tests: [broken] }, 'tests.0.steps'],
      [{ tests: [{ ...templateTests()[0], id: 'not an id' }] }, 'tests.0.id'],
      [{ tests: [{ ...templateTests()[0], steps: [{ buyer: 'hi', button: 'x' }] }] }, 'tests.0.steps.0'],
      [{ tests: templateTests(), extra: true }, 'extra'],
      [{ flow: 'x.flow.json' }, 'tests'],
      [[], ''],
    ] as const) {
      const res = await call(server.url, 'PUT', `${FLOW}/tests`, body, { key: US.admin });
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(res.body.error.code).toBe('invalid_request');
      expect(res.body.error.issues.map((i: Loose) => i.path)).toContain(path);
    }
    const notJson = await call(server.url, 'PUT', `${FLOW}/tests`, undefined, { key: US.admin, raw: '{"tests": [' });
    expect(notJson.status).toBe(400);
    expect(draftRow()).toEqual(before);
  });

  it('404 for a flow that does not exist; 412 on a stale If-Match; 403 for a reply key', async () => {
    const missing = await call(server.url, 'PUT', '/api/v1/shops/us-tiktok/flows/no-such-flow/tests', { tests: [] }, { key: US.admin });
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('not_found');
    expect(server.db.$client.prepare("SELECT count(*) AS n FROM flows WHERE id = 'no-such-flow'").get()).toEqual({ n: 0 });
    const before = draftRow();
    const stale = await call(server.url, 'PUT', `${FLOW}/tests`, { tests: [] }, { key: US.admin, headers: { 'if-match': `"${before.revision - 1}"` } });
    expect(stale.status).toBe(412);
    expect(stale.body.error).toMatchObject({ code: 'precondition_failed', currentRevision: before.revision });
    expect((await call(server.url, 'PUT', `${FLOW}/tests`, { tests: [] }, { key: US.reply })).status).toBe(403);
    expect((await call(server.url, 'PUT', `${FLOW}/tests`, { tests: [] })).status).toBe(401);
    expect(draftRow()).toEqual(before);
  });

  it('the stored tests gate publishing: a failing one is named, and nothing is published', async () => {
    const put = await call(server.url, 'PUT', `${FLOW}/tests`, { tests: [...templateTests(), failingTest] }, { key: US.admin });
    expect(put.status, put.text).toBe(200);
    const publish = await call(server.url, 'POST', `${FLOW}/publish`, { note: 'with a poem' }, { key: US.admin });
    expect(publish.status).toBe(422);
    expect(publish.body.error.code).toBe('tests_failed');
    expect(publish.body.error.failingTests).toEqual([{ id: 'expects-a-poem', name: 'Greets with a poem' }]);
    expect(server.db.$client.prepare("SELECT max(version) AS v FROM flow_versions WHERE shop_id = 'us-tiktok' AND flow_id = 'customer-service'").get()).toEqual({ v: 1 });

    expect((await call(server.url, 'PUT', `${FLOW}/tests`, { tests: templateTests() }, { key: US.admin })).status).toBe(200);
    const ok = await call(server.url, 'POST', `${FLOW}/publish`, { note: 'tests pass again' }, { key: US.admin });
    expect(ok.status, ok.text).toBe(200);
    expect(ok.body).toEqual({ flowId: 'customer-service', version: 2 });
    expect((await call(server.url, 'GET', `${FLOW}?version=2`, undefined, { key: US.admin })).body.tests.length).toBe(templateTests().length);
  });
});
