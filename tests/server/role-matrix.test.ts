import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRouter, createCaller } from '../../server/api/root';
import { ROLES, type Role } from '../../server/auth/roles';
import type { Db } from '../../server/db';
import { demoActor, seededDb } from './test-db';

const ALL: Role[] = ['owner', 'admin', 'agent', 'viewer'];
const READERS: Role[] = ['owner', 'admin', 'viewer'];
const MANAGERS: Role[] = ['owner', 'admin'];

/**
 * Who may call what, written out by hand (not derived from server/auth/roles.ts), so a change
 * of permissions must change this table too. `public` procedures need no sign-in.
 */
const MATRIX: Record<string, Role[] | 'public'> = {
  'auth.me': 'public',
  'auth.signIn': 'public',
  'auth.setLocale': 'public',
  'auth.invite': 'public',
  'auth.acceptInvite': 'public',
  'auth.acceptInviteAsAccount': 'public',
  'auth.joinInvite': ALL,
  'auth.signOut': ALL,
  'members.list': READERS,
  'members.invite': MANAGERS,
  'members.revokeInvite': MANAGERS,
  'members.remove': MANAGERS,
  'members.changeRole': MANAGERS,
  'shops.list': ALL,
  'shops.get': ALL,
  'shops.create': MANAGERS,
  'shops.update': MANAGERS,
  'flows.templates': READERS,
  'flows.list': READERS,
  'flows.get': READERS,
  'flows.create': MANAGERS,
  'flows.saveDraft': MANAGERS,
  'flows.validate': READERS,
  'flows.publish': MANAGERS,
  'flows.versions': READERS,
  'flows.version': READERS,
  'flows.rollback': MANAGERS,
  'flows.copyToShop': MANAGERS,
  'apiKeys.list': MANAGERS,
  'apiKeys.create': MANAGERS,
  'apiKeys.revoke': MANAGERS,
  'orders.list': ALL,
  'orders.upsert': MANAGERS,
  'inbox.list': ALL,
  'inbox.get': ALL,
  'preview.step': READERS,
};

type Outcome = 'ok' | string;

/** Calls a procedure by its path with an input that only an allowed caller gets to validate. */
async function call(db: Db, role: Role | null, path: string): Promise<Outcome> {
  const caller = createCaller({ db, actor: role ? demoActor(db, role) : null });
  const [ns, name] = path.split('.') as [string, string];
  const fn = (caller as unknown as Record<string, Record<string, (input?: unknown) => Promise<unknown>>>)[ns]![name]!;
  const procedure = (appRouter._def.procedures as unknown as Record<string, { _def: { inputs: unknown[] } }>)[path]!;
  try {
    // An empty object fails every input schema; reads without input really run.
    await fn(procedure._def.inputs.length > 0 ? {} : undefined);
    return 'ok';
  } catch (e) {
    if (e instanceof TRPCError) return e.code;
    throw e;
  }
}

describe('role matrix: every tRPC procedure × every role', () => {
  let db: Db;
  let cleanup: () => void;
  beforeAll(async () => ({ db, cleanup } = await seededDb()));
  afterAll(() => cleanup());

  it('lists every procedure of the router', () => {
    expect(Object.keys(appRouter._def.procedures).sort()).toEqual(Object.keys(MATRIX).sort());
  });

  for (const [path, allowed] of Object.entries(MATRIX)) {
    for (const role of ROLES) {
      const expected = allowed === 'public' || allowed.includes(role) ? 'allowed' : 'FORBIDDEN';
      it(`${path} as ${role} → ${expected}`, async () => {
        const outcome = await call(db, role, path);
        if (expected === 'FORBIDDEN') expect(outcome).toBe('FORBIDDEN');
        else expect(['ok', 'BAD_REQUEST', 'NOT_FOUND']).toContain(outcome);
      });
    }
    if (allowed !== 'public') {
      it(`${path} signed out → UNAUTHORIZED`, async () => {
        expect(await call(db, null, path)).toBe('UNAUTHORIZED');
      });
    }
  }
});
