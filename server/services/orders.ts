/** The shop's orders as the bot sees them: the demo store that order lookups read. */
import { and, desc, eq } from 'drizzle-orm';
import { OrderSchema, type Order } from '../../flows/order';
import { orders } from '../../drizzle/schema';
import type { Db } from '../db';

/** Inserts or replaces an order (validated against flows/order.ts). */
export function upsertOrder(db: Db, shopId: string, input: unknown, now = new Date()): Order {
  const order = OrderSchema.parse(input);
  const row = { shopId, id: order.id, buyerId: order.buyerId, data: order, updatedAt: now.toISOString() };
  db.insert(orders).values(row).onConflictDoUpdate({ target: [orders.shopId, orders.id], set: { buyerId: row.buyerId, data: row.data, updatedAt: row.updatedAt } }).run();
  return order;
}

export function listOrders(db: Db, shopId: string, buyerId?: string): Order[] {
  const where = buyerId ? and(eq(orders.shopId, shopId), eq(orders.buyerId, buyerId)) : eq(orders.shopId, shopId);
  return db.select({ data: orders.data }).from(orders).where(where).orderBy(desc(orders.updatedAt), orders.id).all().map((r) => r.data as Order);
}
