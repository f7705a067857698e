import { z } from 'zod';
import { InviteRoleSchema, InviteSchema, changeRole, inviteMember, listMembers, removeMember, revokeInvite } from '../../services/members';
import { allowed, router } from '../trpc';

const UserIdSchema = z.object({ userId: z.string().min(1).max(64) });

export const membersRouter = router({
  list: allowed('members.read').query(({ ctx }) => listMembers(ctx.db, ctx.actor.workspaceId)),
  invite: allowed('members.manage').input(InviteSchema).mutation(({ ctx, input }) => inviteMember(ctx.db, ctx.actor, input)),
  revokeInvite: allowed('members.manage').input(z.object({ inviteId: z.string().min(1).max(64) })).mutation(({ ctx, input }) => {
    revokeInvite(ctx.db, ctx.actor, input.inviteId);
    return { ok: true };
  }),
  remove: allowed('members.manage').input(UserIdSchema).mutation(({ ctx, input }) => {
    removeMember(ctx.db, ctx.actor, input.userId);
    return { ok: true };
  }),
  changeRole: allowed('members.manage').input(UserIdSchema.extend({ role: InviteRoleSchema })).mutation(({ ctx, input }) => {
    changeRole(ctx.db, ctx.actor, input.userId, input.role);
    return { ok: true };
  }),
});
