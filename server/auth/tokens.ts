/** Random secrets (session cookies, invitation links, API keys) and their stored hashes. */
import { createHash, randomBytes, randomUUID } from 'node:crypto';

export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** Secrets are long and random, so a plain SHA-256 is enough to store them safely. */
export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

export function newId(): string {
  return randomUUID();
}
