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
export const AcceptInviteSchema = z.object({ token: z.string().min(10).max(200), name: z.string().trim().min(1, 'enter your name').max(100), password: PasswordSchema });
