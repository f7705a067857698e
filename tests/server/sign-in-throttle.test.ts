/**
 * Sign-in reveals no accounts by timing (an unknown email runs the same scrypt check) and slows
 * password guessing (a per-email throttle with an injected clock). A real SQLite file.
 */
import { TRPCError } from '@trpc/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCaller } from '../../server/api/root';
import { verifyPassword } from '../../server/auth/passwords';
import { SignInThrottle } from '../../server/auth/sign-in-throttle';
import type { Db } from '../../server/db';
import { ServiceError } from '../../server/errors';
import { signIn } from '../../server/services/accounts';
import { acceptInviteAsAccount } from '../../server/services/members';
import { demoActor, seededDb } from './test-db';

let db: Db;
let cleanup: () => void;
beforeEach(async () => ({ db, cleanup } = await seededDb()));
afterEach(() => cleanup());

const OWNER = 'owner@replyflow.dev';
const PASSWORD = 'replyflow-demo';

describe('no account discovery by timing', () => {
  it('an unknown email is checked against a scrypt hash just like a wrong password', async () => {
    const verify = vi.fn(verifyPassword);
    const throttle = new SignInThrottle();
    await expect(signIn(db, { email: 'nobody@replyflow.dev', password: 'some-password' }, new Date(), { verify, throttle })).rejects.toMatchObject({ code: 'UNAUTHORIZED', message: 'email or password is wrong' });
    expect(verify).toHaveBeenCalledTimes(1);
    expect(verify.mock.calls[0]![0]).toBe('some-password');
    expect(verify.mock.calls[0]![1]).toMatch(/^scrypt\$16384\$8\$1\$/);

    await expect(signIn(db, { email: OWNER, password: 'wrong-password' }, new Date(), { verify, throttle })).rejects.toMatchObject({ code: 'UNAUTHORIZED', message: 'email or password is wrong' });
    expect(verify).toHaveBeenCalledTimes(2);
  });
});

describe('sign-in throttle', () => {
  function clock(start = Date.parse('2026-03-01T09:00:00Z')) {
    let now = start;
    return { now: () => now, advance: (ms: number) => (now += ms) };
  }

  async function attempt(throttle: SignInThrottle, password: string, email = OWNER, verify = verifyPassword) {
    try {
      await signIn(db, { email, password }, new Date(), { throttle, verify });
      return 'OK';
    } catch (e) {
      if (e instanceof ServiceError) return e.code;
      throw e;
    }
  }

  it('after 10 failures in 10 minutes the email is refused without a password check, until the window passes', async () => {
    const time = clock();
    const throttle = new SignInThrottle({ now: time.now });
    for (let i = 0; i < 10; i++) {
      expect(await attempt(throttle, `wrong-${i}`)).toBe('UNAUTHORIZED');
      time.advance(30_000);
    }
    // 5 minutes after the first failure: refused, even with the right password, and not checked.
    const verify = vi.fn(verifyPassword);
    const refused = await signIn(db, { email: OWNER, password: PASSWORD }, new Date(), { throttle, verify }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ServiceError);
    expect(refused).toMatchObject({ code: 'TOO_MANY_REQUESTS', message: 'too many failed sign-ins for this email; try again in 5 minutes', details: { retryAfterMinutes: 5 } });
    expect(verify).not.toHaveBeenCalled();
    // The same for the email in other letter cases; another email is not affected.
    expect(await attempt(throttle, PASSWORD, 'Owner@ReplyFlow.dev')).toBe('TOO_MANY_REQUESTS');
    expect(await attempt(throttle, PASSWORD, 'admin@replyflow.dev')).toBe('OK');

    time.advance(4 * 60_000 + 59_000);
    expect(await attempt(throttle, PASSWORD)).toBe('TOO_MANY_REQUESTS');
    time.advance(1_000); // the first failure is 10 minutes old now
    expect(await attempt(throttle, PASSWORD)).toBe('OK');
  });

  it('a success clears the count; failures older than the window do not count', async () => {
    const time = clock();
    const throttle = new SignInThrottle({ now: time.now });
    for (let i = 0; i < 9; i++) expect(await attempt(throttle, 'wrong')).toBe('UNAUTHORIZED');
    expect(await attempt(throttle, PASSWORD)).toBe('OK');
    for (let i = 0; i < 9; i++) expect(await attempt(throttle, 'wrong')).toBe('UNAUTHORIZED');
    time.advance(10 * 60_000);
    for (let i = 0; i < 9; i++) expect(await attempt(throttle, 'wrong')).toBe('UNAUTHORIZED');
    expect(await attempt(throttle, 'wrong')).toBe('UNAUTHORIZED');
    expect(await attempt(throttle, PASSWORD)).toBe('TOO_MANY_REQUESTS');
  });

  it('unknown emails are throttled the same way (the answer reveals nothing)', async () => {
    const throttle = new SignInThrottle({ now: clock().now });
    for (let i = 0; i < 10; i++) expect(await attempt(throttle, 'guess', 'nobody@replyflow.dev')).toBe('UNAUTHORIZED');
    expect(await attempt(throttle, 'guess', 'nobody@replyflow.dev')).toBe('TOO_MANY_REQUESTS');
  });

  it('accepting an invitation with a password is throttled with the sign-in of that email', async () => {
    const agent = demoActor(db, 'agent');
    const owner = createCaller({ db, actor: demoActor(db, 'owner') });
    await owner.members.remove({ userId: agent.userId });
    const invite = await owner.members.invite({ email: agent.email, role: 'agent' });
    const throttle = new SignInThrottle({ now: clock().now });
    for (let i = 0; i < 10; i++) {
      await expect(acceptInviteAsAccount(db, { token: invite.token, password: 'wrong-password' }, new Date(), { throttle })).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    }
    await expect(acceptInviteAsAccount(db, { token: invite.token, password: PASSWORD }, new Date(), { throttle })).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    expect(await attempt(throttle, PASSWORD, agent.email)).toBe('TOO_MANY_REQUESTS');
  });

  it('over tRPC the throttle answers TOO_MANY_REQUESTS with the minutes to wait', async () => {
    // The process's own throttle (10 failures in 10 minutes) behind the real router.
    const anon = createCaller({ db, actor: null });
    for (let i = 0; i < 10; i++) await expect(anon.auth.signIn({ email: 'viewer@replyflow.dev', password: 'wrong-password' })).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    const error = await anon.auth.signIn({ email: 'viewer@replyflow.dev', password: PASSWORD }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect(error).toMatchObject({ code: 'TOO_MANY_REQUESTS', message: expect.stringMatching(/^too many failed sign-ins for this email; try again in 10 minutes$/) });
  });
});
