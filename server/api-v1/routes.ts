/**
 * The operations of /api/v1: each validates its input, calls one service and answers. The same
 * table serves requests and generates the OpenAPI file.
 */
import { z } from 'zod';
import type { Config } from '../config';
import type { Db } from '../db';
import { ServiceError } from '../errors';
import { ShopIdSchema } from '../schemas/shop';
import type { ReplyService, ServedAnswer } from '../services/reply-service';
import { FlowIdSchema, getFlow, getVersion, publishDraft, putDraft, putTests } from '../services/flows';
import { upsertOrder } from '../services/orders';
import type { Caller } from './auth';
import { HttpError, invalid, readJson, validate, type JsonReply } from './http';
import type { DocumentedRoute } from './openapi';
import type { RouteContext } from './router';
import {
  AgentEventRequestSchema,
  ErrorResponseSchema,
  ExternalIdSchema,
  FeedbackRequestSchema,
  FlowDraftResponseSchema,
  FlowGetQuerySchema,
  FlowGetResponseSchema,
  FlowPutResponseSchema,
  FlowVersionResponseSchema,
  MessageRequestSchema,
  OrderIdSchema,
  OrderPutRequestSchema,
  OrderResponseSchema,
  PublishRequestSchema,
  PublishResponseSchema,
  ReplyResponseSchema,
  TestsPutRequestSchema,
  TestsPutResponseSchema,
  VersionQuerySchema,
} from './schemas';

export interface RouteDeps {
  db: Db;
  config: Config;
  engine: ReplyService;
  /** The OpenAPI document, serialised once. */
  openapi: () => string;
}

const shopParam = { shopId: { schema: ShopIdSchema, description: 'The shop, e.g. us-tiktok.' } };
const err = (description: string) => ({ description, schema: ErrorResponseSchema });
const readErrors = {
  400: err('Invalid input: `issues` names each field and why. Nothing was changed.'),
  401: err('Missing, unknown or revoked API key.'),
  403: err('The key belongs to another shop, or lacks the scope.'),
  404: err('Unknown shop (or conversation, reply, flow).'),
};
const commonErrors = { ...readErrors, 413: err('The body is too large.') };
const flowParams = { ...shopParam, flowId: { schema: FlowIdSchema, description: 'The flow.' } };
const ifMatchHeader = { 'If-Match': { description: 'The draft revision this change is based on, e.g. "3".', schema: { type: 'string' } } };

function caller(ctx: RouteContext): Caller {
  if (!ctx.caller) throw new Error('route without authorization');
  return ctx.caller;
}

function answer(a: ServedAnswer): JsonReply {
  return { status: 200, json: a.json, headers: a.replayed ? { 'idempotent-replayed': 'true' } : undefined };
}

/** "3", W/"3" or 3 → 3. */
function baseRevision(header: string | undefined): number | undefined {
  if (header === undefined) return undefined;
  const m = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(header);
  if (!m) throw new HttpError(400, 'invalid_request', 'If-Match: must be the draft revision, e.g. "3"', [{ path: 'If-Match', message: 'must be a revision number like "3"' }]);
  return Number(m[1]);
}

/**
 * The query string against a strict schema: unknown or repeated parameters are errors (a typo
 * such as `?verison=2` must not quietly answer with the draft).
 */
function queryOf<S extends z.ZodType>(ctx: RouteContext, schema: S): z.output<S> {
  const url = ctx.req.url ?? '';
  const q = url.indexOf('?');
  const values = new Map<string, string>();
  for (const [name, value] of new URLSearchParams(q === -1 ? '' : url.slice(q + 1))) {
    if (values.has(name)) throw invalid([{ path: name, message: 'given more than once' }]);
    values.set(name, value);
  }
  return validate(schema, Object.fromEntries(values));
}

