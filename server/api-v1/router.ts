/**
 * A small router over a route table: path templates like `/api/v1/shops/{shopId}/messages`,
 * 404 for an unknown path, 405 (with `Allow`) for a known path and another method, the API key
 * check each route declares, and every failure answered with the JSON error shape.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';
import type { ApiKeyScope } from '../services/api-keys';
import type { Authorize, Caller } from './auth';
import { HttpError, errorReply, send, toHttpError, type JsonReply } from './http';

export type Method = 'GET' | 'POST' | 'PUT';

export interface RouteContext {
  req: IncomingMessage;
  /** Decoded path parameters. */
  params: Record<string, string>;
  /** The key's holder (routes without auth get null). */
  caller: Caller | null;
}

/** One operation of the API: how it is served and how the OpenAPI file describes it. */
export interface Route {
  method: Method;
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  auth: 'none' | ApiKeyScope;
  params?: Record<string, { schema: z.ZodType; description: string }>;
  headers?: Record<string, { description: string; schema: Record<string, unknown> }>;
  /** The request body: a zod schema, or a JSON schema already made (the flow document). */
  body?: { schema: z.ZodType } | { jsonSchemaRef: string; description: string };
  responses: Record<number, { description: string; schema?: z.ZodType }>;
  handle(ctx: RouteContext): Promise<JsonReply> | JsonReply;
}

interface CompiledPath {
  segments: Array<{ literal: string } | { param: string }>;
  byMethod: Map<string, Route>;
}

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => void;

export function createRouter(routes: readonly Route[], authorize: Authorize): RequestHandler {
  const paths: CompiledPath[] = [];
  for (const route of routes) {
    let compiled = paths.find((p) => samePath(p, route.path));
    if (!compiled) {
      compiled = { segments: split(route.path).map((s) => (s.startsWith('{') && s.endsWith('}') ? { param: s.slice(1, -1) } : { literal: s })), byMethod: new Map() };
      paths.push(compiled);
    }
    compiled.byMethod.set(route.method, route);
    if (route.method === 'GET') compiled.byMethod.set('HEAD', route);
  }

  async function dispatch(req: IncomingMessage): Promise<JsonReply> {
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const parts = split(q === -1 ? url : url.slice(0, q));
    let raw: Record<string, string> | null = null;
    let compiled: CompiledPath | undefined;
    for (const p of paths) {
      raw = match(p, parts);
      if (raw) {
        compiled = p;
        break;
      }
    }
    if (!compiled || !raw) throw new HttpError(404, 'not_found', `no route ${req.method ?? ''} ${q === -1 ? url : url.slice(0, q)}`);
    const route = compiled.byMethod.get(req.method ?? '');
    if (!route) {
      const allow = [...compiled.byMethod.keys()].join(', ');
      throw new HttpError(405, 'method_not_allowed', `${req.method ?? ''} is not allowed here; use ${allow}`, [], {}, { allow });
    }
    const params: Record<string, string> = {};
    for (const [name, value] of Object.entries(raw)) {
      try {
        params[name] = decodeURIComponent(value);
      } catch {
        throw new HttpError(400, 'invalid_request', `${name}: not valid percent-encoding`, [{ path: name, message: 'not valid percent-encoding' }]);
      }
    }
    const caller = route.auth === 'none' ? null : authorize(req, params.shopId ?? '', route.auth);
    for (const [name, spec] of Object.entries(route.params ?? {})) {
      const parsed = spec.schema.safeParse(params[name]);
      if (!parsed.success) {
        const message = parsed.error.issues[0]?.message ?? 'invalid';
        throw new HttpError(400, 'invalid_request', `${name}: ${message}`, [{ path: name, message }]);
      }
    }
    return route.handle({ req, params, caller });
  }

  return (req, res) => {
    dispatch(req).then(
      (reply) => send(res, reply),
      (e: unknown) => {
        const err = toHttpError(e);
        if (err.status >= 500) console.error('api/v1:', req.method, req.url, e);
        const reply = errorReply(err);
        // A body we did not read may be large: close rather than read it to the end.
        if (!req.complete && !reply.headers?.connection) reply.headers = { ...reply.headers, connection: 'close' };
        if (res.headersSent) res.destroy();
        else send(res, reply);
      },
    );
  };
}

function split(path: string): string[] {
  return path.split('/').filter((s, i) => i > 0 || s !== '');
}

function samePath(p: CompiledPath, path: string): boolean {
  const other = split(path);
  return other.length === p.segments.length && p.segments.every((s, i) => ('literal' in s ? s.literal === other[i] : other[i] === `{${s.param}}`));
}

function match(p: CompiledPath, parts: string[]): Record<string, string> | null {
  if (parts.length !== p.segments.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < parts.length; i++) {
    const seg = p.segments[i];
    const part = parts[i] as string;
    if (!seg) return null;
    if ('literal' in seg) {
      if (seg.literal !== part) return null;
    } else {
      if (part === '') return null;
      params[seg.param] = part;
    }
  }
  return params;
}
