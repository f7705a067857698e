/**
 * Where the reply engine's rows are written: in the engine's thread, the rows of the requests
 * that reach their commit in one turn of its event loop share one transaction (group commit),
 * and a request hears back only after its rows are committed.
 */
import type { Database } from 'better-sqlite3';
import { writeConversationRows, type ConversationRows, type WriteOutcome } from './conversation-rows';
import type { WriteLock } from './write-lock';

/** A request's rows were not written; `reason` says why (see WriteOutcome). */
export class WriteRejected extends Error {
  constructor(
    readonly reason: 'stale' | 'duplicate_message' | 'error',
    message: string,
  ) {
    super(message);
  }
}

export interface ConversationWriter {
  /** Resolves once the rows are committed; rejects with WriteRejected when they were not written. */
  submit(rows: ConversationRows): Promise<void>;
  /** Writes what was submitted, then stops. */
  close(): Promise<void>;
}

interface Job {
  rows: ConversationRows;
  resolve: () => void;
  reject: (e: unknown) => void;
}

function settle(job: Job, outcome: WriteOutcome | undefined): void {
  if (outcome?.ok) job.resolve();
  else job.reject(new WriteRejected(outcome?.reason ?? 'error', outcome?.message ?? 'not written'));
}

/**
 * Writes in this thread: the requests of one event-loop turn share a transaction (taken under
 * `lock` when other threads of the process write the same file).
 */
export function inlineWriter(sqlite: Database, lock?: WriteLock): ConversationWriter {
  let pending: Job[] = [];
  let idle: Promise<void> = Promise.resolve();
  let done: () => void = () => {};
  const flush = () => {
    const jobs = pending;
    pending = [];
    let outcomes: WriteOutcome[];
    try {
      const all = jobs.map((j) => j.rows);
      outcomes = lock ? lock.hold(() => writeConversationRows(sqlite, all)) : writeConversationRows(sqlite, all);
    } catch (e) {
      outcomes = jobs.map(() => ({ ok: false, reason: 'error', message: (e as Error).message }));
    }
    jobs.forEach((job, i) => settle(job, outcomes[i]));
    done();
  };
  return {
    submit(rows) {
      return new Promise((resolve, reject) => {
        if (pending.length === 0) {
          idle = new Promise((r) => (done = r));
          setImmediate(flush);
        }
        pending.push({ rows, resolve, reject });
      });
    },
    close: () => idle,
  };
}
