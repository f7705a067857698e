/**
 * Invitation links for people who have an account already (a removed member coming back), links
 * accepted in parallel, and what a removed member sees when signing in. A real SQLite file.
 */
import { TRPCError } from '@trpc/server';
import { and, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { invites, memberships, sessions, users } from '../../drizzle/schema';
import { createCaller } from '../../server/api/root';
import type { Context } from '../../server/api/trpc';
import { DEMO_WORKSPACE_ID } from '../../server/demo/seed';
import type { Db } from '../../server/db';
import { actorFromSession, signIn } from '../../server/services/accounts';
import { demoActor, seededDb } from './test-db';

let db: Db;
let cleanup: () => void;
beforeEach(async () => ({ db, cleanup } = await seededDb()));
afterEach(() => cleanup());

/** A caller as a browser without a session, remembering the cookie a mutation sets. */
function browser(actor: Context['actor'] = null) {
  const jar = { cookie: '' };
  const caller = createCaller({ db, actor, session: { set: (t) => (jar.cookie = t), clear: () => (jar.cookie = '') } });
  return { caller, jar };
}

const owner = () => createCaller({ db, actor: demoActor(db, 'owner') });

/** The demo agent, removed by the owner: an account without a workspace. */
async function removedAgent() {
  const agent = demoActor(db, 'agent');
  await owner().members.remove({ userId: agent.userId });
  return agent;
}

function membership(userId: string) {
  return db.select().from(memberships).where(and(eq(memberships.workspaceId, DEMO_WORKSPACE_ID), eq(memberships.userId, userId))).get();
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'OK';
  } catch (e) {
    if (e instanceof TRPCError) return `${e.code}: ${e.message}`;
    throw e;
  }
}

