/**
 * The HTTP plumbing of the API: bounded body reading, JSON parsing and validation with errors
 * that name the field, and the one error shape every failure is answered with:
 * `{ "error": { "code", "message", "issues"?: [{ "path", "message" }], ... } }`.
 */
import { isUtf8 } from 'node:buffer';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { ServiceError, type FieldIssue, type ServiceErrorCode } from '../errors';
import { unknownFields } from '../../flows/unknown-fields';

/** A failure with its HTTP status, answered as the JSON error body. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: FieldIssue[] = [],
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export interface JsonReply {
  status: number;
  /** The body, already serialised (stored answers are returned byte for byte). */
  json: string;
  headers?: Record<string, string>;
}

export function send(res: ServerResponse, reply: JsonReply): void {
  res.writeHead(reply.status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(reply.json),
    'cache-control': 'no-store',
    ...reply.headers,
  });
  res.end(reply.json);
}

export function errorReply(err: HttpError): JsonReply {
  const body: Record<string, unknown> = { code: err.code, message: err.message };
  if (err.issues.length > 0) body.issues = err.issues;
  Object.assign(body, err.extra);
  return { status: err.status, json: JSON.stringify({ error: body }), headers: err.headers };
}

const SERVICE_STATUS: Record<ServiceErrorCode, [number, string]> = {
  BAD_REQUEST: [400, 'invalid_request'],
  UNAUTHORIZED: [401, 'unauthorized'],
  FORBIDDEN: [403, 'forbidden'],
  NOT_FOUND: [404, 'not_found'],
  CONFLICT: [409, 'conflict'],
  PRECONDITION_FAILED: [422, 'validation_failed'],
  PAYLOAD_TOO_LARGE: [413, 'payload_too_large'],
  TOO_MANY_REQUESTS: [429, 'too_many_requests'],
};

/** Any thrown value as an HttpError; what is not a known failure is a 500 without details. */
export function toHttpError(e: unknown): HttpError {
  if (e instanceof HttpError) return e;
  if (e instanceof ServiceError) {
    const [status, code] = SERVICE_STATUS[e.code];
    const details = e.details ?? {};
    const specific = e.code === 'PRECONDITION_FAILED' && 'failingTests' in details ? 'tests_failed' : code;
    return new HttpError(status, specific, e.message, e.issues, details);
  }
  if (e instanceof z.ZodError) return invalid(issuesOf(e));
  return new HttpError(500, 'internal', 'internal error');
}

/** Zod issues as field issues: dotted paths; each unknown field named on its own. */
export function issuesOf(error: z.ZodError): FieldIssue[] {
  const out: FieldIssue[] = [];
  for (const issue of error.issues) {
    const path = issue.path.map((p) => String(p));
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) out.push({ path: [...path, key].join('.'), message: 'unknown field' });
    } else {
      out.push({ path: path.join('.'), message: issue.message });
    }
  }
  return out;
}

export function invalid(issues: FieldIssue[]): HttpError {
  const first = issues[0];
  const summary = first ? `${first.path || 'body'}: ${first.message}` : 'invalid request';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return new HttpError(400, 'invalid_request', `${summary}${more}`, issues);
}

/** Validates with a schema; a failure is a 400 listing every field and why, unknown fields at any depth included. */
export function validate<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw invalid(issuesOf(parsed.error));
  const unknown = unknownFields(value, parsed.data);
  if (unknown.length > 0) throw invalid(unknown.map((path) => ({ path: path.join('.'), message: 'unknown field' })));
  return parsed.data;
}

/** Beyond the limit a body is still read (and dropped) up to this much more, so the client gets its 413. */
const DRAIN_ALLOWANCE = 1024 * 1024;

function tooLarge(limit: number, close: boolean): HttpError {
  return new HttpError(413, 'payload_too_large', `the body is larger than ${limit} bytes`, [{ path: 'body', message: `at most ${limit} bytes` }], {}, close ? { connection: 'close' } : {});
}

/** The request body, at most `limit` bytes; larger is a 413 (the connection is closed when far larger). */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? NaN);
    if (declared > limit + DRAIN_ALLOWANCE) {
      reject(tooLarge(limit, true));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (err: Error | null, body?: Buffer) => {
      if (done) return;
      done = true;
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('aborted', onAborted);
      if (err) reject(err);
      else resolve(body as Buffer);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else if (size > limit + DRAIN_ALLOWANCE) finish(tooLarge(limit, true));
    };
    const onEnd = () => (size > limit ? finish(tooLarge(limit, false)) : finish(null, chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, size)));
    const onError = (e: Error) => finish(e);
    // The client went away: nothing can be answered, and it is no server error worth a log line.
    const onAborted = () => finish(new HttpError(400, 'invalid_request', 'the client closed the request before sending the whole body', [{ path: 'body', message: 'incomplete' }]));
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('aborted', onAborted);
  });
}

/**
 * The body as JSON. The Content-Type is not enforced (clients differ in what they send); the
 * body must parse as JSON whatever it says.
 */
export async function readJson(req: IncomingMessage, limit: number): Promise<unknown> {
  const body = await readBody(req, limit);
  if (body.length === 0) throw new HttpError(400, 'invalid_request', 'the body is empty: send a JSON object', [{ path: 'body', message: 'required' }]);
  if (!isUtf8(body)) throw new HttpError(400, 'invalid_request', 'the body is not valid UTF-8', [{ path: 'body', message: 'not valid UTF-8' }]);
  try {
    return JSON.parse(body.toString('utf8'));
  } catch (e) {
    throw new HttpError(400, 'invalid_request', `the body is not valid JSON: ${(e as Error).message}`, [{ path: 'body', message: `not valid JSON: ${(e as Error).message}` }]);
  }
}
