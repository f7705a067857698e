/** Server-side access for pages: the database, the signed-in member, and a tRPC caller. */
import 'server-only';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { createCaller } from '../server/api/root';
import { loadConfig } from '../server/config';
import { getDatabase } from '../server/db';
import { SESSION_COOKIE, actorFromSession, type Actor } from '../server/services/accounts';

export function db() {
  return getDatabase(loadConfig().REPLYFLOW_DB);
}

export const currentActor = cache(async (): Promise<Actor | null> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return actorFromSession(db(), token);
});

/** The signed-in member, or a redirect to the sign-in page. */
export async function requireActor(): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect('/sign-in');
  return actor;
}

/** Calls the same tRPC procedures (and role checks) as the browser does. */
export async function serverApi() {
  const actor = await currentActor();
  return createCaller({ db: db(), actor });
}