/** The draft's revision conflict as HTTP: 412 naming If-Match, with the current revision. */
function asPreconditionFailed(e: unknown): unknown {
  if (e instanceof ServiceError && e.code === 'CONFLICT') return new HttpError(412, 'precondition_failed', e.message, [{ path: 'If-Match', message: 'not the current revision' }], e.details ?? {});
  return e;
}

/** Service issues about `document.x` concern the body itself here. */
function relativeToBody(e: unknown): unknown {
  if (!(e instanceof ServiceError) || e.code !== 'BAD_REQUEST') return e;
  const issues = e.issues.map((i) => ({ ...i, path: i.path === 'document' ? 'body' : i.path.replace(/^document\./, '') }));
  return new ServiceError(e.code, e.message, issues, e.details);
}

export function apiRoutes({ db, config, engine, openapi }: RouteDeps): DocumentedRoute[] {
  const maxBody = config.REPLYFLOW_MAX_BODY;
  const maxFlowBody = Math.max(config.REPLYFLOW_MAX_FLOW_BODY, maxBody);
  return [
    {
      method: 'GET',
      path: '/api/v1/openapi.json',
      operationId: 'openapi',
      summary: 'This API, described as OpenAPI 3.1',
      auth: 'none',
      responses: { 200: { description: 'The OpenAPI document.' } },
      handle: () => ({ status: 200, json: openapi() }),
    },
    {
      method: 'POST',
      path: '/api/v1/shops/{shopId}/messages',
      operationId: 'postMessage',
      summary: "A buyer's message: the bot's replies, suggestions and handoff",
      description:
        'Idempotent on (shop, messageId): a retry returns the stored answer (header `Idempotent-Replayed: true`) and changes nothing. ' +
        'Messages of one conversation are applied one at a time in arrival order. Order lookups the flow needs are made within the request. ' +
        'A conversation keeps the flow version it started on until its session window closes; then it moves to the live version.',
      auth: 'reply',
      params: shopParam,
      body: { schema: MessageRequestSchema },
      responses: {
        200: { description: 'What to send the buyer.', schema: ReplyResponseSchema },
        ...commonErrors,
        409: err('The message id was used for another message, the conversation belongs to another buyer, or the shop has no live flow.'),
      },
      async handle(ctx) {
        const body = validate(MessageRequestSchema, await readJson(ctx.req, maxBody));
        return answer(
          await engine.message(caller(ctx).shop.id, {
            conversationId: body.conversationId,
            messageId: body.messageId,
            text: body.text,
            payload: body.button?.payload,
            sentAt: body.sentAt,
            buyer: body.buyer,
            agents: body.agents,
          }),
        );
      },
    },
    {
      method: 'POST',
      path: '/api/v1/shops/{shopId}/feedback',
      operationId: 'postFeedback',
      summary: "A buyer's rating of a bot reply (unresolved may hand over)",
      auth: 'reply',
      params: shopParam,
      body: { schema: FeedbackRequestSchema },
      responses: { 200: { description: 'The same shape as a message answer.', schema: ReplyResponseSchema }, ...commonErrors, 409: err('The message id was used for something else, or the reply was only suggested to an agent (the buyer never saw it).') },
      async handle(ctx) {
        const body = validate(FeedbackRequestSchema, await readJson(ctx.req, maxBody));
        return answer(await engine.feedback(caller(ctx).shop.id, body));
      },
    },
    {
      method: 'POST',
      path: '/api/v1/shops/{shopId}/conversations/{conversationId}/agent-events',
      operationId: 'postAgentEvent',
      summary: 'An agent wrote to the buyer, handed the conversation back to the bot, or closed it',
      description:
        '`agent_message`: the agent takes over if the bot still had the conversation, and the text is stored in the transcript. ' +
        '`release`: the bot answers again. `close`: the next buyer message starts a new session.',
      auth: 'reply',
      params: { ...shopParam, conversationId: { schema: ExternalIdSchema, description: 'The conversation.' } },
      body: { schema: AgentEventRequestSchema },
      responses: { 200: { description: 'The same shape as a message answer.', schema: ReplyResponseSchema }, ...commonErrors, 409: err('The message id was used for something else.') },
      async handle(ctx) {
        const body = validate(AgentEventRequestSchema, await readJson(ctx.req, maxBody));
        return answer(await engine.agentEvent(caller(ctx).shop.id, { ...body, conversationId: ctx.params.conversationId as string }));
      },
    },
    {
      method: 'PUT',
      path: '/api/v1/shops/{shopId}/orders/{orderId}',
      operationId: 'putOrder',
      summary: 'Creates or replaces an order the bot can answer about',
      description: "The body is an Order; its `id` may be left out, and if given must be the path's.",
      auth: 'reply',
      params: { ...shopParam, orderId: { schema: OrderIdSchema, description: 'The order number.' } },
      body: { schema: OrderPutRequestSchema },
      responses: { 200: { description: 'The stored order.', schema: OrderResponseSchema }, ...commonErrors },
      async handle(ctx) {
        const body = validate(OrderPutRequestSchema, await readJson(ctx.req, maxBody));
        const id = ctx.params.orderId as string;
        if (body.id !== undefined && body.id !== id) throw new HttpError(400, 'invalid_request', `id: "${body.id}" is not the order id of the path ("${id}")`, [{ path: 'id', message: `must be "${id}" (the path's order id) or left out` }]);
        const order = upsertOrder(db, caller(ctx).shop.id, { ...body, id });
        return { status: 200, json: JSON.stringify({ order }) };
      },
    },
    {
      method: 'PUT',
      path: '/api/v1/shops/{shopId}/flows/{flowId}',
      operationId: 'putFlowDraft',
      summary: "Replaces a flow's draft (creates the flow if missing): flows kept in git are pushed this way",
      description:
        'The body is the flow document; its `id` must be the path\'s flowId. Optional `If-Match: "<revision>"` refuses the push (412) when the draft was saved since that revision; ' +
        'without it the push wins. The answer lists the validation problems (errors block publishing, not saving). Admin-scope key.',
      auth: 'admin',
      params: flowParams,
      headers: ifMatchHeader,
      body: { jsonSchemaRef: 'FlowDocument', description: 'The flow document (flows/document.ts).' },
      responses: {
        200: { description: 'The draft was replaced.', schema: FlowPutResponseSchema },
        201: { description: 'The flow was created.', schema: FlowPutResponseSchema },
        ...commonErrors,
        412: err('If-Match names a revision that is no longer current.'),
      },
      async handle(ctx) {
        const c = caller(ctx);
        const flowId = ctx.params.flowId as string;
        const revision = baseRevision(headerOf(ctx, 'if-match'));
        const document = await readJson(ctx.req, maxFlowBody);
        let saved;
        try {
          saved = putDraft(db, c.shop.workspaceId, null, c.shop.id, flowId, { document, ...(revision !== undefined ? { baseRevision: revision } : {}) });
        } catch (e) {
          throw relativeToBody(asPreconditionFailed(e));
        }
        const body = { flowId, ...saved };
        return { status: saved.created ? 201 : 200, json: JSON.stringify(body), headers: { etag: `"${saved.revision}"` } };
      },
    },
    {
      method: 'GET',
      path: '/api/v1/shops/{shopId}/flows/{flowId}',
      operationId: 'getFlow',
      summary: "A flow's draft, or a published version, with its conversation tests: flows kept in git are pulled this way",
      description:
        'Without `version`: the draft and its revision (also the ETag; give it as If-Match when pushing back). ' +
        'With `?version=N`: published version N, with the tests it was published with. Other query parameters are errors. Admin-scope key.',
      auth: 'admin',
      params: flowParams,
      query: { version: { schema: VersionQuerySchema, description: 'A published version number; left out: the draft.' } },
      responses: {
        200: { description: 'The draft (`revision`) or the version (`version`).', schema: FlowGetResponseSchema },
        ...readErrors,
        404: err('Unknown shop, flow, or version of the flow.'),
      },
      handle(ctx) {
        const c = caller(ctx);
        const flowId = ctx.params.flowId as string;
        const { version } = queryOf(ctx, FlowGetQuerySchema);
        if (version !== undefined) {
          const v = getVersion(db, c.shop.workspaceId, c.shop.id, flowId, version);
          const body: z.infer<typeof FlowVersionResponseSchema> = { flowId, version: v.version, document: v.document, tests: v.tests };
          return { status: 200, json: JSON.stringify(body) };
        }
        const draft = getFlow(db, c.shop.workspaceId, c.shop.id, flowId);
        const body: z.infer<typeof FlowDraftResponseSchema> = { flowId, revision: draft.revision, document: draft.document, tests: draft.tests };
        return { status: 200, json: JSON.stringify(body), headers: { etag: `"${draft.revision}"` } };
      },
    },
    {
      method: 'PUT',
      path: '/api/v1/shops/{shopId}/flows/{flowId}/tests',
      operationId: 'putFlowTests',
      summary: "Replaces the conversation tests of a flow's draft (publishing runs them)",
      description:
        'The body is a conversation test file as `npm run flow -- test` reads it (`{ "flow"?, "tests": [...] }`); `flow` is not stored. The draft\'s document is kept. ' +
        'Like any change of the draft, this raises its revision: a designer open on the older revision is told on its next save instead of overwriting these tests. ' +
        'Optional `If-Match: "<revision>"` refuses the change (412) when the draft was saved since. Admin-scope key.',
      auth: 'admin',
      params: flowParams,
      headers: ifMatchHeader,
      body: { schema: TestsPutRequestSchema },
      responses: {
        200: { description: "The draft's tests were replaced.", schema: TestsPutResponseSchema },
        ...commonErrors,
        404: err('Unknown shop or flow (push the flow first).'),
        412: err('If-Match names a revision that is no longer current.'),
      },
      async handle(ctx) {
        const c = caller(ctx);
        const flowId = ctx.params.flowId as string;
        const revision = baseRevision(headerOf(ctx, 'if-match'));
        const body = validate(TestsPutRequestSchema, await readJson(ctx.req, maxFlowBody));
        let saved;
        try {
          saved = putTests(db, c.shop.workspaceId, null, c.shop.id, flowId, { tests: body.tests, ...(revision !== undefined ? { baseRevision: revision } : {}) });
        } catch (e) {
          throw asPreconditionFailed(e);
        }
        const answer: z.infer<typeof TestsPutResponseSchema> = { flowId, revision: saved.revision, tests: saved.tests };
        return { status: 200, json: JSON.stringify(answer), headers: { etag: `"${saved.revision}"` } };
      },
    },
    {
      method: 'POST',
      path: '/api/v1/shops/{shopId}/flows/{flowId}/publish',
      operationId: 'publishFlow',
      summary: 'Publishes the draft as the next version and makes it live',
      description: 'Refused (422) while validation finds errors (`problems`) or conversation tests fail (`failingTests`, unless `overrideReason` is given). Admin-scope key.',
      auth: 'admin',
      params: flowParams,
      body: { schema: PublishRequestSchema },
      responses: {
        200: { description: 'The new live version.', schema: PublishResponseSchema },
        ...commonErrors,
        422: err('Validation errors (`problems`) or failing conversation tests (`failingTests`).'),
      },
      async handle(ctx) {
        const c = caller(ctx);
        const body = validate(PublishRequestSchema, await readJson(ctx.req, maxBody));
        const flowId = ctx.params.flowId as string;
        const { version } = publishDraft(db, c.shop.workspaceId, null, c.shop.id, flowId, body);
        return { status: 200, json: JSON.stringify({ flowId, version } satisfies z.infer<typeof PublishResponseSchema>) };
      },
    },
  ];
}

function headerOf(ctx: RouteContext, name: string): string | undefined {
  const v = ctx.req.headers[name];
  return Array.isArray(v) ? v.join(',') : v;
}
