import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { memberships, users } from '../../drizzle/schema';
import { openDatabase, type Db } from '../../server/db';
import { DEMO_WORKSPACE_ID, seedDemo } from '../../server/demo/seed';
import type { Role } from '../../server/auth/roles';
import type { Actor } from '../../server/services/accounts';

/** A real SQLite file in a temp folder, migrated and seeded with the demo workspace. */
export async function seededDb(): Promise<{ db: Db; dir: string; cleanup(): void }> {
  const dir = mkdtempSync(join(tmpdir(), 'replyflow-test-'));
  const db = openDatabase(join(dir, 'test.db'));
  await seedDemo(db);
  return { db, dir, cleanup: () => { db.$client.close(); rmSync(dir, { recursive: true, force: true }); } };
}

/** The demo member holding `role`, as the actor the API sees. */
export function demoActor(db: Db, role: Role): Actor {
  const row = db
    .select({ userId: users.id, email: users.email, name: users.name, locale: users.locale, workspaceId: memberships.workspaceId, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.role, role))
    .all()
    .find((r) => r.workspaceId === DEMO_WORKSPACE_ID);
  if (!row) throw new Error(`no demo ${role}`);
  return row;
}
