/**
 * A process-wide count of changes to shop rows (live version, name, orders endpoint, ...), so
 * that the reply engine can keep shops in memory and drop them as soon as this process changes
 * one. The count lives in shared memory on globalThis: the app's bundle publishes, the API
 * server's module instance and the reply engine's thread (given the same memory) read it.
 */
const shared = globalThis as unknown as { __replyflowShopChanges?: Int32Array };

function counter(): Int32Array {
  return (shared.__replyflowShopChanges ??= new Int32Array(new SharedArrayBuffer(4)));
}

/** How many times this process has changed a shop row. */
export function shopChanges(): number {
  return Atomics.load(counter(), 0);
}

/** Call after changing a shop row (after its transaction commits). */
export function shopChanged(): void {
  Atomics.add(counter(), 0, 1);
}

/** The count's memory, to hand to a thread of this process. */
export function shopChangesMemory(): SharedArrayBuffer {
  return counter().buffer as SharedArrayBuffer;
}

/** In a thread: count with the memory its process handed over. */
export function useShopChangesMemory(memory: SharedArrayBuffer): void {
  shared.__replyflowShopChanges = new Int32Array(memory);
}
