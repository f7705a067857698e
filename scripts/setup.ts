/**
 * Creates a workspace and its owner account in the configured database (a deployment without
 * demo data): `npm run setup -- --email you@example.com --name "You" --workspace "Your company"`.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadConfig } from '../server/config';
import { openDatabase } from '../server/db';
import { EmailSchema } from '../server/services/accounts';
import { createWorkspaceWithOwner } from '../server/services/workspaces';

const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' }, workspace: { type: 'string' } } });
const args = z.object({ email: EmailSchema, name: z.string().min(1, 'give --name'), workspace: z.string().min(1, 'give --workspace') }).safeParse(values);
if (!args.success) {
  for (const i of args.error.issues) console.error(`--${i.path.join('.')}: ${i.message}`);
  process.exit(2);
}
const config = loadConfig();
const db = openDatabase(config.REPLYFLOW_DB);
try {
  const made = await createWorkspaceWithOwner(db, args.data);
  console.log(`Workspace "${args.data.workspace}" created in ${config.REPLYFLOW_DB}.`);
  console.log(`Sign in as ${args.data.email} with the generated password: ${made.password}`);
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
