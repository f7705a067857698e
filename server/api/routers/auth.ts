import { z } from 'zod';
import { LocaleSchema, SignInSchema, setLocale, signIn, signOut } from '../../services/accounts';
import { AcceptInviteSchema, acceptInvite, describeInvite } from '../../services/members';
import { memberProcedure, publicProcedure, router } from '../trpc';

export const authRouter = router({
  me: publicProcedure.query(({ ctx }) => ctx.actor),
  signIn: publicProcedure.input(SignInSchema).mutation(async ({ ctx, input }) => {
    const session = await signIn(ctx.db, input);
    ctx.session?.set(session.token, session.expiresAt);
    return { ok: true };
  }),
  signOut: memberProcedure.mutation(({ ctx }) => {
    if (ctx.sessionToken) signOut(ctx.db, ctx.sessionToken);
    ctx.session?.clear();
    return { ok: true };
  }),
  /** Remembered on the account when signed in, and in a cookie either way. */
  setLocale: publicProcedure.input(z.object({ locale: LocaleSchema })).mutation(({ ctx, input }) => {
    if (ctx.actor) setLocale(ctx.db, ctx.actor.userId, input.locale);
    ctx.rememberLocale?.(input.locale);
    return { ok: true };
  }),
  invite: publicProcedure.input(z.object({ token: z.string().min(1).max(200) })).query(({ ctx, input }) => describeInvite(ctx.db, input.token)),
  acceptInvite: publicProcedure.input(AcceptInviteSchema).mutation(async ({ ctx, input }) => {
    const session = await acceptInvite(ctx.db, input);
    ctx.session?.set(session.token, session.expiresAt);
    return { ok: true };
  }),
});
