/**
 * A process-wide count of changes to shop rows (live version, name, orders endpoint, ...), so
 * that the reply engine can keep shops in memory and drop them as soon as this process changes
 * one. Shared through globalThis: the app's bundle publishes, the API server's module instance
 * answers buyers.
 */
const shared = globalThis as unknown as { __replyflowShopChanges?: number };

/** How many times this process has changed a shop row. */
export function shopChanges(): number {
  return shared.__replyflowShopChanges ?? 0;
}

/** Call after changing a shop row (after its transaction commits). */
export function shopChanged(): void {
  shared.__replyflowShopChanges = shopChanges() + 1;
}
