/**
 * Keeps SQLite's WAL checkpoints off the event loop while the API writes.
 *
 * A checkpoint copies the WAL's pages into the database file and syncs both files; run by the
 * connection that commits (SQLite's default, every 1,000 pages) it stalls every request in
 * flight for that long. Here a worker thread with its own connection checkpoints passively (it
 * never blocks writers) every CHECKPOINT_EVERY_MS, so the copying and syncing happen on another
 * thread. The serving connection keeps an automatic checkpoint as a backstop, at a larger
 * threshold: by then the worker has copied nearly everything, so that checkpoint is short, and
 * it lets the WAL start over from the beginning (bounded to about BACKSTOP_PAGES pages).
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Db } from '../db';

const CHECKPOINT_EVERY_MS = 50;
/** The WAL size (pages) at which a writing connection checkpoints by itself. */
export const BACKSTOP_PAGES = 8000;

const WORKER_SOURCE = `
const { workerData, parentPort } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('busy_timeout = 100');
const timer = setInterval(() => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch (e) {
    // Busy or closed: the serving connection's own checkpoint still bounds the WAL.
  }
}, workerData.everyMs);
parentPort.on('message', () => {
  clearInterval(timer);
  db.close();
  process.exit(0);
});
`;

export interface Checkpointer {
  stop(): Promise<void>;
}

/** Starts checkpointing the database of `db` from a worker thread (not for in-memory databases). */
export function startCheckpointer(db: Db): Checkpointer | null {
  const file = db.$client.name;
  if (!file || file === ':memory:' || db.$client.memory) return null;
  db.$client.pragma(`wal_autocheckpoint = ${BACKSTOP_PAGES}`);
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { driver: createRequire(import.meta.url).resolve('better-sqlite3'), file, everyMs: CHECKPOINT_EVERY_MS },
  });
  // It never keeps the process alive, and a failure to start it only brings the default back.
  worker.unref();
  worker.on('error', () => db.$client.open && db.$client.pragma('wal_autocheckpoint = 1000'));
  return {
    async stop() {
      const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
      worker.postMessage('stop');
      await Promise.race([exited, new Promise<void>((resolve) => setTimeout(resolve, 1000).unref())]);
      await worker.terminate();
    },
  };
}
