import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { appRouter } from '../../../../server/api/root';
import { loadConfig } from '../../../../server/config';
import { getDatabase } from '../../../../server/db';
import { SESSION_COOKIE, SESSION_DAYS, actorFromSession } from '../../../../server/services/accounts';

function readCookie(req: Request, name: string): string | undefined {
  const header = req.headers.get('cookie') ?? '';
  for (const part of header.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return undefined;
}

function handler(req: Request) {
  const config = loadConfig();
  const db = getDatabase(config.REPLYFLOW_DB);
  const token = readCookie(req, SESSION_COOKIE);
  const secure = config.REPLYFLOW_SECURE_COOKIES ? '; Secure' : '';
  return fetchRequestHandler({
    endpoint: '/api/trpc',
    req,
    router: appRouter,
    createContext: ({ resHeaders }) => ({
      db,
      actor: actorFromSession(db, token),
      sessionToken: token,
      session: {
        set: (value: string) =>
          resHeaders.append('set-cookie', `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${SESSION_DAYS * 86400}${secure}`),
        clear: () => resHeaders.append('set-cookie', `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0${secure}`),
      },
      rememberLocale: (locale: string) => resHeaders.append('set-cookie', `rf_locale=${locale}; Path=/; SameSite=Lax; Max-Age=31536000${secure}`),
    }),
  });
}

export { handler as GET, handler as POST };
