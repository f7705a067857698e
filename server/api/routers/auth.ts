import { z } from 'zod';
import { LocaleSchema, SignInSchema, setLocale, signIn, signOut } from '../../services/accounts';
import { AcceptInviteAsAccountSchema, AcceptInviteSchema, InviteTokenSchema, acceptInvite, acceptInviteAsAccount, describeInvite, joinInvite } from '../../services/members';
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
  invite: publicProcedure.input(InviteTokenSchema).query(({ ctx, input }) => describeInvite(ctx.db, input.token)),
  /** A link for an email without an account: creates it. */
  acceptInvite: publicProcedure.input(AcceptInviteSchema).mutation(async ({ ctx, input }) => {
    const session = await acceptInvite(ctx.db, input);
    ctx.session?.set(session.token, session.expiresAt);
    return { ok: true };
  }),
  /** A link for an email with an account: its password accepts (and signs in). */
  acceptInviteAsAccount: publicProcedure.input(AcceptInviteAsAccountSchema).mutation(async ({ ctx, input }) => {
    const session = await acceptInviteAsAccount(ctx.db, input);
    ctx.session?.set(session.token, session.expiresAt);
    return { ok: true };
  }),
  /** A link for the signed-in account's own email: one click joins. */
  joinInvite: memberProcedure.input(InviteTokenSchema).mutation(({ ctx, input }) => {
    joinInvite(ctx.db, ctx.actor, input);
    return { ok: true };
  }),
});