describe('an invitation for an email that has an account', () => {
  it('a removed member is invited again and accepts with their password: a member again, with the new role', async () => {
    const agent = await removedAgent();
    const invite = await owner().members.invite({ email: agent.email, role: 'viewer' });
    const { caller, jar } = browser();
    expect(await caller.auth.invite({ token: invite.token })).toMatchObject({ email: agent.email, role: 'viewer', hasAccount: true });

    // A new account for that email is not what the link offers.
    await expect(caller.auth.acceptInvite({ token: invite.token, name: 'Someone', password: 'a-long-password' })).rejects.toMatchObject({ code: 'CONFLICT' });

    await caller.auth.acceptInviteAsAccount({ token: invite.token, password: 'replyflow-demo' });
    expect(actorFromSession(db, jar.cookie)).toMatchObject({ userId: agent.userId, email: agent.email, role: 'viewer', workspaceId: DEMO_WORKSPACE_ID });
    // Still the same account, with its name and password.
    expect(db.select().from(users).where(eq(users.email, agent.email)).all()).toHaveLength(1);
    await signIn(db, { email: agent.email, password: 'replyflow-demo' });

    // One-time: the link is spent and no longer listed as pending.
    await expect(caller.auth.acceptInviteAsAccount({ token: invite.token, password: 'replyflow-demo' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await caller.auth.invite({ token: invite.token })).toBeNull();
    const listed = await owner().members.list();
    expect(listed.pending.map((p) => p.email)).not.toContain(agent.email);
    expect(listed.members.find((m) => m.email === agent.email)).toMatchObject({ role: 'viewer' });
  });

  it('a wrong password is refused and changes nothing', async () => {
    const agent = await removedAgent();
    const invite = await owner().members.invite({ email: agent.email, role: 'admin' });
    const { caller, jar } = browser();
    await expect(caller.auth.acceptInviteAsAccount({ token: invite.token, password: 'not-the-password' })).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    expect(jar.cookie).toBe('');
    expect(membership(agent.userId)).toBeUndefined();
    expect(db.select().from(sessions).where(eq(sessions.userId, agent.userId)).all()).toEqual([]);
    const row = db.select().from(invites).where(eq(invites.id, invite.id)).get()!;
    expect(row).toMatchObject({ acceptedAt: null, revokedAt: null });
    expect(await caller.auth.invite({ token: invite.token })).toMatchObject({ hasAccount: true });
  });

  it('a signed-in account joins with one call, only with a link for its own email', async () => {
    // A member of another workspace is the one who can be signed in and invited.
    const { createWorkspaceWithOwner } = await import('../../server/services/workspaces');
    const other = await createWorkspaceWithOwner(db, { email: 'boss@example.com', name: 'Boss', workspace: 'ACME', password: 'boss-password' });
    const bossToken = (await signIn(db, { email: 'boss@example.com', password: 'boss-password' })).token;
    const boss = actorFromSession(db, bossToken)!;
    expect(boss.workspaceId).toBe(other.workspaceId);

    const forSomeoneElse = await owner().members.invite({ email: 'someone.else@example.com', role: 'agent' });
    await expect(createCaller({ db, actor: boss }).auth.joinInvite({ token: forSomeoneElse.token })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(createCaller({ db, actor: null }).auth.joinInvite({ token: forSomeoneElse.token })).rejects.toMatchObject({ code: 'UNAUTHORIZED' });

    const invite = await owner().members.invite({ email: 'boss@example.com', role: 'agent' });
    await createCaller({ db, actor: boss }).auth.joinInvite({ token: invite.token });
    expect(membership(other.userId)).toMatchObject({ role: 'agent' });
    await expect(createCaller({ db, actor: boss }).auth.joinInvite({ token: invite.token })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('a new link for an email supersedes its pending one; accepting leaves no pending link behind', async () => {
    const agent = await removedAgent();
    const first = await owner().members.invite({ email: agent.email, role: 'agent' });
    const second = await owner().members.invite({ email: agent.email, role: 'viewer' });
    expect((await owner().members.list()).pending.filter((p) => p.email === agent.email)).toEqual([expect.objectContaining({ id: second.id, role: 'viewer' })]);
    const { caller } = browser();
    expect(await caller.auth.invite({ token: first.token })).toBeNull();
    await expect(caller.auth.acceptInviteAsAccount({ token: first.token, password: 'replyflow-demo' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await caller.auth.acceptInviteAsAccount({ token: second.token, password: 'replyflow-demo' });
    expect(membership(agent.userId)).toMatchObject({ role: 'viewer' });
    expect((await owner().members.list()).pending.filter((p) => p.email === agent.email)).toEqual([]);
  });
});

describe('one link accepted in parallel', () => {
  it('five acceptances of a new-account link: exactly one OK, the rest a clean "already used"', async () => {
    const invite = await owner().members.invite({ email: 'racer@example.com', role: 'agent' });
    const outcomes = await Promise.all(Array.from({ length: 5 }, (_, i) => codeOf(browser().caller.auth.acceptInvite({ token: invite.token, name: `Racer ${i}`, password: 'a-long-password' }))));
    expect(outcomes.filter((o) => o === 'OK')).toHaveLength(1);
    for (const o of outcomes.filter((o) => o !== 'OK')) expect(o).toMatch(/^(CONFLICT|NOT_FOUND): this invitation (was already used|link is not valid any more)$/);
    expect(db.select().from(users).where(eq(users.email, 'racer@example.com')).all()).toHaveLength(1);
  });

  it('five acceptances with an existing account: exactly one OK, the rest a clean "already used"', async () => {
    const agent = await removedAgent();
    const invite = await owner().members.invite({ email: agent.email, role: 'agent' });
    const outcomes = await Promise.all(Array.from({ length: 5 }, () => codeOf(browser().caller.auth.acceptInviteAsAccount({ token: invite.token, password: 'replyflow-demo' }))));
    expect(outcomes.filter((o) => o === 'OK')).toHaveLength(1);
    for (const o of outcomes.filter((o) => o !== 'OK')) expect(o).toMatch(/^(CONFLICT|NOT_FOUND): this invitation (was already used|link is not valid any more)$/);
    expect(membership(agent.userId)).toMatchObject({ role: 'agent' });
  });
});

describe('a removed member signing in', () => {
  it('gets a clear FORBIDDEN and no session, instead of a session that leads nowhere', async () => {
    const agent = await removedAgent();
    const { caller, jar } = browser();
    const error = await caller.auth.signIn({ email: agent.email, password: 'replyflow-demo' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect(error).toMatchObject({ code: 'FORBIDDEN', message: 'this account is not a member of any workspace any more; ask an owner for a new invitation' });
    expect(jar.cookie).toBe('');
    expect(db.select().from(sessions).where(eq(sessions.userId, agent.userId)).all()).toEqual([]);
    // A wrong password still gets the usual answer: the message needs the right password.
    await expect(caller.auth.signIn({ email: agent.email, password: 'not-the-password' })).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });
});
