/**
 * The production HTTP API under /api/v1 on bare node:http (no framework on the hot path): the
 * chat channel's messages, ratings and agent events, orders, and flow pushes from git.
 * Described by GET /api/v1/openapi.json.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Config } from '../config';
import type { Db } from '../db';
import { conversationWriter } from '../services/conversation-writer';
import { ReplyEngine } from '../services/conversations';
import { createOrderSource } from '../services/order-source';
import { createAuthorize } from './auth';
import { BACKSTOP_PAGES, startCheckpointer } from './checkpointer';
import { openApiDocument } from './openapi';
import { createRouter } from './router';
import { apiRoutes } from './routes';

export type ApiV1Handler = ((req: IncomingMessage, res: ServerResponse) => void) & {
  /** Stops what the API runs beside requests (the writer thread, once its rows are written, and the checkpoint worker). */
  close(): Promise<void>;
};

export function createApiV1Handler(db: Db, config: Config): ApiV1Handler {
  // The rows of buyer conversations are written by a writer thread: the event loop only answers.
  const writer = conversationWriter(db.$client, BACKSTOP_PAGES);
  const engine = new ReplyEngine(db, { orders: createOrderSource(db, { timeoutMs: config.REPLYFLOW_ORDERS_TIMEOUT_MS }), writer });
  let openapi: string | null = null;
  const routes = apiRoutes({ db, config, engine, openapi: () => (openapi ??= JSON.stringify(openApiDocument(routes))) });
  const checkpointer = startCheckpointer(db);
  return Object.assign(createRouter(routes, createAuthorize(db)), {
    close: async () => {
      await writer.close();
      await checkpointer?.stop();
    },
  });
}
