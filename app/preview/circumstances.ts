/**
 * The circumstances a preview conversation runs under: the clock, agents, the buyer and where the
 * buyer's orders come from. Each turn keeps the ones it ran with, so a conversation can be frozen
 * into a conversation test and replayed.
 */
import type { Order } from '../../flows/order';

export type Clock = { mode: 'now' } | { mode: 'set'; ms: number };

/** Where order lookups are answered from. */
export type OrdersChoice =
  /** A new buyer: lookups find no orders. */
  | { source: 'none' }
  /** A buyer of the shop: looked up as production looks them up. */
  | { source: 'shop'; buyerId: string }
  /** Orders written here (fixtures), for a new buyer or in place of a shop buyer's real ones. */
  | { source: 'fixtures'; fixtures: Order[]; buyerId?: string };

export interface Circumstances {
  clock: Clock;
  agents: { online: number; available: number };
  buyerName: string;
  /** null: detected from what the buyer writes. */
  language: string | null;
  orders: OrdersChoice;
}

export const INITIAL_CIRCUMSTANCES: Circumstances = { clock: { mode: 'now' }, agents: { online: 0, available: 0 }, buyerName: '', language: null, orders: { source: 'none' } };

/** The buyer id used when the buyer is not one of the shop's. */
export const PREVIEW_BUYER = 'preview-buyer';

export function buyerIdOf(orders: OrdersChoice): string {
  return orders.source === 'none' ? PREVIEW_BUYER : (orders.buyerId ?? PREVIEW_BUYER);
}
