import { z } from 'zod';

/** Agent availability as the host sees it: online agents, and those with room for one more chat. */
export const AgentsSchema = z
  .object({
    online: z.number().int().min(0).max(100000),
    available: z.number().int().min(0).max(100000),
  })
  // Only once both counts are valid: "-1 online" should not also hear that available outnumbers it.
  .refine((a) => a.available <= a.online, { message: 'available agents cannot outnumber online agents', path: ['available'], when: (payload) => payload.issues.length === 0 });
export type Agents = z.infer<typeof AgentsSchema>;
