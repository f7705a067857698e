/** What agents read: a shop's conversations, newest first, and one transcript with its trace. */
import { and, asc, desc, eq } from 'drizzle-orm';
import { conversationEvents, conversations } from '../../drizzle/schema';
import type { Db } from '../db';
import { notFound } from '../errors';

export function listConversations(db: Db, shopId: string, limit = 50) {
  return db
    .select({
      id: conversations.id,
      buyerId: conversations.buyerId,
      buyerName: conversations.buyerName,
      status: conversations.status,
      handoffQueue: conversations.handoffQueue,
      unreplied: conversations.unreplied,
      flowId: conversations.flowId,
      version: conversations.version,
      lastMessageAt: conversations.lastMessageAt,
      events: conversations.events,
    })
    .from(conversations)
    .where(eq(conversations.shopId, shopId))
    .orderBy(desc(conversations.lastMessageAt))
    .limit(limit)
    .all();
}

/** A conversation with its current state (its latest event's) and its events, read in one transaction. */
export function getTranscript(db: Db, shopId: string, conversationId: string) {
  return db.transaction((tx) => {
    const conversation = tx.select().from(conversations).where(and(eq(conversations.shopId, shopId), eq(conversations.id, conversationId))).get();
    if (!conversation) throw notFound(`conversation "${conversationId}"`);
    const ofConversation = and(eq(conversationEvents.shopId, shopId), eq(conversationEvents.conversationId, conversationId));
    const latest = tx.select({ state: conversationEvents.stateAfter }).from(conversationEvents).where(ofConversation).orderBy(desc(conversationEvents.seq)).limit(1).get();
    const events = tx
      .select({ seq: conversationEvents.seq, type: conversationEvents.type, at: conversationEvents.at, messageId: conversationEvents.messageId, event: conversationEvents.event, outputs: conversationEvents.outputs, trace: conversationEvents.trace, version: conversationEvents.version })
      .from(conversationEvents)
      .where(ofConversation)
      .orderBy(asc(conversationEvents.seq))
      .all();
    return { conversation: { ...conversation, state: latest?.state ?? null }, events };
  });
}
