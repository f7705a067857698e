/**
 * tRPC setup: the request context (database, the signed-in member, cookie writer), error
 * formatting (field issues travel to forms), and procedures guarded by a permission.
 */
import { initTRPC, TRPCError } from '@trpc/server';
import superjson from 'superjson';
import { ZodError } from 'zod';
import { can, type Permission } from '../auth/roles';
import type { Db } from '../db';
import { ServiceError, type FieldIssue } from '../errors';
import type { Actor } from '../services/accounts';

export interface Context {
  db: Db;
  actor: Actor | null;
  /** Sets or clears the session cookie (only over HTTP; absent in server-side callers). */
  session?: { set(token: string, expiresAt: string): void; clear(): void };
  /** Remembers the UI language in a cookie (for pages before signing in). */
  rememberLocale?: (locale: 'en' | 'zh') => void;
  sessionToken?: string;
}

const TRPC_CODES = {
  BAD_REQUEST: 'BAD_REQUEST',
  UNAUTHORIZED: 'UNAUTHORIZED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  PRECONDITION_FAILED: 'PRECONDITION_FAILED',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
} as const;

function zodIssues(error: ZodError): FieldIssue[] {
  return error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

const t = initTRPC
  .context<Context>()
  .meta<{ permission?: Permission }>()
  .create({
    transformer: superjson,
    errorFormatter({ shape, error }) {
      const cause = error.cause;
      const issues = cause instanceof ZodError ? zodIssues(cause) : cause instanceof ServiceError ? cause.issues : [];
      const details = cause instanceof ServiceError ? cause.details ?? null : null;
      return { ...shape, data: { ...shape.data, issues, details } };
    },
  });

/** Service errors become tRPC errors with the same meaning; the original stays as `cause`. */
const serviceErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof ServiceError) {
    const cause = result.error.cause;
    throw new TRPCError({ code: TRPC_CODES[cause.code], message: cause.message, cause });
  }
  return result;
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure.use(serviceErrors);

/** Signed in, any role. */
export const memberProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.actor) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'sign in first' });
  return next({ ctx: { ...ctx, actor: ctx.actor } });
});

/** Signed in with a role that holds `permission` (checked before the input is even parsed). */
export function allowed(permission: Permission) {
  return memberProcedure.meta({ permission }).use(({ ctx, next }) => {
    if (!can(ctx.actor.role, permission)) {
      throw new TRPCError({ code: 'FORBIDDEN', message: `your role (${ctx.actor.role}) may not do this (${permission})` });
    }
    return next();
  });
}
