import { z } from 'zod';
import { ReplySchema } from '../reply';
import { defineNodeSchema } from './base';

export const ORDER_LOOKUP_EXITS = [
  'awaiting_shipment',
  'overdue',
  'shipped',
  'delivered',
  'cancelled',
  'refunded',
  'not_found',
  // The shop's order system did not answer (timeout, error): not the same as "you have no order".
  'unavailable',
] as const;

/**
 * Asks the host for the buyer's orders (an effect), guesses the order meant (one named in the
 * message, else the latest open one), lets the buyer confirm or pick another by button, and
 * branches on its status. Fills order_id, order_status, carrier, tracking_number, ship_by, ...
 */
export const OrderLookupNodeSchema = defineNodeSchema(
  'order_lookup',
  z.object({
    /** When to ask "do you mean order …?": only with several candidate orders, always, or never. */
    confirm: z.enum(['when_ambiguous', 'always', 'never']).default('when_ambiguous'),
    /** The question; buttons are added for the guessed order and the others. */
    confirmReply: ReplySchema,
    /** Label of the "yes, this one" button. */
    confirmLabel: z.record(z.string(), z.string()).default({ en: 'Yes, this order', zh: '是这个订单' }),
    /** Most orders offered as buttons. */
    maxChoices: z.number().int().min(1).max(10).default(3),
  }),
);
export type OrderLookupNode = z.infer<typeof OrderLookupNodeSchema>;
export const orderLookupExits = (): string[] => [...ORDER_LOOKUP_EXITS];
