/** Accounts and sign-in sessions (HTTP-only cookie tokens; only their hashes are stored). */
import { and, eq, gt } from 'drizzle-orm';
import { z } from 'zod';
import { memberships, sessions, users } from '../../drizzle/schema';
import { hashPassword, verifyPassword } from '../auth/passwords';
import type { Role } from '../auth/roles';
import { signInThrottle, type SignInThrottle } from '../auth/sign-in-throttle';
import { newId, randomToken, sha256 } from '../auth/tokens';
import type { Db } from '../db';
import { ServiceError } from '../errors';
import { EmailSchema, type Locale, type SignInSchema } from '../schemas/account';

export const SESSION_COOKIE = 'rf_session';
export const SESSION_DAYS = 30;

export { EmailSchema, LocaleSchema, PasswordSchema, SignInSchema, type Locale } from '../schemas/account';

/** Who is calling: a signed-in member of a workspace. */
export interface Actor {
  userId: string;
  email: string;
  name: string;
  locale: Locale;
  workspaceId: string;
  role: Role;
}

export async function createUser(db: Db, input: { email: string; name: string; password: string; locale?: Locale }): Promise<string> {
  const email = EmailSchema.parse(input.email);
  if (db.select({ id: users.id }).from(users).where(eq(users.email, email)).get()) {
    throw new ServiceError('CONFLICT', 'an account with this email exists', [{ path: 'email', message: 'already registered' }]);
  }
  const id = newId();
  db.insert(users).values({ id, email, name: input.name, passwordHash: await hashPassword(input.password), locale: input.locale ?? 'en' }).run();
  return id;
}

/** What checking a password may use instead of the defaults (tests inject these). */
export interface PasswordCheckOptions {
  throttle?: SignInThrottle;
  verify?: typeof verifyPassword;
}

let unknownAccountHash: Promise<string> | undefined;
/** The hash of nobody's password: an unknown email is checked against it, so it takes as long. */
function hashOfNobody(): Promise<string> {
  return (unknownAccountHash ??= hashPassword(randomToken()));
}

/**
 * The account with this email if the password is its own. An unknown email and a wrong password
 * get the same answer after the same scrypt work (no account discovery, by content or timing);
 * both count as failures for the email's throttle, which refuses before checking anything.
 */
export async function checkPassword(db: Db, email: string, password: string, options: PasswordCheckOptions = {}): Promise<typeof users.$inferSelect> {
  const throttle = options.throttle ?? signInThrottle;
  const verify = options.verify ?? verifyPassword;
  const key = email.toLowerCase();
  throttle.check(key);
  const user = db.select().from(users).where(eq(users.email, key)).get();
  const matches = await verify(password, user?.passwordHash ?? (await hashOfNobody()));
  if (!user || !matches) {
    throttle.failed(key);
    throw new ServiceError('UNAUTHORIZED', 'email or password is wrong');
  }
  throttle.succeeded(key);
  return user;
}

export const NO_WORKSPACE_MESSAGE = 'this account is not a member of any workspace any more; ask an owner for a new invitation';

/**
 * Checks the password and opens a session; the returned token goes into the cookie. An account
 * without a workspace (its member was removed) gets no session but a clear FORBIDDEN.
 */
export async function signIn(db: Db, input: z.infer<typeof SignInSchema>, now = new Date(), options: PasswordCheckOptions = {}): Promise<{ token: string; expiresAt: string }> {
  const user = await checkPassword(db, input.email, input.password, options);
  if (!db.select({ workspaceId: memberships.workspaceId }).from(memberships).where(eq(memberships.userId, user.id)).get()) {
    throw new ServiceError('FORBIDDEN', NO_WORKSPACE_MESSAGE, [], { reason: 'no_workspace' });
  }
  return openSession(db, user.id, now);
}

export function openSession(db: Db, userId: string, now = new Date()): { token: string; expiresAt: string } {
  const token = randomToken();
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * 86_400_000).toISOString();
  db.insert(sessions).values({ tokenHash: sha256(token), userId, expiresAt }).run();
  return { token, expiresAt };
}

export function signOut(db: Db, token: string): void {
  db.delete(sessions).where(eq(sessions.tokenHash, sha256(token))).run();
}

/** The member behind a session token, or null when the token is unknown or expired. */
export function actorFromSession(db: Db, token: string | undefined, now = new Date()): Actor | null {
  if (!token) return null;
  const row = db
    .select({ userId: users.id, email: users.email, name: users.name, locale: users.locale, workspaceId: memberships.workspaceId, role: memberships.role })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .where(and(eq(sessions.tokenHash, sha256(token)), gt(sessions.expiresAt, now.toISOString())))
    .get();
  return row ?? null;
}

export function setLocale(db: Db, userId: string, locale: Locale): void {
  db.update(users).set({ locale }).where(eq(users.id, userId)).run();
}
