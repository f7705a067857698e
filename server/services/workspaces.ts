/** A new workspace with its owner account: how a real deployment starts. */
import { memberships, workspaces } from '../../drizzle/schema';
import { newId, randomToken } from '../auth/tokens';
import type { Db } from '../db';
import { createUser } from './accounts';

export async function createWorkspaceWithOwner(db: Db, input: { email: string; name: string; workspace: string; password?: string }): Promise<{ workspaceId: string; userId: string; password: string }> {
  const password = input.password ?? randomToken(12);
  const userId = await createUser(db, { email: input.email, name: input.name, password });
  const workspaceId = newId();
  db.transaction((tx) => {
    tx.insert(workspaces).values({ id: workspaceId, name: input.workspace }).run();
    tx.insert(memberships).values({ workspaceId, userId, role: 'owner' }).run();
  });
  return { workspaceId, userId, password };
}
