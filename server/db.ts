/**
 * The SQLite database: opened once per process (cached on globalThis so dev reloads and the
 * Next.js bundle share it with the custom server), WAL mode, migrated on open.
 */
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import * as schema from '../drizzle/schema';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

const MIGRATIONS = resolve(process.cwd(), 'drizzle/migrations');

/** A connection to `file` as every connection of the app is set up (no migration). */
export function connectDatabase(file: string, options: { fileMustExist?: boolean } = {}): Db {
  const sqlite = new Database(file, { fileMustExist: options.fileMustExist ?? false });
  sqlite.pragma('journal_mode = WAL');
  // NORMAL in WAL mode survives a process crash (SIGKILL); only an OS crash may lose the last commits.
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  return drizzle(sqlite, { schema }) as Db;
}

/** Opens (creating and migrating if needed) the database file at `file`. */
export function openDatabase(file: string): Db {
  if (file !== ':memory:') mkdirSync(dirname(resolve(file)), { recursive: true });
  const db = connectDatabase(file);
  migrate(db, { migrationsFolder: MIGRATIONS });
  return db;
}

// The connection is shared through globalThis (the custom server and the Next.js bundle run in
// one process with separate module instances); each module instance wraps it with its own drizzle.
const shared = globalThis as unknown as { __replyflowSqlite?: { file: string; sqlite: Database.Database } };
let local: { sqlite: Database.Database; db: Db } | null = null;

/** The process's database for `file`, opened (and migrated) on first use. */
export function getDatabase(file: string): Db {
  const current = shared.__replyflowSqlite;
  if (!current || current.file !== file || !current.sqlite.open) {
    current?.sqlite.close();
    const db = openDatabase(file);
    shared.__replyflowSqlite = { file, sqlite: db.$client };
    local = { sqlite: db.$client, db };
    return db;
  }
  if (!local || local.sqlite !== current.sqlite) local = { sqlite: current.sqlite, db: drizzle(current.sqlite, { schema }) as Db };
  return local.db;
}
