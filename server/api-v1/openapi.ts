/**
 * The OpenAPI 3.1 document of /api/v1, generated from the route table and its zod schemas
 * (`z.toJSONSchema`), so the file cannot drift from what the server validates.
 */
import { z } from 'zod';
import { FlowDocumentSchema } from '../../flows/document';
import { flowDocumentJsonSchema } from '../../flows/json-schema';
import { OrderSchema } from '../../flows/order';
import { OrdersEndpointRequestSchema, OrdersEndpointResponseSchema } from '../services/order-source';
import type { Route } from './router';
import * as schemas from './schemas';

type Json = Record<string, unknown>;

/** A route as this file describes it: also the query parameters its handler reads and checks. */
export type DocumentedRoute = Route & { query?: Record<string, { schema: z.ZodType; description: string }> };

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): Json {
  const out = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
    // A flow document inside a body is the FlowDocument component, not a second copy of it.
    override: (ctx) => {
      if (ctx.zodSchema !== FlowDocumentSchema) return;
      const node = ctx.jsonSchema as Json;
      for (const key of Object.keys(node)) delete node[key];
      node.$ref = '#/components/schemas/FlowDocument';
    },
  }) as Json;
  delete out.$schema;
  return out;
}

export function openApiDocument(routes: readonly DocumentedRoute[]): Json {
  const components: Record<string, Json> = {};
  const named = new Map<z.ZodType, string>();
  // Schemas exported as `FooSchema` are named `Foo` wherever they appear.
  const known = new Map<unknown, string>(Object.entries(schemas).flatMap(([k, v]) => (k.endsWith('Schema') ? [[v, k.slice(0, -'Schema'.length)] as const] : [])));
  /** Each distinct schema once under components, referenced by name. */
  const ref = (schema: z.ZodType, io: 'input' | 'output', hint: string): Json => {
    let name = named.get(schema);
    if (!name) {
      name = known.get(schema) ?? hint;
      for (let i = 2; name in components; i++) name = `${hint}${i}`;
      named.set(schema, name);
      components[name] = jsonSchema(schema, io);
    }
    return { $ref: `#/components/schemas/${name}` };
  };
  components.FlowDocument = flowDocumentJsonSchema();
  delete components.FlowDocument.$schema;
  components.Order = jsonSchema(OrderSchema, 'output');
  named.set(OrderSchema, 'Order');

  const paths: Record<string, Record<string, Json>> = {};
  for (const route of routes) {
    const base = pascal(route.operationId);
    const parameters: Json[] = [];
    for (const [name, p] of Object.entries(route.params ?? {})) {
      parameters.push({ name, in: 'path', required: true, description: p.description, schema: jsonSchema(p.schema, 'input') });
    }
    for (const [name, p] of Object.entries(route.query ?? {})) {
      parameters.push({ name, in: 'query', required: false, description: p.description, schema: jsonSchema(p.schema, 'input') });
    }
    for (const [name, h] of Object.entries(route.headers ?? {})) parameters.push({ name, in: 'header', required: false, description: h.description, schema: h.schema });
    const operation: Json = {
      operationId: route.operationId,
      summary: route.summary,
      ...(route.description ? { description: route.description } : {}),
      ...(parameters.length > 0 ? { parameters } : {}),
      security: route.auth === 'none' ? [] : [{ [route.auth === 'admin' ? 'adminKey' : 'shopKey']: [] }],
      responses: Object.fromEntries(
        Object.entries(route.responses).map(([status, r]) => [
          status,
          { description: r.description, ...(r.schema ? { content: { 'application/json': { schema: ref(r.schema, 'output', status.startsWith('2') ? `${base}Response` : 'Error') } } } : {}) },
        ]),
      ),
    };
    if (route.body) {
      const schema = 'schema' in route.body ? ref(route.body.schema, 'input', `${base}Request`) : { $ref: `#/components/schemas/${route.body.jsonSchemaRef}` };
      operation.requestBody = { required: true, ...('description' in route.body ? { description: route.body.description } : {}), content: { 'application/json': { schema } } };
    }
    (paths[route.path] ??= {})[route.method.toLowerCase()] = operation;
  }

  components.OrdersEndpointRequest = jsonSchema(OrdersEndpointRequestSchema, 'output');
  components.OrdersEndpointResponse = jsonSchema(OrdersEndpointResponseSchema, 'input');

  return {
    openapi: '3.1.0',
    info: {
      title: 'Replyflow reply API',
      version: '1',
      description:
        'The production HTTP API of a Replyflow shop: buyer messages in, bot replies out; ratings, agent events, orders, and flows kept in git (pushed and pulled with their conversation tests). ' +
        'Authenticate with the shop API key: `Authorization: Bearer <key>`. Errors are `{ "error": { "code", "message", "issues"?: [{ "path", "message" }] } }`; ' +
        'a request that fails changes nothing.\n\n' +
        'Checks, in order: unknown path 404; other method 405 (with Allow); missing, unknown or revoked key 401; unknown shop 404; ' +
        'a key of another shop, or a reply-scope key on an admin route, 403; body over REPLYFLOW_MAX_BODY (64 KiB by default; flow documents and conversation tests REPLYFLOW_MAX_FLOW_BODY, 4 MiB) 413; ' +
        'body that is not JSON, or fails the schema, 400. Bodies are read as JSON whatever their Content-Type. Unknown fields are errors. ' +
        'Optional fields are left out rather than sent as null.',
    },
    paths,
    webhooks: {
      ordersLookup: {
        post: {
          summary: "Order lookup sent to a shop's ordersEndpoint",
          description:
            'When a shop has an orders endpoint, order questions are answered from it: Replyflow POSTs the buyer (and any order number they wrote) and expects the buyer\'s orders. ' +
            'A non-2xx status, another body, an error or no answer within REPLYFLOW_ORDERS_TIMEOUT_MS (default 3000 ms) is treated as "order data unavailable".',
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/OrdersEndpointRequest' } } } },
          responses: { 200: { description: "The buyer's orders.", content: { 'application/json': { schema: { $ref: '#/components/schemas/OrdersEndpointResponse' } } } } },
        },
      },
    },
    components: {
      schemas: components,
      securitySchemes: {
        shopKey: { type: 'http', scheme: 'bearer', description: 'A shop API key (reply or admin scope).' },
        adminKey: { type: 'http', scheme: 'bearer', description: 'A shop API key of the admin scope.' },
      },
    },
  };
}

function pascal(id: string): string {
  return id.charAt(0).toUpperCase() + id.slice(1);
}
