/** Workspace members, one-time invitation links, removal and role changes. */
import { and, eq, gt, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { invites, memberships, sessions, users, workspaces } from '../../drizzle/schema';
import { hashPassword } from '../auth/passwords';
import type { Role } from '../auth/roles';
import { newId, randomToken, sha256 } from '../auth/tokens';
import type { Db } from '../db';
import { ServiceError, forbidden, notFound } from '../errors';
import type { AcceptInviteAsAccountSchema, AcceptInviteSchema, InviteRoleSchema, InviteSchema, InviteTokenSchema } from '../schemas/account';
import { checkPassword, openSession, type Actor, type PasswordCheckOptions } from './accounts';

export const INVITE_DAYS = 7;
export { AcceptInviteAsAccountSchema, AcceptInviteSchema, InviteRoleSchema, InviteSchema, InviteTokenSchema } from '../schemas/account';

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

/**
 * Creates a one-time link; the token is returned once and stored only as a hash. A new link for
 * an email supersedes its pending ones (they are revoked), so one person has one live link.
 */
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
  db.transaction((tx) => {
    revokePendingFor(tx, actor.workspaceId, input.email, now);
    tx.insert(invites).values({ id, workspaceId: actor.workspaceId, email: input.email, role: input.role, tokenHash: sha256(token), createdBy: actor.userId, expiresAt }).run();
  });
  return { id, token, path: `/invite/${token}`, expiresAt };
}

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

function revokePendingFor(tx: Tx | Db, workspaceId: string, email: string, now: Date): void {
  tx.update(invites)
    .set({ revokedAt: now.toISOString() })
    .where(and(eq(invites.workspaceId, workspaceId), eq(invites.email, email), isNull(invites.acceptedAt), isNull(invites.revokedAt)))
    .run();
}

type Invite = typeof invites.$inferSelect;

function liveInvite(db: Db, token: string, now: Date): Invite | null {
  const invite = db.select().from(invites).where(eq(invites.tokenHash, sha256(token))).get();
  return !invite || invite.acceptedAt || invite.revokedAt || invite.expiresAt <= now.toISOString() ? null : invite;
}

function openInvite(db: Db, token: string, now: Date): Invite {
  const invite = liveInvite(db, token, now);
  if (!invite) throw new ServiceError('NOT_FOUND', 'this invitation link is not valid any more', [{ path: 'token', message: 'used, revoked or expired' }]);
  return invite;
}

function accountId(db: Db | Tx, email: string): string | null {
  return db.select({ id: users.id }).from(users).where(eq(users.email, email)).get()?.id ?? null;
}

/**
 * What an invitation link offers, for the page that accepts it; `hasAccount` says whether the
 * invited email has an account already (then its password, not a new one, accepts the link).
 */
export function describeInvite(db: Db, token: string, now = new Date()) {
  const invite = liveInvite(db, token, now);
  if (!invite) return null;
  const workspaceName = db.select({ name: workspaces.name }).from(workspaces).where(eq(workspaces.id, invite.workspaceId)).get()?.name ?? null;
  const invitedBy = db.select({ name: users.name }).from(users).where(eq(users.id, invite.createdBy)).get()?.name ?? null;
  const hasAccount = accountId(db, invite.email) !== null;
  return { email: invite.email, role: invite.role, workspaceId: invite.workspaceId, workspaceName, invitedBy, expiresAt: invite.expiresAt, hasAccount };
}

const USED_MESSAGE = 'this invitation was already used';

/**
 * Uses the link once and makes `userId` a member with the invited role, all in one transaction
 * (synchronous SQLite, so acceptances racing each other find the link claimed, not a 500).
 * The person's other pending links to this workspace are revoked: they are a member now.
 * `userId` is a function so a new account is created inside the same transaction.
 */
function join(db: Db, invite: Invite, userId: (tx: Tx) => string, now: Date): string {
  return db.transaction((tx) => {
    const claimed = tx
      .update(invites)
      .set({ acceptedAt: now.toISOString() })
      .where(and(eq(invites.id, invite.id), isNull(invites.acceptedAt), isNull(invites.revokedAt), gt(invites.expiresAt, now.toISOString())))
      .run();
    if (claimed.changes !== 1) throw new ServiceError('CONFLICT', USED_MESSAGE, [{ path: 'token', message: 'used, revoked or expired' }], { reason: 'invite_used' });
    const id = userId(tx);
    const member = tx.select({ role: memberships.role }).from(memberships).where(and(eq(memberships.workspaceId, invite.workspaceId), eq(memberships.userId, id))).get();
    if (member) throw new ServiceError('CONFLICT', 'this account is already a member of the workspace', [], { reason: 'already_member' });
    tx.insert(memberships).values({ workspaceId: invite.workspaceId, userId: id, role: invite.role }).run();
    revokePendingFor(tx, invite.workspaceId, invite.email, now);
    return id;
  });
}

const ACCOUNT_EXISTS = () =>
  new ServiceError('CONFLICT', 'an account with this email exists; accept the invitation with its password', [{ path: 'email', message: 'already registered' }], { reason: 'account_exists' });

/** Accepts an invitation once as a new account: creates it, joins the workspace and signs in. */
export async function acceptInvite(db: Db, input: z.infer<typeof AcceptInviteSchema>, now = new Date()): Promise<{ token: string; expiresAt: string }> {
  const invite = openInvite(db, input.token, now);
  if (accountId(db, invite.email)) throw ACCOUNT_EXISTS();
  const passwordHash = await hashPassword(input.password);
  const userId = join(
    db,
    invite,
    (tx) => {
      // Checked again: an account may have been made while the password was hashed.
      if (accountId(tx, invite.email)) throw ACCOUNT_EXISTS();
      const id = newId();
      tx.insert(users).values({ id, email: invite.email, name: input.name, passwordHash, locale: 'en' }).run();
      return id;
    },
    now,
  );
  return openSession(db, userId, now);
}

/**
 * Accepts an invitation once for the account that has the invited email (a removed member coming
 * back, or a member of another workspace): its password proves who accepts, checked and throttled
 * like a sign-in. Joins with the invited role and signs in.
 */
export async function acceptInviteAsAccount(db: Db, input: z.infer<typeof AcceptInviteAsAccountSchema>, now = new Date(), options: PasswordCheckOptions = {}): Promise<{ token: string; expiresAt: string }> {
  const invite = openInvite(db, input.token, now);
  const user = await checkPassword(db, invite.email, input.password, options);
  join(db, invite, () => user.id, now);
  return openSession(db, user.id, now);
}

/** Accepts an invitation once for the signed-in account, if the link was made for its email. */
export function joinInvite(db: Db, actor: Actor, input: z.infer<typeof InviteTokenSchema>, now = new Date()): void {
  const invite = openInvite(db, input.token, now);
  if (invite.email !== actor.email) throw forbidden('this invitation is for another email address');
  join(db, invite, () => actor.userId, now);
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
