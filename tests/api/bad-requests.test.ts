/**
 * Bad input never crashes the server and never changes data: each request below gets its 4xx
 * with a JSON error naming the field and the reason, and every table is byte-for-byte the same
 * afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { call, demoKeys, type RequestOptions } from '../helpers/api-client';
import { snapshot, type Snapshot } from '../helpers/db-snapshot';
import { startTestServer, type TestServer } from '../helpers/server';

let server: TestServer;
let before: Snapshot;
const US = demoKeys('us-tiktok');
const CN = demoKeys('cn-douyin');
const MESSAGES = '/api/v1/shops/us-tiktok/messages';
const valid = { conversationId: 'bad-c1', messageId: 'bad-new-1', text: 'hi', sentAt: '2026-11-23T18:00:00Z', buyer: { id: 'buyer-1' } };
const template = JSON.parse(readFileSync(new URL('../../flows/templates/tiktok-us.flow.json', import.meta.url), 'utf8'));
const templateTests = JSON.parse(readFileSync(new URL('../../flows/templates/tiktok-us.tests.json', import.meta.url), 'utf8')).tests;

beforeAll(async () => {
  server = await startTestServer({ REPLYFLOW_MAX_BODY: '8192' });
  // An existing conversation with one reply, so requests can refer to it.
  const first = await call(server.url, 'POST', MESSAGES, { ...valid, messageId: 'bad-seed-1' }, { key: US.reply });
  expect(first.status).toBe(200);
  before = snapshot(server.db.$client);
});
afterAll(async () => {
  await server?.close();
});

interface Case {
  name: string;
  method?: string;
  path?: string;
  body?: unknown;
  options?: RequestOptions;
  status: number;
  /** The field the error must name. */
  field?: string;
  /** The error names that field only (no second, misleading issue). */
  only?: boolean;
  code?: string;
}

const withoutBuyer = { conversationId: valid.conversationId, messageId: valid.messageId, text: valid.text };
const { text: _text, ...withoutText } = valid;

