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

/** Opens (creating and migrating if needed) the database file at `file`. */
export function openDatabase(file: string): Db {
  if (file !== ':memory:') mkdirSync(dirname(resolve(file)), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  // NORMAL in WAL mode survives a process crash (SIGKILL); only an OS crash may lose the last commits.
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  const db = drizzle(sqlite, { schema }) as Db;
  migrate(db, { migrationsFolder: MIGRATIONS });
  return db;
}

const cache = globalThis as unknown as { __replyflowDb?: { file: string; db: Db } };

/** The process's database for `file`, opened on first use. */
export function getDatabase(file: string): Db {
  if (cache.__replyflowDb && cache.__replyflowDb.file === file) return cache.__replyflowDb.db;
  cache.__replyflowDb?.db.$client.close();
  const db = openDatabase(file);
  cache.__replyflowDb = { file, db };
  return db;
}
