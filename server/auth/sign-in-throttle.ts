/**
 * A brake on password guessing: after `maxFailures` failed password checks for one email within
 * `windowMs`, further attempts for that email are refused (TOO_MANY_REQUESTS) without checking
 * the password, until the oldest of those failures is `windowMs` old. A correct password clears
 * the count. Unknown emails are counted like known ones, so the brake reveals no accounts.
 *
 * The counts live in memory in this server process only: a restart forgets them, and each of
 * several processes would count on its own. That is enough for one Replyflow process; a
 * deployment with many would need a shared store.
 */
import { ServiceError } from '../errors';

export interface SignInThrottleOptions {
  maxFailures?: number;
  windowMs?: number;
  /** Milliseconds since the epoch; injectable for tests. */
  now?: () => number;
}

/** Beyond this many tracked emails, stale ones are swept before adding another. */
const SWEEP_ABOVE = 10_000;

export class SignInThrottle {
  readonly maxFailures: number;
  readonly windowMs: number;
  private readonly now: () => number;
  /** Email → times of its recent failures, oldest first. */
  private readonly failures = new Map<string, number[]>();

  constructor(options: SignInThrottleOptions = {}) {
    this.maxFailures = options.maxFailures ?? 10;
    this.windowMs = options.windowMs ?? 10 * 60_000;
    this.now = options.now ?? Date.now;
  }

  private recent(email: string, now: number): number[] {
    const times = (this.failures.get(email) ?? []).filter((t) => t > now - this.windowMs);
    if (times.length > 0) this.failures.set(email, times);
    else this.failures.delete(email);
    return times;
  }

  /** Throws TOO_MANY_REQUESTS while `email` has too many recent failures. */
  check(email: string): void {
    const now = this.now();
    const times = this.recent(email.toLowerCase(), now);
    if (times.length < this.maxFailures) return;
    const waitMs = times[times.length - this.maxFailures]! + this.windowMs - now;
    const minutes = Math.max(1, Math.ceil(waitMs / 60_000));
    throw new ServiceError('TOO_MANY_REQUESTS', `too many failed sign-ins for this email; try again in ${minutes} minute${minutes === 1 ? '' : 's'}`, [], { retryAfterMinutes: minutes });
  }

  failed(email: string): void {
    const now = this.now();
    if (this.failures.size > SWEEP_ABOVE) for (const key of [...this.failures.keys()]) this.recent(key, now);
    const key = email.toLowerCase();
    this.failures.set(key, [...this.recent(key, now), now]);
  }

  succeeded(email: string): void {
    this.failures.delete(email.toLowerCase());
  }
}

/** The server process's throttle, shared by sign-in and accepting an invitation with a password. */
export const signInThrottle = new SignInThrottle();
