/** Accounts, members and invitations: the shapes the forms and the API share. */
import { z } from 'zod';

export const EmailSchema = z.email('not a valid email address').max(200).transform((e) => e.toLowerCase());
export const PasswordSchema = z.string().min(8, 'at least 8 characters').max(200);
export const LocaleSchema = z.enum(['en', 'zh']);
export type Locale = z.infer<typeof LocaleSchema>;

export const SignInSchema = z.object({ email: EmailSchema, password: z.string().min(1, 'enter your password').max(200) });

/** Roles an invitation or a role change can give (the owner is never given). */
export const InviteRoleSchema = z.enum(['admin', 'agent', 'viewer']);
export const InviteSchema = z.object({ email: EmailSchema, role: InviteRoleSchema });
/** An invitation link's secret: what reading, accepting or joining by a link starts from. */
export const InviteTokenSchema = z.object({ token: z.string().min(10).max(200) });
/** Accepting as a new account: its name and a new password. */
export const AcceptInviteSchema = InviteTokenSchema.extend({ name: z.string().trim().min(1, 'enter your name').max(100), password: PasswordSchema });
/** Accepting with the account that has the invited email: its current password proves who accepts. */
export const AcceptInviteAsAccountSchema = InviteTokenSchema.extend({ password: SignInSchema.shape.password });