const CASES: Case[] = [
  { name: 'malformed JSON', options: { key: US.reply, raw: '{"conversationId": "c1", ' }, status: 400, field: 'body' },
  { name: 'empty body', options: { key: US.reply, raw: '' }, status: 400, field: 'body' },
  { name: 'JSON null', options: { key: US.reply, raw: 'null' }, status: 400 },
  { name: 'a JSON array', options: { key: US.reply, raw: '[1,2]' }, status: 400 },
  { name: 'a JSON string', options: { key: US.reply, raw: '"hi"' }, status: 400 },
  { name: 'text of the wrong type', body: { ...valid, text: 42 }, status: 400, field: 'text' },
  { name: 'no buyer', body: withoutBuyer, status: 400, field: 'buyer' },
  { name: 'empty buyer id', body: { ...valid, buyer: { id: '' } }, status: 400, field: 'buyer.id' },
  { name: 'buyer id of the wrong type', body: { ...valid, buyer: { id: 7 } }, status: 400, field: 'buyer.id' },
  { name: 'unknown top-level field', body: { ...valid, priority: 'high' }, status: 400, field: 'priority' },
  { name: 'unknown buyer field', body: { ...valid, buyer: { id: 'b', vip: true } }, status: 400, field: 'buyer.vip' },
  { name: 'text over 4,000 characters', body: { ...valid, text: 'a'.repeat(4001) }, status: 400, field: 'text' },
  { name: 'neither text nor button', body: withoutText, status: 400, field: 'text' },
  { name: 'whitespace-only text', body: { ...valid, text: ' \n\t\u3000 ' }, status: 400, field: 'text' },
  { name: 'empty button payload', body: { ...valid, button: { payload: '' } }, status: 400, field: 'button.payload' },
  { name: 'unknown button field', body: { ...valid, button: { payload: 'x', label: 'X' } }, status: 400, field: 'button.label' },
  { name: 'sentAt that is not a date', body: { ...valid, sentAt: 'yesterday' }, status: 400, field: 'sentAt' },
  { name: 'sentAt on February 30th', body: { ...valid, sentAt: '2026-02-30T10:00:00Z' }, status: 400, field: 'sentAt' },
  { name: 'sentAt without a zone', body: { ...valid, sentAt: '2026-11-23T18:00:00' }, status: 400, field: 'sentAt' },
  { name: 'sentAt at 25 o’clock', body: { ...valid, sentAt: '2026-11-23T25:00:00Z' }, status: 400, field: 'sentAt' },
  { name: 'more agents available than online', body: { ...valid, agents: { online: 1, available: 2 } }, status: 400, field: 'agents.available' },
  { name: 'negative agents', body: { ...valid, agents: { online: -1, available: 0 } }, status: 400, field: 'agents.online', only: true },
  { name: 'empty messageId', body: { ...valid, messageId: '' }, status: 400, field: 'messageId', only: true },
  { name: 'a body that is not UTF-8', options: { key: US.reply, raw: Uint8Array.from([...Buffer.from('{"conversationId":"bad-c1","messageId":"bad-utf8","text":"hi '), 0xff, 0xfe, ...Buffer.from('","buyer":{"id":"buyer-1"}}')]) }, status: 400, field: 'body' },
  { name: 'message id with spaces', body: { ...valid, messageId: 'a b' }, status: 400, field: 'messageId' },
  { name: 'conversation id over 128 characters', body: { ...valid, conversationId: 'c'.repeat(129) }, status: 400, field: 'conversationId' },
  { name: 'buyer language that is not a code', body: { ...valid, buyer: { id: 'b', language: 'English' } }, status: 400, field: 'buyer.language' },
  { name: 'no Authorization header', options: { key: null }, body: valid, status: 401, field: 'Authorization' },
  { name: 'unknown key', options: { key: 'rf_us-tiktok_not0a0real0key' }, body: valid, status: 401 },
  { name: 'not a Bearer token', options: { key: null, headers: { authorization: `Basic ${Buffer.from('a:b').toString('base64')}` } }, body: valid, status: 401 },
  { name: "another shop's key", options: { key: CN.reply }, body: valid, status: 403, field: 'Authorization' },
  { name: 'unknown shop', path: '/api/v1/shops/no-such-shop/messages', body: valid, status: 404, field: 'shopId' },
  { name: 'oversized body', options: { key: US.reply, raw: JSON.stringify({ ...valid, text: 'x'.repeat(9000) }) }, status: 413, code: 'payload_too_large' },
  { name: 'wrong method', method: 'GET', status: 405, code: 'method_not_allowed' },
  { name: 'unknown route', path: '/api/v1/shops/us-tiktok/nothing-here', body: valid, status: 404 },
  { name: 'unknown version', path: '/api/v2/shops/us-tiktok/messages', body: valid, status: 404 },
  { name: 'broken percent-encoding in the path', path: '/api/v1/shops/us-tiktok/conversations/%E0%A4%A/agent-events', body: { type: 'release' }, status: 400, field: 'conversationId' },
  { name: 'message id reused with other text', body: { ...valid, messageId: 'bad-seed-1', text: 'refund' }, status: 409, field: 'messageId' },
  { name: 'message id reused in another conversation', body: { ...valid, conversationId: 'bad-c2', messageId: 'bad-seed-1' }, status: 409, field: 'messageId' },
  { name: 'another buyer in an existing conversation', body: { ...valid, buyer: { id: 'buyer-2' } }, status: 409, field: 'buyer.id' },
  { name: 'feedback: resolved as a string', path: '/api/v1/shops/us-tiktok/feedback', body: { conversationId: 'bad-c1', replyId: 'r1', resolved: 'yes' }, status: 400, field: 'resolved' },
  { name: 'feedback: unknown reason', path: '/api/v1/shops/us-tiktok/feedback', body: { conversationId: 'bad-c1', replyId: 'r1', resolved: false, reason: 'rude' }, status: 400, field: 'reason' },
  { name: 'feedback: unknown conversation', path: '/api/v1/shops/us-tiktok/feedback', body: { conversationId: 'nope', replyId: 'r1', resolved: true }, status: 404, field: 'conversationId' },
  { name: 'feedback: unknown reply', path: '/api/v1/shops/us-tiktok/feedback', body: { conversationId: 'bad-c1', replyId: 'r99', resolved: false }, status: 404, field: 'replyId' },
  { name: 'agent event: unknown type', path: '/api/v1/shops/us-tiktok/conversations/bad-c1/agent-events', body: { type: 'transfer' }, status: 400, field: 'type' },
  { name: 'agent event: text on a release', path: '/api/v1/shops/us-tiktok/conversations/bad-c1/agent-events', body: { type: 'release', text: 'bye' }, status: 400, field: 'text' },
  { name: 'agent event: empty agent message', path: '/api/v1/shops/us-tiktok/conversations/bad-c1/agent-events', body: { type: 'agent_message', text: '  ' }, status: 400, field: 'text' },
  { name: 'agent event: unknown conversation', path: '/api/v1/shops/us-tiktok/conversations/nope/agent-events', body: { type: 'close' }, status: 404, field: 'conversationId' },
  { name: 'order: id differs from the path', method: 'PUT', path: '/api/v1/shops/us-tiktok/orders/US1', body: { id: 'US2', buyerId: 'b', status: 'shipped', createdAt: '2026-11-01T00:00:00Z' }, status: 400, field: 'id' },
  { name: 'order: unknown status', method: 'PUT', path: '/api/v1/shops/us-tiktok/orders/US1', body: { buyerId: 'b', status: 'lost', createdAt: '2026-11-01T00:00:00Z' }, status: 400, field: 'status' },
  { name: 'order: created on February 30th', method: 'PUT', path: '/api/v1/shops/us-tiktok/orders/US1', body: { buyerId: 'b', status: 'shipped', createdAt: '2026-02-30T00:00:00Z' }, status: 400, field: 'createdAt' },
  { name: 'order: delivered at 24:30', method: 'PUT', path: '/api/v1/shops/us-tiktok/orders/US1', body: { buyerId: 'b', status: 'delivered', createdAt: '2026-11-01T00:00:00Z', deliveredAt: '2026-11-05T24:30:00Z' }, status: 400, field: 'deliveredAt' },
  { name: 'order: unknown field', method: 'PUT', path: '/api/v1/shops/us-tiktok/orders/US1', body: { buyerId: 'b', status: 'shipped', createdAt: '2026-11-01T00:00:00Z', price: 3 }, status: 400, field: 'price' },
  { name: 'order: unknown field in an item', method: 'PUT', path: '/api/v1/shops/us-tiktok/orders/US1', body: { buyerId: 'b', status: 'shipped', createdAt: '2026-11-01T00:00:00Z', items: [{ title: 'Mug', quantity: 1, sku: 'MUG-1' }] }, status: 400, field: 'items.0.sku' },
  { name: 'flow push: a misspelt setting', method: 'PUT', path: '/api/v1/shops/us-tiktok/flows/customer-service', body: { ...template, id: 'customer-service', settings: { ...template.settings, sessionWindowSecond: 60 } }, options: { key: US.admin }, status: 400, field: 'settings.sessionWindowSecond' },
  { name: 'flow push: an unknown field on a node', method: 'PUT', path: '/api/v1/shops/us-tiktok/flows/customer-service', body: { ...template, id: 'customer-service', nodes: template.nodes.map((n: { id: string }, i: number) => (i === 1 ? { ...n, colour: 'red' } : n)) }, options: { key: US.admin }, status: 400, field: 'nodes.1.colour' },
  { name: 'flow push with a reply key', method: 'PUT', path: '/api/v1/shops/us-tiktok/flows/customer-service', body: template, status: 403, field: 'Authorization' },
  { name: 'publish with a reply key', path: '/api/v1/shops/us-tiktok/flows/customer-service/publish', body: { note: 'x' }, status: 403 },
  { name: 'flow push: not a flow document', method: 'PUT', path: '/api/v1/shops/us-tiktok/flows/customer-service', body: { ...template, id: 'customer-service', nodes: 'none' }, options: { key: US.admin }, status: 400, field: 'nodes' },
  { name: "flow push: the document's id is not the path's", method: 'PUT', path: '/api/v1/shops/us-tiktok/flows/customer-service', body: template, options: { key: US.admin }, status: 400, field: 'id' },
  { name: 'flow push: If-Match that is not a revision', method: 'PUT', path: '/api/v1/shops/us-tiktok/flows/customer-service', body: { ...template, id: 'customer-service' }, options: { key: US.admin, headers: { 'if-match': 'latest' } }, status: 400, field: 'If-Match' },
  { name: 'flow push: stale If-Match', method: 'PUT', path: '/api/v1/shops/us-tiktok/flows/customer-service', body: { ...template, id: 'customer-service' }, options: { key: US.admin, headers: { 'if-match': '"999"' } }, status: 412, code: 'precondition_failed' },
  { name: 'tests push: two tests with one id', method: 'PUT', path: '/api/v1/shops/us-tiktok/flows/customer-service/tests', body: { tests: [templateTests[0], { ...templateTests[1], id: templateTests[0].id }] }, options: { key: US.admin }, status: 400, field: 'tests.1.id' },
  { name: 'publish: empty note', path: '/api/v1/shops/us-tiktok/flows/customer-service/publish', body: { note: '  ' }, options: { key: US.admin }, status: 400, field: 'note' },
  { name: 'publish: unknown flow', path: '/api/v1/shops/us-tiktok/flows/no-such-flow/publish', body: { note: 'x' }, options: { key: US.admin }, status: 404 },
];

