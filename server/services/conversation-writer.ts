/**
 * Where the reply engine's rows are written: in the event loop's thread (in-memory databases,
 * or when no thread can be started), or in a writer thread with its own connection to the same
 * file, so that SQLite's inserts, commits and WAL checkpoints do not hold up the requests being
 * answered. Either way the rows of the requests that arrive together share one transaction, and
 * a request hears back only after its rows are committed.
 */
import type { Database } from 'better-sqlite3';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { writeConversationRows, type ConversationRows, type WriteOutcome } from './conversation-rows';

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

/** Writes in this thread: the requests of one event-loop turn share a transaction. */
export function inlineWriter(sqlite: Database): ConversationWriter {
  let pending: Job[] = [];
  let idle: Promise<void> = Promise.resolve();
  let done: () => void = () => {};
  const flush = () => {
    const jobs = pending;
    pending = [];
    let outcomes: WriteOutcome[];
    try {
      outcomes = writeConversationRows(sqlite, jobs.map((j) => j.rows));
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

// The thread runs TypeScript through tsx's require hook (Node 20 gives worker threads no ESM loader hooks).
const THREAD_SOURCE = `
const { workerData } = require('node:worker_threads');
require(workerData.tsx).register();
require(workerData.entry);
`;

/**
 * Writes in a writer thread with its own connection to `file`. The requests of one event-loop
 * turn go as one batch, at once; the thread writes batches in order, each in one transaction,
 * and answers each with one outcome per request. The event loop takes the answers as messages
 * and also looks for them each time a request hands over rows, so that an answer does not wait
 * for a long turn of the loop to end.
 * If the thread fails, the requests it held are rejected and later ones are written in this thread.
 */
export function threadWriter(sqlite: Database, file: string, walAutocheckpoint: number): ConversationWriter | null {
  let tsx: string;
  try {
    tsx = createRequire(import.meta.url).resolve('tsx/cjs/api');
  } catch {
    return null;
  }
  const entry = fileURLToPath(new URL('./conversation-writer-thread.ts', import.meta.url));
  const { port1: answers, port2 } = new MessageChannel();
  const worker = new Worker(THREAD_SOURCE, { eval: true, workerData: { tsx, entry, file, walAutocheckpoint, answers: port2 }, transferList: [port2] });
  worker.unref();
  answers.unref();
  let queue: Job[] = [];
  /** Batches handed to the thread, oldest first; it answers them in order. */
  const inFlight: Job[][] = [];
  let scheduled = false;
  let fallback: ConversationWriter | null = null;
  let drained: (() => void) | null = null;

  const send = () => {
    scheduled = false;
    if (queue.length === 0) return;
    const batch = queue;
    queue = [];
    inFlight.push(batch);
    // Referenced only while it holds requests: an idle writer never keeps the process alive.
    if (inFlight.length === 1) answers.ref();
    // Flat rows whose JSON columns are already text: cheap to clone across.
    worker.postMessage(batch.map((j) => j.rows));
  };
  const fail = (e: unknown) => {
    if (fallback) return;
    fallback = inlineWriter(sqlite);
    const lost = [...inFlight.flat(), ...queue];
    inFlight.length = 0;
    queue = [];
    for (const job of lost) job.reject(new WriteRejected('error', `the writer thread stopped: ${(e as Error)?.message ?? e}`));
    drained?.();
  };
  const answered = (outcomes: WriteOutcome[]) => {
    const jobs = inFlight.shift() ?? [];
    if (inFlight.length === 0) answers.unref();
    jobs.forEach((job, i) => settle(job, outcomes[i]));
    if (inFlight.length === 0 && queue.length === 0) drained?.();
  };
  const takeAnswers = () => {
    for (let m = receiveMessageOnPort(answers); m; m = receiveMessageOnPort(answers)) answered(m.message as WriteOutcome[]);
  };
  answers.on('message', answered);
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`exit ${code}`)));

  return {
    submit(rows) {
      if (fallback) return fallback.submit(rows);
      if (inFlight.length > 0) takeAnswers();
      return new Promise((resolve, reject) => {
        queue.push({ rows, resolve, reject });
        if (!scheduled) {
          scheduled = true;
          setImmediate(send);
        }
      });
    },
    async close() {
      if (!fallback && (inFlight.length > 0 || queue.length > 0)) await new Promise<void>((resolve) => (drained = resolve));
      await fallback?.close();
      if (!fallback) {
        fallback = inlineWriter(sqlite);
        answers.close();
        await worker.terminate();
      }
    },
  };
}

/** The writer for a database: a writer thread for a file, this thread for memory (or if no thread starts). */
export function conversationWriter(sqlite: Database, walAutocheckpoint: number): ConversationWriter {
  const file = sqlite.name;
  if (!file || file === ':memory:' || sqlite.memory) return inlineWriter(sqlite);
  return threadWriter(sqlite, file, walAutocheckpoint) ?? inlineWriter(sqlite);
}
