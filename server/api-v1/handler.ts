/**
 * The production HTTP API under /api/v1 on bare node:http (no framework on the hot path): the
 * chat channel's messages, ratings and agent events, orders, and flow pushes from git.
 * Described by GET /api/v1/openapi.json.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Config } from '../config';
import type { Db } from '../db';
import { replyService } from '../services/reply-service';
import { createAuthorize } from './auth';
import { BACKSTOP_PAGES, startCheckpointer } from './checkpointer';
import { openApiDocument } from './openapi';
import { createRouter } from './router';
import { apiRoutes } from './routes';

export type ApiV1Handler = ((req: IncomingMessage, res: ServerResponse) => void) & {
  /** Stops what the API runs beside requests (the reply engine's thread, once it has answered, and the checkpoint worker). */
  close(): Promise<void>;
};

export function createApiV1Handler(db: Db, config: Config): ApiV1Handler {
  // Buyer conversations run and are stored in the reply engine's thread: the event loop parses, checks keys and answers.
  const engine = replyService(db, { ordersTimeoutMs: config.REPLYFLOW_ORDERS_TIMEOUT_MS, walAutocheckpoint: BACKSTOP_PAGES, threads: config.REPLYFLOW_ENGINE_THREADS });
  let openapi: string | null = null;
  const routes = apiRoutes({ db, config, engine, openapi: () => (openapi ??= JSON.stringify(openApiDocument(routes))) });
  const checkpointer = startCheckpointer(db);
  return Object.assign(createRouter(routes, createAuthorize(db)), {
    close: async () => {
      await engine.close();
      await checkpointer?.stop();
    },
  });
}
