import { z } from 'zod';
import { IdSchema } from './common';

/** A connection from a named exit (`sourceHandle`) of one node to another node. */
export const EdgeSchema = z.object({
  id: IdSchema,
  source: IdSchema,
  sourceHandle: IdSchema,
  target: IdSchema,
});
export type Edge = z.infer<typeof EdgeSchema>;
