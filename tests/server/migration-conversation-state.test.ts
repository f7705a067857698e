import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/db';

// Migration 0003 moves a conversation's current state out of the conversation row: the latest
// event's state_after becomes the state the row held, then the column goes.

const MIGRATIONS = join(process.cwd(), 'drizzle', 'migrations');
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A database file migrated up to (and including) migration `last`, as an older release left it. */
function databaseAt(last: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'replyflow-migration-'));
  dirs.push(dir);
  const older = join(dir, 'migrations');
  mkdirSync(join(older, 'meta'), { recursive: true });
  const journal = JSON.parse(readFileSync(join(MIGRATIONS, 'meta', '_journal.json'), 'utf8')) as { entries: Array<{ idx: number; tag: string }> };
  journal.entries = journal.entries.filter((e) => e.idx <= last);
  writeFileSync(join(older, 'meta', '_journal.json'), JSON.stringify(journal));
  for (const e of journal.entries) copyFileSync(join(MIGRATIONS, `${e.tag}.sql`), join(older, `${e.tag}.sql`));
  const file = join(dir, 'replyflow.db');
  const sqlite = new Database(file);
  migrate(drizzle(sqlite), { migrationsFolder: older });
  sqlite.close();
  return file;
}

describe('migration 0003: the conversation state lives in its latest event', () => {
  it("gives the latest event the conversation row's state, leaves older events alone, and drops the column", () => {
    const file = databaseAt(2);
    const before = new Database(file);
    before.pragma('foreign_keys = OFF');
    before.prepare("INSERT INTO conversations (shop_id, id, buyer_id, flow_id, version, state, status, started_at, last_message_at, events) VALUES ('s1', 'c1', 'b1', 'f', 1, '{\"marker\":\"row\"}', 'bot', 'x', 'x', 2)").run();
    const event = before.prepare(
      "INSERT INTO conversation_events (shop_id, conversation_id, type, at, received_at, flow_id, version, event, outputs, trace, state_after, status_after) VALUES ('s1', ?, 'buyer_message', 'x', 'x', 'f', 1, '{}', '{}', '[]', ?, 'bot')",
    );
    event.run('c1', '{"marker":"first"}');
    event.run('c2', '{"marker":"other conversation"}');
    event.run('c1', '{"marker":"stale"}');
    before.close();

    const db = openDatabase(file);
    const states = db.$client.prepare("SELECT conversation_id AS c, state_after AS s FROM conversation_events ORDER BY seq").all();
    expect(states).toEqual([
      { c: 'c1', s: '{"marker":"first"}' },
      // No conversation row: nothing to take.
      { c: 'c2', s: '{"marker":"other conversation"}' },
      { c: 'c1', s: '{"marker":"row"}' },
    ]);
    const columns = (db.$client.prepare('PRAGMA table_info(conversations)').all() as Array<{ name: string }>).map((c) => c.name);
    expect(columns).not.toContain('state');
    expect(columns).toContain('events');
    db.$client.close();
  });
});
