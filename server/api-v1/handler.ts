/**
 * The production HTTP API under /api/v1 on bare node:http (no framework on the hot path): the
 * chat channel's messages, ratings and agent events, orders, and flow pushes from git.
 * Described by GET /api/v1/openapi.json.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Config } from '../config';
import type { Db } from '../db';
import { ReplyEngine } from '../services/conversations';
import { createOrderSource } from '../services/order-source';
import { createAuthorize } from './auth';
import { startCheckpointer } from './checkpointer';
import { openApiDocument } from './openapi';
import { createRouter } from './router';
import { apiRoutes } from './routes';

export type ApiV1Handler = ((req: IncomingMessage, res: ServerResponse) => void) & {
  /** Stops what the API runs beside requests (the checkpoint worker). */
  close(): Promise<void>;
};

export function createApiV1Handler(db: Db, config: Config): ApiV1Handler {
  const engine = new ReplyEngine(db, { orders: createOrderSource(db, { timeoutMs: config.REPLYFLOW_ORDERS_TIMEOUT_MS }) });
  let openapi: string | null = null;
  const routes = apiRoutes({ db, config, engine, openapi: () => (openapi ??= JSON.stringify(openApiDocument(routes))) });
  const checkpointer = startCheckpointer(db);
  return Object.assign(createRouter(routes, createAuthorize(db)), { close: async () => checkpointer?.stop() });
}
