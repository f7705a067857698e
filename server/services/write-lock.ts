/**
 * A lock in shared memory for the threads of one process that write the same SQLite file: a
 * thread waiting for another's commit wakes as soon as it ends, instead of polling through
 * SQLite's busy handler (which sleeps for milliseconds at a time). Other processes are still
 * kept out by SQLite's own locks.
 */
export interface WriteLock {
  /** Runs `fn` while holding the lock. */
  hold<T>(fn: () => T): T;
}

/** A lock over `memory` (4 bytes, zeroed): every holder of the same memory excludes the others. */
export function writeLock(memory: SharedArrayBuffer): WriteLock {
  const cell = new Int32Array(memory, 0, 1);
  return {
    hold(fn) {
      while (Atomics.compareExchange(cell, 0, 0, 1) !== 0) Atomics.wait(cell, 0, 1);
      try {
        return fn();
      } finally {
        Atomics.store(cell, 0, 0);
        Atomics.notify(cell, 0, 1);
      }
    },
  };
}

/** Memory for a new lock. */
export function writeLockMemory(): SharedArrayBuffer {
  return new SharedArrayBuffer(4);
}
