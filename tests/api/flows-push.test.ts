/**
 * Flows kept in git, pushed and published over the API with an admin key; and the version a
 * conversation runs on: kept within its session after a publish, the live one after the window.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { call, demoKeys, type Loose } from '../helpers/api-client';
import { conversationRow } from '../helpers/db-snapshot';
import { startTestServer, type TestServer } from '../helpers/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

const US = demoKeys('us-tiktok');
const template = () => JSON.parse(readFileSync(new URL('../../flows/templates/tiktok-us.flow.json', import.meta.url), 'utf8')) as Loose;
const live = () => server.db.$client.prepare("SELECT live_flow_id AS flowId, live_version AS version FROM shops WHERE id = 'us-tiktok'").get();

/** The template with its English welcome changed (the conversation tests still pass). */
function withWelcome(suffix: string, id = 'customer-service'): Loose {
  const doc = template();
  doc.id = id;
  const greeting = doc.nodes.find((n: Loose) => n.kind === 'greeting');
  greeting.data.reply.text.en = `${greeting.data.reply.text.en} ${suffix}`;
  return doc;
}

describe('pushing and publishing flows', () => {
  it('creates a flow that does not exist (201), then replaces its draft (200) with the revision as ETag', async () => {
    const created = await call(server.url, 'PUT', '/api/v1/shops/us-tiktok/flows/from-git', withWelcome('(git)', 'from-git'), { key: US.admin });
    expect(created.status, created.text).toBe(201);
    expect(created.body).toMatchObject({ flowId: 'from-git', revision: 1, created: true });
    expect(created.headers.get('etag')).toBe('"1"');
    expect(Array.isArray(created.body.problems)).toBe(true);
    const replaced = await call(server.url, 'PUT', '/api/v1/shops/us-tiktok/flows/from-git', withWelcome('(git 2)', 'from-git'), { key: US.admin, headers: { 'if-match': '"1"' } });
    expect(replaced.status, replaced.text).toBe(200);
    expect(replaced.body).toMatchObject({ revision: 2, created: false });
    const stale = await call(server.url, 'PUT', '/api/v1/shops/us-tiktok/flows/from-git', withWelcome('(git 3)', 'from-git'), { key: US.admin, headers: { 'if-match': '"1"' } });
    expect(stale.status).toBe(412);
    expect(stale.body.error).toMatchObject({ code: 'precondition_failed', currentRevision: 2 });
    const row = server.db.$client.prepare("SELECT revision, draft FROM flows WHERE shop_id = 'us-tiktok' AND id = 'from-git'").get() as { revision: number; draft: string };
    expect(row.revision).toBe(2);
    expect(row.draft).toContain('(git 2)');
    // Pushing a draft does not change what buyers get.
    expect(live()).toEqual({ flowId: 'customer-service', version: 1 });
  });

  it('refuses to publish a draft with validation errors (422, with the problems)', async () => {
    const doc = withWelcome('(broken)', 'broken');
    const router = doc.nodes.find((n: Loose) => n.kind === 'intent');
    router.data.intents = [...router.data.intents, 'no_such_intent'];
    const pushed = await call(server.url, 'PUT', '/api/v1/shops/us-tiktok/flows/broken', doc, { key: US.admin });
    expect(pushed.status).toBe(201);
    expect(pushed.body.problems.some((p: Loose) => p.severity === 'error')).toBe(true);
    const res = await call(server.url, 'POST', '/api/v1/shops/us-tiktok/flows/broken/publish', { note: 'try' }, { key: US.admin });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('validation_failed');
    expect(res.body.error.problems.length).toBeGreaterThan(0);
    expect(res.body.error.problems[0]).toMatchObject({ code: expect.stringMatching(/^FLOW\d+$/), severity: 'error' });
    expect(server.db.$client.prepare("SELECT count(*) AS n FROM flow_versions WHERE flow_id = 'broken'").get()).toEqual({ n: 0 });
  });

  it('needs an admin key: a reply key gets 403 and changes nothing', async () => {
    const put = await call(server.url, 'PUT', '/api/v1/shops/us-tiktok/flows/customer-service', withWelcome('(nope)'), { key: US.reply });
    expect(put.status).toBe(403);
    const publish = await call(server.url, 'POST', '/api/v1/shops/us-tiktok/flows/customer-service/publish', { note: 'nope' }, { key: US.reply });
    expect(publish.status).toBe(403);
    const other = await call(server.url, 'PUT', '/api/v1/shops/us-tiktok/flows/customer-service', withWelcome('(nope)'), { key: demoKeys('cn-douyin').admin });
    expect(other.status).toBe(403);
    expect(server.db.$client.prepare("SELECT revision FROM flows WHERE shop_id = 'us-tiktok' AND id = 'customer-service'").get()).toEqual({ revision: 1 });
  });
});

