/**
 * Roles of a workspace, modeled on the shop platforms' main and sub-accounts, and what each
 * may do. Every tRPC procedure names one permission; this table is the only place that says
 * which roles hold it.
 */
export const ROLES = ['owner', 'admin', 'agent', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = {
  /** See the workspace's shops (every member: agents need them to reach the inbox). */
  'shops.read': ['owner', 'admin', 'agent', 'viewer'],
  'shops.write': ['owner', 'admin'],
  /** See flows, drafts, versions and validation. */
  'flows.read': ['owner', 'admin', 'viewer'],
  /** Edit drafts, publish, roll back, copy. */
  'flows.write': ['owner', 'admin'],
  'keys.manage': ['owner', 'admin'],
  'orders.read': ['owner', 'admin', 'agent', 'viewer'],
  'orders.write': ['owner', 'admin'],
  /** Conversations, transcripts and the handoff queue. */
  'inbox.read': ['owner', 'admin', 'agent', 'viewer'],
  'inbox.reply': ['owner', 'admin', 'agent'],
  'members.read': ['owner', 'admin', 'viewer'],
  'members.manage': ['owner', 'admin'],
} as const satisfies Record<string, readonly Role[]>;
export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
