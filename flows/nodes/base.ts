import { z } from 'zod';
import { IdSchema, PositionSchema } from '../common';

/** Builds the schema of one node kind: the shared fields plus the kind's own `data`. */
export function defineNodeSchema<K extends string, D extends z.ZodTypeAny>(kind: K, data: D) {
  return z.object({
    id: IdSchema,
    kind: z.literal(kind),
    /** A name the seller gives the node on the canvas. */
    label: z.string().max(100).optional(),
    position: PositionSchema,
    data,
  });
}
