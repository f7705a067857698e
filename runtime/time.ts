import { formatInstant, parseInstant } from './schedule/civil';

/** Epoch milliseconds of an ISO-8601 instant with a zone, or NaN when it is not one. */
export function instantToMs(iso: string): number {
  return parseInstant(iso) ?? Number.NaN;
}

/** The ISO-8601 UTC text (`…Z`) of epoch milliseconds. */
export function msToInstant(ms: number): string {
  return formatInstant(ms);
}
