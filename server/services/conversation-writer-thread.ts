/**
 * The writer thread (see conversation-writer.ts): its own connection to the database file,
 * configured like the serving one; each message is a batch of requests' rows, answered with one
 * outcome per request.
 */
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { writeConversationRows, type ConversationRows } from './conversation-rows';

const { file, walAutocheckpoint } = workerData as { file: string; walAutocheckpoint: number };
const sqlite = new Database(file, { fileMustExist: true });
sqlite.pragma('journal_mode = WAL');
sqlite.pragma('synchronous = NORMAL');
sqlite.pragma('busy_timeout = 5000');
sqlite.pragma('foreign_keys = ON');
sqlite.pragma(`wal_autocheckpoint = ${walAutocheckpoint}`);

parentPort?.on('message', (batch: ConversationRows[]) => {
  parentPort?.postMessage(writeConversationRows(sqlite, batch));
});
