/** Workspace members, one-time invitation links, removal and role changes. */
import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { invites, memberships, sessions, users, workspaces } from '../../drizzle/schema';
import type { Role } from '../auth/roles';
import { newId, randomToken, sha256 } from '../auth/tokens';
import type { Db } from '../db';
import { ServiceError, forbidden, notFound } from '../errors';
import type { AcceptInviteSchema, InviteRoleSchema, InviteSchema } from '../schemas/account';
import { createUser, openSession, type Actor } from './accounts';

export const INVITE_DAYS = 7;
export { AcceptInviteSchema, InviteRoleSchema, InviteSchema } from '../schemas/account';

export function listMembers(db: Db, workspaceId: string) {
  const members = db
    .select({ userId: users.id, email: users.email, name: users.name, role: memberships.role, since: memberships.createdAt })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.workspaceId, workspaceId))
    .all();
  const pending = db
    .select({ id: invites.id, email: invites.email, role: invites.role, expiresAt: invites.expiresAt, createdAt: invites.createdAt })
    .from(invites)
    .where(and(eq(invites.workspaceId, workspaceId), isNull(invites.acceptedAt), isNull(invites.revokedAt)))
    .all()
    .filter((i) => i.expiresAt > new Date().toISOString());
  return { members, pending };
}

/** Creates a one-time link; the token is returned once and stored only as a hash. */
export function inviteMember(db: Db, actor: Actor, input: z.infer<typeof InviteSchema>, now = new Date()): { id: string; token: string; path: string; expiresAt: string } {
  if (input.role === 'admin' && actor.role !== 'owner' && actor.role !== 'admin') throw forbidden('only owners and admins invite admins');
  const existing = db
    .select({ id: users.id })
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .where(and(eq(users.email, input.email), eq(memberships.workspaceId, actor.workspaceId)))
    .get();
  if (existing) throw new ServiceError('CONFLICT', 'this person is already a member', [{ path: 'email', message: 'already a member' }]);
  const token = randomToken();
  const id = newId();
  const expiresAt = new Date(now.getTime() + INVITE_DAYS * 86_400_000).toISOString();
  db.insert(invites).values({ id, workspaceId: actor.workspaceId, email: input.email, role: input.role, tokenHash: sha256(token), createdBy: actor.userId, expiresAt }).run();
  return { id, token, path: `/invite/${token}`, expiresAt };
}

/** What an invitation link offers, for the page that accepts it. */
export function describeInvite(db: Db, token: string, now = new Date()) {
  const invite = db.select().from(invites).where(eq(invites.tokenHash, sha256(token))).get();
  if (!invite || invite.acceptedAt || invite.revokedAt || invite.expiresAt <= now.toISOString()) return null;
  const workspaceName = db.select({ name: workspaces.name }).from(workspaces).where(eq(workspaces.id, invite.workspaceId)).get()?.name ?? null;
  const invitedBy = db.select({ name: users.name }).from(users).where(eq(users.id, invite.createdBy)).get()?.name ?? null;
  return { email: invite.email, role: invite.role, workspaceId: invite.workspaceId, workspaceName, invitedBy, expiresAt: invite.expiresAt };
}

/** Accepts an invitation once: creates the account, joins the workspace and signs in. */
export async function acceptInvite(db: Db, input: z.infer<typeof AcceptInviteSchema>, now = new Date()): Promise<{ token: string; expiresAt: string }> {
  const invite = db.select().from(invites).where(eq(invites.tokenHash, sha256(input.token))).get();
  if (!invite || invite.acceptedAt || invite.revokedAt || invite.expiresAt <= now.toISOString()) {
    throw new ServiceError('NOT_FOUND', 'this invitation link is not valid any more', [{ path: 'token', message: 'used, revoked or expired' }]);
  }
  const userId = await createUser(db, { email: invite.email, name: input.name, password: input.password });
  db.transaction((tx) => {
    // Claim the link first: a second acceptance racing this one finds it used.
    const claimed = tx.update(invites).set({ acceptedAt: now.toISOString() }).where(and(eq(invites.id, invite.id), isNull(invites.acceptedAt))).run();
    if (claimed.changes !== 1) throw new ServiceError('CONFLICT', 'this invitation was just used');
    tx.insert(memberships).values({ workspaceId: invite.workspaceId, userId, role: invite.role }).run();
  });
  return openSession(db, userId, now);
}

export function revokeInvite(db: Db, actor: Actor, inviteId: string): void {
  const r = db.update(invites).set({ revokedAt: new Date().toISOString() }).where(and(eq(invites.id, inviteId), eq(invites.workspaceId, actor.workspaceId))).run();
  if (r.changes !== 1) throw notFound('invitation');
}

function memberRole(db: Db, workspaceId: string, userId: string): Role {
  const m = db.select().from(memberships).where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId))).get();
  if (!m) throw notFound('member');
  return m.role;
}

/** Owners can't be removed or demoted here; admins manage agents, viewers and other admins. */
function checkManageable(actor: Actor, targetRole: Role, targetId: string): void {
  if (targetId === actor.userId) throw forbidden('you cannot change your own membership');
  if (targetRole === 'owner') throw forbidden('the owner account cannot be removed or changed');
}

export function removeMember(db: Db, actor: Actor, userId: string): void {
  checkManageable(actor, memberRole(db, actor.workspaceId, userId), userId);
  db.transaction((tx) => {
    tx.delete(memberships).where(and(eq(memberships.workspaceId, actor.workspaceId), eq(memberships.userId, userId))).run();
    // Their open sessions end now.
    tx.delete(sessions).where(eq(sessions.userId, userId)).run();
  });
}

export function changeRole(db: Db, actor: Actor, userId: string, role: z.infer<typeof InviteRoleSchema>): void {
  checkManageable(actor, memberRole(db, actor.workspaceId, userId), userId);
  db.update(memberships).set({ role }).where(and(eq(memberships.workspaceId, actor.workspaceId), eq(memberships.userId, userId))).run();
}
