/**
 * One process, one port: `/api/v1/*` goes to the lean HTTP API, everything else to Next.js.
 * The database is opened (created, migrated, seeded with the demo if empty) before listening.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApiV1Handler } from './api-v1/handler';
import type { Config } from './config';
import { getDatabase, type Db } from './db';
import { seedDemo } from './demo/seed';

export interface RunningServer {
  server: Server;
  db: Db;
  url: string;
  close(): Promise<void>;
}

export interface StartOptions {
  config: Config;
  /** Serve the Next.js app too (off in API-only tests). */
  next?: { dev: boolean; dir?: string } | false;
}

export async function startServer({ config, next = false }: StartOptions): Promise<RunningServer> {
  const db = getDatabase(config.REPLYFLOW_DB);
  if (config.REPLYFLOW_DEMO) await seedDemo(db);
  const api = createApiV1Handler(db, config);

  let nextHandler: ((req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => Promise<void>) | null = null;
  let nextApp: { close?: () => Promise<void> } | null = null;
  if (next) {
    const { default: createNext } = await import('next');
    const app = createNext({ dev: next.dev, dir: next.dir ?? process.cwd(), hostname: config.HOST, port: config.PORT });
    await app.prepare();
    nextHandler = app.getRequestHandler();
    nextApp = app as unknown as { close?: () => Promise<void> };
  }

  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (url === '/api/v1' || url.startsWith('/api/v1/') || url.startsWith('/api/v1?')) return api(req, res);
    if (nextHandler) {
      nextHandler(req, res).catch(() => {
        if (!res.headersSent) res.writeHead(500);
        res.end();
      });
      return;
    }
    res.writeHead(404, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: { code: 'not_found', message: `no route ${url}` } }));
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.PORT, config.HOST, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST;
  return {
    server,
    db,
    url: `http://${host}:${port}`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await nextApp?.close?.();
      await api.close();
    },
  };
}
