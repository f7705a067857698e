/**
 * The database: one table per stored concept. JSON columns hold documents validated by the
 * flows/ and runtime/ zod schemas at the service boundary (never trusted raw).
 */
import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

const createdAt = () => text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`);

export const users = sqliteTable('users', {
  id: text('id').primaryKey(),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  passwordHash: text('password_hash').notNull(),
  /** UI language, remembered per user. */
  locale: text('locale', { enum: ['en', 'zh'] }).notNull().default('en'),
  createdAt: createdAt(),
});

export const workspaces = sqliteTable('workspaces', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  createdAt: createdAt(),
});

export const memberships = sqliteTable(
  'memberships',
  {
    workspaceId: text('workspace_id').notNull().references(() => workspaces.id),
    userId: text('user_id').notNull().references(() => users.id),
    role: text('role', { enum: ['owner', 'admin', 'agent', 'viewer'] }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.userId] })],
);

/** Sign-in sessions; only a hash of the cookie's token is stored. */
export const sessions = sqliteTable('sessions', {
  tokenHash: text('token_hash').primaryKey(),
  userId: text('user_id').notNull().references(() => users.id),
  expiresAt: text('expires_at').notNull(),
  createdAt: createdAt(),
});

/** One-time invitation links; only a hash of the token is stored. */
export const invites = sqliteTable('invites', {
  id: text('id').primaryKey(),
  workspaceId: text('workspace_id').notNull().references(() => workspaces.id),
  email: text('email').notNull(),
  role: text('role', { enum: ['admin', 'agent', 'viewer'] }).notNull(),
  tokenHash: text('token_hash').notNull().unique(),
  createdBy: text('created_by').notNull().references(() => users.id),
  createdAt: createdAt(),
  expiresAt: text('expires_at').notNull(),
  acceptedAt: text('accepted_at'),
  revokedAt: text('revoked_at'),
});

export const shops = sqliteTable('shops', {
  id: text('id').primaryKey(),
  workspaceId: text('workspace_id').notNull().references(() => workspaces.id),
  name: text('name').notNull(),
  platform: text('platform', { enum: ['tiktok_shop', 'douyin', 'other'] }).notNull(),
  country: text('country').notNull(),
  timezone: text('timezone').notNull(),
  /** JSON: string[] of language codes, the first being the default. */
  languages: text('languages', { mode: 'json' }).$type<string[]>().notNull(),
  market: text('market').notNull(),
  /** The flow whose live version answers buyers, and that version. */
  liveFlowId: text('live_flow_id'),
  liveVersion: integer('live_version'),
  /** JSON: the shop's default working hours (a flows/schedule.ts Schedule), offered to new flows. */
  defaultSchedule: text('default_schedule', { mode: 'json' }),
  /** Optional HTTP endpoint of the seller's system for order lookups. */
  ordersEndpoint: text('orders_endpoint'),
  createdAt: createdAt(),
});

export const flows = sqliteTable(
  'flows',
  {
    shopId: text('shop_id').notNull().references(() => shops.id),
    id: text('id').notNull(),
    name: text('name').notNull(),
    /** JSON: the draft FlowDocument. */
    draft: text('draft', { mode: 'json' }).notNull(),
    /** JSON: the draft's conversation tests. */
    tests: text('tests', { mode: 'json' }).notNull().default(sql`'[]'`),
    /** Increments on every save; a save based on an older revision is a conflict. */
    revision: integer('revision').notNull().default(1),
    updatedAt: text('updated_at').notNull(),
    updatedBy: text('updated_by'),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.shopId, t.id] })],
);

/** Immutable published versions. */
export const flowVersions = sqliteTable(
  'flow_versions',
  {
    shopId: text('shop_id').notNull(),
    flowId: text('flow_id').notNull(),
    version: integer('version').notNull(),
    document: text('document', { mode: 'json' }).notNull(),
    tests: text('tests', { mode: 'json' }).notNull().default(sql`'[]'`),
    note: text('note').notNull(),
    publishedBy: text('published_by'),
    publishedAt: text('published_at').notNull(),
    /** Set when this version re-publishes an older one. */
    rolledBackFrom: integer('rolled_back_from'),
    /** Set when an admin published despite failing conversation tests. */
    overrideReason: text('override_reason'),
  },
  (t) => [primaryKey({ columns: [t.shopId, t.flowId, t.version] })],
);

export const apiKeys = sqliteTable(
  'api_keys',
  {
    id: text('id').primaryKey(),
    shopId: text('shop_id').notNull().references(() => shops.id),
    name: text('name').notNull(),
    /** `reply`: the chat channel; `admin`: also pushes and publishes flows. */
    scope: text('scope', { enum: ['reply', 'admin'] }).notNull(),
    /** The first characters of the key, to recognise it in a list. */
    prefix: text('prefix').notNull(),
    /** SHA-256 of the whole key (keys are long random strings). */
    hash: text('hash').notNull().unique(),
    createdBy: text('created_by'),
    createdAt: createdAt(),
    revokedAt: text('revoked_at'),
  },
  (t) => [index('api_keys_shop').on(t.shopId)],
);

export const orders = sqliteTable(
  'orders',
  {
    shopId: text('shop_id').notNull().references(() => shops.id),
    id: text('id').notNull(),
    buyerId: text('buyer_id').notNull(),
    /** JSON: the Order as flows/order.ts defines it. */
    data: text('data', { mode: 'json' }).notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.shopId, t.id] }), index('orders_buyer').on(t.shopId, t.buyerId)],
);

export const conversations = sqliteTable(
  'conversations',
  {
    shopId: text('shop_id').notNull().references(() => shops.id),
    id: text('id').notNull(),
    buyerId: text('buyer_id').notNull(),
    buyerName: text('buyer_name'),
    /** The version this session runs on (kept until the session window closes). */
    flowId: text('flow_id').notNull(),
    version: integer('version').notNull(),
    status: text('status', { enum: ['bot', 'human', 'closed'] }).notNull(),
    handoffQueue: text('handoff_queue'),
    unreplied: integer('unreplied', { mode: 'boolean' }).notNull().default(false),
    startedAt: text('started_at').notNull(),
    lastMessageAt: text('last_message_at').notNull(),
    events: integer('events').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.shopId, t.id] }), index('conversations_recent').on(t.shopId, t.lastMessageAt)],
);

/** Every event applied to a conversation, with what it produced: the audit trail and replay log. */
export const conversationEvents = sqliteTable(
  'conversation_events',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    shopId: text('shop_id').notNull(),
    conversationId: text('conversation_id').notNull(),
    /** The platform's message id (buyer messages): the idempotency key. */
    messageId: text('message_id'),
    type: text('type').notNull(),
    /** The instant the runtime saw. */
    at: text('at').notNull(),
    receivedAt: text('received_at').notNull(),
    flowId: text('flow_id').notNull(),
    version: integer('version').notNull(),
    event: text('event', { mode: 'json' }).notNull(),
    /** JSON: what else the runtime saw (agents, buyer profile, seed), so the event replays exactly. */
    env: text('env', { mode: 'json' }),
    outputs: text('outputs', { mode: 'json' }).notNull(),
    trace: text('trace', { mode: 'json' }).notNull(),
    /** JSON: the runtime's ConversationState after this event; the latest event's is the conversation's current state. */
    stateAfter: text('state_after', { mode: 'json' }).notNull(),
    statusAfter: text('status_after').notNull(),
    /** The HTTP answer given, returned again when the same message is retried. */
    response: text('response', { mode: 'json' }),
  },
  (t) => [
    uniqueIndex('conversation_events_message').on(t.shopId, t.messageId),
    index('conversation_events_conversation').on(t.shopId, t.conversationId, t.seq),
  ],
);

/** Replies sent (or suggested) to buyers, for ratings and metrics. */
export const replies = sqliteTable(
  'replies',
  {
    shopId: text('shop_id').notNull(),
    conversationId: text('conversation_id').notNull(),
    id: text('id').notNull(),
    eventSeq: integer('event_seq').notNull(),
    nodeId: text('node_id').notNull(),
    kind: text('kind').notNull(),
    text: text('text').notNull(),
    language: text('language').notNull(),
    intentId: text('intent_id'),
    suggested: integer('suggested', { mode: 'boolean' }).notNull().default(false),
    resolved: integer('resolved', { mode: 'boolean' }),
    ratingReason: text('rating_reason'),
  },
  (t) => [primaryKey({ columns: [t.shopId, t.conversationId, t.id] })],
);

export const handoffs = sqliteTable(
  'handoffs',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    shopId: text('shop_id').notNull(),
    conversationId: text('conversation_id').notNull(),
    eventSeq: integer('event_seq').notNull(),
    queue: text('queue').notNull(),
    reason: text('reason').notNull(),
    at: text('at').notNull(),
  },
  (t) => [index('handoffs_shop').on(t.shopId, t.at)],
);
