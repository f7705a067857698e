import { z } from 'zod';

/** Agent availability as the host sees it: online agents, and those with room for one more chat. */
export const AgentsSchema = z
  .object({
    online: z.number().int().min(0).max(100000),
    available: z.number().int().min(0).max(100000),
  })
  .refine((a) => a.available <= a.online, { message: 'available agents cannot outnumber online agents', path: ['available'] });
export type Agents = z.infer<typeof AgentsSchema>;
