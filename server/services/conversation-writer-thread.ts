/**
 * The writer thread (see conversation-writer.ts): its own connection to the database file,
 * configured like the serving one; each message is a batch of requests' rows, answered on the
 * `answers` port with one outcome per request.
 */
import Database from 'better-sqlite3';
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { writeConversationRows, type ConversationRows } from './conversation-rows';

const { file, walAutocheckpoint, answers } = workerData as { file: string; walAutocheckpoint: number; answers: MessagePort };
const sqlite = new Database(file, { fileMustExist: true });
sqlite.pragma('journal_mode = WAL');
sqlite.pragma('synchronous = NORMAL');
sqlite.pragma('busy_timeout = 5000');
sqlite.pragma('foreign_keys = ON');
sqlite.pragma(`wal_autocheckpoint = ${walAutocheckpoint}`);

parentPort?.on('message', (batch: ConversationRows[]) => {
  answers.postMessage(writeConversationRows(sqlite, batch));
});
