/** The production HTTP API under /api/v1 on bare node:http (no framework on the hot path). */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Config } from '../config';
import type { Db } from '../db';

export type ApiV1Handler = (req: IncomingMessage, res: ServerResponse) => void;

export function createApiV1Handler(_db: Db, _config: Config): ApiV1Handler {
  return (_req, res) => {
    res.writeHead(501, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: { code: 'not_implemented', message: 'not implemented yet' } }));
  };
}
