import { z } from 'zod';
import { InstantSchema } from './common';

export const OrderStatusSchema = z.enum(['awaiting_shipment', 'shipped', 'delivered', 'cancelled', 'refunded']);
export type OrderStatus = z.infer<typeof OrderStatusSchema>;

/** An order as the shop's systems report it to the host, which feeds it to the runtime. */
export const OrderSchema = z.object({
  id: z.string().min(1).max(64),
  buyerId: z.string().min(1).max(128),
  status: OrderStatusSchema,
  createdAt: InstantSchema,
  /** Latest ship-by the shop promised; awaiting shipment past it is overdue. */
  promisedShipBy: InstantSchema.optional(),
  carrier: z.string().max(100).optional(),
  trackingNumber: z.string().max(100).optional(),
  deliveredAt: InstantSchema.optional(),
  items: z.array(z.object({ title: z.string().min(1).max(200), quantity: z.number().int().min(1) })).max(100).default([]),
});
export type Order = z.infer<typeof OrderSchema>;