describe('the version a conversation runs on', () => {
  const key = US.reply;
  const t0 = Date.parse('2026-11-23T18:00:00Z');
  let n = 0;
  const say = async (conversationId: string, text: string, atSeconds: number) => {
    const res = await call(server.url, 'POST', '/api/v1/shops/us-tiktok/messages', { conversationId, messageId: `pin-${++n}`, text, sentAt: new Date(t0 + atSeconds * 1000).toISOString(), buyer: { id: 'buyer-1', name: 'Emma' } }, { key });
    expect(res.status, res.text).toBe(200);
    return res.body as Loose;
  };

  it('is kept within the session after a publish, and becomes the live one after the window', async () => {
    const first = await say('pinned', 'hi', 0);
    expect(first.flowVersion).toBe(1);
    expect(first.replies[0].text).not.toContain('(v2)');

    const pushed = await call(server.url, 'PUT', '/api/v1/shops/us-tiktok/flows/customer-service', withWelcome('(v2)'), { key: US.admin });
    expect(pushed.status, pushed.text).toBe(200);
    const published = await call(server.url, 'POST', '/api/v1/shops/us-tiktok/flows/customer-service/publish', { note: 'Welcome v2' }, { key: US.admin });
    expect(published.status, published.text).toBe(200);
    expect(published.body).toEqual({ flowId: 'customer-service', version: 2 });
    expect(live()).toEqual({ flowId: 'customer-service', version: 2 });

    // Within the 1,800 s window: still version 1.
    const within = await say('pinned', 'do you have any coupons?', 600);
    expect(within.flowVersion).toBe(1);
    expect(conversationRow(server.db.$client, 'us-tiktok', 'pinned')?.version).toBe(1);
    // A new conversation starts on the live version.
    const fresh = await say('fresh', 'hi', 600);
    expect(fresh.flowVersion).toBe(2);
    expect(fresh.replies[0].text).toContain('(v2)');
    // After the window (from the last activity at 600 s): the new session runs on version 2.
    const after = await say('pinned', 'hello again', 600 + 1801);
    expect(after.flowVersion).toBe(2);
    expect(after.replies[0].kind).toBe('greeting');
    expect(after.replies[0].text).toContain('(v2)');
    expect(conversationRow(server.db.$client, 'us-tiktok', 'pinned')?.version).toBe(2);
    const versions = server.db.$client.prepare("SELECT version FROM conversation_events WHERE shop_id = 'us-tiktok' AND conversation_id = 'pinned' ORDER BY seq").all();
    expect(versions).toEqual([{ version: 1 }, { version: 1 }, { version: 2 }]);
  });

  it('is kept while an agent has the conversation, however long', async () => {
    await say('pinned-human', 'I want to talk to a human', 3000);
    await call(server.url, 'POST', '/api/v1/shops/us-tiktok/flows/customer-service/publish', { note: 'v3' }, { key: US.admin });
    const later = await say('pinned-human', 'hello?', 3000 + 7200);
    expect(later.flowVersion).toBe(2);
    expect(later.status).toBe('human');
  });
});
