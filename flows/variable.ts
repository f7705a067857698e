import { z } from 'zod';

export const VariableNameSchema = z
  .string()
  .regex(/^[a-z_][a-z0-9_]{0,63}$/, 'use lower-case letters, digits and "_", starting with a letter');

export const VariableTypeSchema = z.enum(['string', 'number', 'boolean']);
export type VariableType = z.infer<typeof VariableTypeSchema>;

export const VariableValueSchema = z.union([z.string().max(4000), z.number().finite(), z.boolean()]);
export type VariableValue = z.infer<typeof VariableValueSchema>;

/** A variable the flow declares, with its type and default value. */
export const VariableSchema = z
  .object({
    name: VariableNameSchema,
    type: VariableTypeSchema,
    default: VariableValueSchema.optional(),
    description: z.string().max(300).default(''),
  })
  .refine((v) => v.default === undefined || typeof v.default === v.type, {
    message: 'default value does not have the declared type',
    path: ['default'],
  });
export type Variable = z.infer<typeof VariableSchema>;

/**
 * Variables every flow can read without declaring them: facts about the buyer, the shop and
 * the conversation, and those an order lookup fills in.
 */
export const BUILTIN_VARIABLES: Readonly<Record<string, { type: VariableType; description: string }>> = {
  buyer_name: { type: 'string', description: 'Buyer display name' },
  buyer_id: { type: 'string', description: 'Buyer id on the platform' },
  shop_name: { type: 'string', description: 'Shop name' },
  language: { type: 'string', description: 'Language of the conversation' },
  next_open: { type: 'string', description: 'When the shop next opens, e.g. "Monday 09:00"' },
  open_until: { type: 'string', description: 'Until when the shop is open, e.g. "8 PM today" (empty while closed)' },
  holiday: { type: 'string', description: 'The holiday or dated closing the shop is closed for, e.g. "Thanksgiving Day" (empty on other days)' },
  last_message: { type: 'string', description: 'The buyer\'s last message' },
  order_id: { type: 'string', description: 'Order in question (set by an order lookup)' },
  order_status: { type: 'string', description: 'Status of that order' },
  order_items: { type: 'string', description: 'Items of that order' },
  order_date: { type: 'string', description: 'Date the order was placed' },
  ship_by: { type: 'string', description: 'Promised ship-by date' },
  carrier: { type: 'string', description: 'Carrier of a shipped order' },
  tracking_number: { type: 'string', description: 'Tracking number of a shipped order' },
  delivered_at: { type: 'string', description: 'Delivery date' },
};
