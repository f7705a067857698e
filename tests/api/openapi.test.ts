/** GET /api/v1/openapi.json: valid JSON, every operation of the API, strict request schemas, resolvable references. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, type Loose } from '../helpers/api-client';
import { startTestServer, type TestServer } from '../helpers/server';

let server: TestServer;
let doc: Loose;
beforeAll(async () => {
  server = await startTestServer();
  const res = await call(server.url, 'GET', '/api/v1/openapi.json');
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  doc = JSON.parse(res.text);
});
afterAll(async () => {
  await server?.close();
});

const OPERATIONS: Array<[string, string, 'none' | 'key']> = [
  ['get', '/api/v1/openapi.json', 'none'],
  ['post', '/api/v1/shops/{shopId}/messages', 'key'],
  ['post', '/api/v1/shops/{shopId}/feedback', 'key'],
  ['post', '/api/v1/shops/{shopId}/conversations/{conversationId}/agent-events', 'key'],
  ['put', '/api/v1/shops/{shopId}/orders/{orderId}', 'key'],
  ['put', '/api/v1/shops/{shopId}/flows/{flowId}', 'key'],
  ['get', '/api/v1/shops/{shopId}/flows/{flowId}', 'key'],
  ['put', '/api/v1/shops/{shopId}/flows/{flowId}/tests', 'key'],
  ['post', '/api/v1/shops/{shopId}/flows/{flowId}/publish', 'key'],
];

function resolve(ref: string): Loose {
  expect(ref.startsWith('#/')).toBe(true);
  return ref
    .slice(2)
    .split('/')
    .reduce((node: Loose, part) => node?.[part], doc);
}

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1 listing every operation with its security', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual([...new Set(OPERATIONS.map(([, p]) => p))].sort());
    for (const [method, path, auth] of OPERATIONS) {
      const op = doc.paths[path][method];
      expect(op, `${method} ${path}`).toBeDefined();
      expect(op.responses['200'] ?? op.responses['201']).toBeDefined();
      expect(op.security.length > 0).toBe(auth === 'key');
    }
  });

  it('describes the message contract from the zod schemas: strict, with the documented fields', () => {
    const op = doc.paths['/api/v1/shops/{shopId}/messages'].post;
    const request = resolve(op.requestBody.content['application/json'].schema.$ref);
    expect(request.additionalProperties).toBe(false);
    expect(Object.keys(request.properties).sort()).toEqual(['agents', 'button', 'buyer', 'conversationId', 'messageId', 'sentAt', 'text']);
    expect(request.required.sort()).toEqual(['buyer', 'conversationId', 'messageId']);
    expect(request.properties.text.maxLength).toBe(4000);
    const response = resolve(op.responses['200'].content['application/json'].schema.$ref);
    expect(Object.keys(response.properties)).toEqual(expect.arrayContaining(['conversationId', 'messageId', 'replies', 'suggestions', 'handoff', 'status', 'flowVersion']));
    expect(response.properties.replies.items.properties.kind.enum).toEqual(['greeting', 'answer', 'fallback', 'offline', 'handoff', 'system']);
    expect(response.properties.status.enum).toEqual(['bot', 'human', 'closed']);
    const error = resolve(op.responses['400'].content['application/json'].schema.$ref);
    expect(error.properties.error.properties.issues.items.required).toEqual(['path', 'message']);
  });

  it('documents the seller orders endpoint as a webhook', () => {
    const hook = doc.webhooks.ordersLookup.post;
    expect(resolve(hook.requestBody.content['application/json'].schema.$ref).properties).toHaveProperty('buyerId');
    expect(resolve(hook.responses['200'].content['application/json'].schema.$ref).properties).toHaveProperty('orders');
  });

  it('has no reference that points nowhere', () => {
    const refs = new Set<string>();
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        for (const [k, v] of Object.entries(node)) {
          if (k === '$ref') refs.add(String(v));
          else walk(v);
        }
      }
    };
    walk(doc.paths);
    walk(doc.webhooks);
    walk(doc.components);
    expect(refs.size).toBeGreaterThan(5);
    for (const ref of refs) {
      expect(ref.startsWith('#/components/'), ref).toBe(true);
      expect(resolve(ref), ref).toBeDefined();
    }
  });
});
