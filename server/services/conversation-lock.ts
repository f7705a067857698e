/**
 * One conversation, one event at a time: callers holding the same key run strictly one after
 * another, in the order they asked. Different keys never wait for each other.
 *
 * The queues live on globalThis so the API server and the Next.js bundle (separate module
 * instances in one process) queue on the same lock. Across processes, the reply engine's
 * compare-and-swap on the stored event count keeps state from forking.
 */
export class KeyedLock {
  private readonly tails = new Map<string, Promise<void>>();

  /** Runs `fn` once every earlier caller with `key` has finished (resolved or thrown). */
  async run<T>(key: string, fn: () => T | Promise<T>): Promise<T> {
    const previous = this.tails.get(key);
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    const tail = previous ? previous.then(() => mine) : mine;
    this.tails.set(key, tail);
    try {
      if (previous) await previous;
      return await fn();
    } finally {
      release();
      // The last in line cleans up, so idle conversations hold no memory.
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }

  /** Keys with a holder or waiters (for tests and diagnostics). */
  get size(): number {
    return this.tails.size;
  }
}

const shared = globalThis as unknown as { __replyflowConversationLock?: KeyedLock };

/** The process's lock for conversations. */
export function conversationLock(): KeyedLock {
  shared.__replyflowConversationLock ??= new KeyedLock();
  return shared.__replyflowConversationLock;
}