describe('bad requests', () => {
  it('lists at least 30 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
  });

  it.each(CASES)('$name → $status', async (c) => {
    const options: RequestOptions = { key: US.reply, ...c.options };
    const res = await call(server.url, c.method ?? 'POST', c.path ?? MESSAGES, c.body, options);
    expect(res.status, res.text).toBe(c.status);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.body.error.code).toEqual(expect.any(String));
    expect(res.body.error.message).toEqual(expect.any(String));
    if (c.code) expect(res.body.error.code).toBe(c.code);
    if (c.status === 400) expect(res.body.error.code).toBe('invalid_request');
    if (c.field) {
      expect(res.body.error.issues, res.text).toEqual(expect.arrayContaining([expect.objectContaining({ path: c.field, message: expect.any(String) })]));
      if (c.only) expect(res.body.error.issues, res.text).toHaveLength(1);
    }
    if (c.status === 405) expect(res.headers.get('allow')).toBe('POST');
    if (c.status === 401) expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
  });

  it('left every table exactly as it was', () => {
    expect(snapshot(server.db.$client)).toEqual(before);
  });

  it('left the server answering', async () => {
    const res = await call(server.url, 'POST', MESSAGES, { ...valid, messageId: 'bad-after-1', text: 'do you have any coupons?', sentAt: '2026-11-23T18:01:00Z' }, { key: US.reply });
    expect(res.status).toBe(200);
    expect(res.body.replies[0].kind).toBe('answer');
  });

  it('answers a body far over the limit with 413 without reading it all', async () => {
    const huge = new Uint8Array(3 * 1024 * 1024).fill(0x61);
    const res = await call(server.url, 'POST', MESSAGES, undefined, { key: US.reply, raw: huge }).catch((e: Error) => e);
    // The server may close the connection while the client still sends: either way no data changes.
    if (!(res instanceof Error)) expect(res.status).toBe(413);
    const after = snapshot(server.db.$client);
    expect(after.conversation_events?.rows).toBe((before.conversation_events?.rows ?? 0) + 1);
  });
});
