import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { users } from '../../drizzle/schema';
import { createCaller } from '../../server/api/root';
import type { Db } from '../../server/db';
import { actorFromSession, signIn } from '../../server/services/accounts';
import { demoActor, seededDb } from './test-db';

let db: Db;
let cleanup: () => void;
beforeEach(async () => ({ db, cleanup } = await seededDb()));
afterEach(() => cleanup());

describe('accounts and sessions', () => {
  it('stores passwords as salted scrypt hashes and signs in with the right one only', async () => {
    const row = db.select().from(users).where(eq(users.email, 'owner@replyflow.dev')).get()!;
    expect(row.passwordHash).toMatch(/^scrypt\$/);
    expect(row.passwordHash).not.toContain('replyflow-demo');
    const { token } = await signIn(db, { email: 'OWNER@replyflow.dev', password: 'replyflow-demo' });
    expect(actorFromSession(db, token)).toMatchObject({ email: 'owner@replyflow.dev', role: 'owner' });
    await expect(signIn(db, { email: 'owner@replyflow.dev', password: 'wrong-password' })).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await expect(signIn(db, { email: 'nobody@replyflow.dev', password: 'replyflow-demo' })).rejects.toMatchObject({ code: 'UNAUTHORIZED', message: 'email or password is wrong' });
  });

  it('an expired session is no session', async () => {
    const { token } = await signIn(db, { email: 'owner@replyflow.dev', password: 'replyflow-demo' }, new Date('2020-01-01T00:00:00Z'));
    expect(actorFromSession(db, token)).toBeNull();
  });
});

describe('invitations and members', () => {
  it('a one-time link makes a member with the invited role, once', async () => {
    const owner = createCaller({ db, actor: demoActor(db, 'owner') });
    const invite = await owner.members.invite({ email: 'new.agent@example.com', role: 'agent' });
    expect(invite.path).toBe(`/invite/${invite.token}`);
    const anon = createCaller({ db, actor: null });
    expect(await anon.auth.invite({ token: invite.token })).toMatchObject({ email: 'new.agent@example.com', role: 'agent' });
    let cookie = '';
    const viaLink = createCaller({ db, actor: null, session: { set: (t) => (cookie = t), clear: () => {} } });
    await viaLink.auth.acceptInvite({ token: invite.token, name: 'New Agent', password: 'a-long-password' });
    expect(actorFromSession(db, cookie)).toMatchObject({ email: 'new.agent@example.com', role: 'agent' });
    await expect(viaLink.auth.acceptInvite({ token: invite.token, name: 'Again', password: 'a-long-password' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await anon.auth.invite({ token: invite.token })).toBeNull();
  });

  it('removing a member ends their sessions; the owner cannot be removed', async () => {
    const admin = createCaller({ db, actor: demoActor(db, 'admin') });
    const agent = demoActor(db, 'agent');
    const { token } = await signIn(db, { email: agent.email, password: 'replyflow-demo' });
    await admin.members.remove({ userId: agent.userId });
    expect(actorFromSession(db, token)).toBeNull();
    const { members } = await admin.members.list();
    expect(members.map((m) => m.email)).not.toContain(agent.email);
    await expect(admin.members.remove({ userId: demoActor(db, 'owner').userId })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('a deployment without demo data', () => {
  it('creates a workspace whose owner signs in with the generated password and starts with no shops', async () => {
    const { createWorkspaceWithOwner } = await import('../../server/services/workspaces');
    const made = await createWorkspaceWithOwner(db, { email: 'boss@example.com', name: 'Boss', workspace: 'ACME' });
    const { token } = await signIn(db, { email: 'boss@example.com', password: made.password });
    const actor = actorFromSession(db, token)!;
    expect(actor).toMatchObject({ role: 'owner', workspaceId: made.workspaceId });
    expect(await createCaller({ db, actor }).shops.list()).toEqual([]);
  });
});
