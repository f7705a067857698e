import { z } from 'zod';
import { IdSchema } from '../common';
import { defineNodeSchema } from './base';

/**
 * Branches on the shop's working hours at the moment of the message: open, or closed. The
 * `holiday` exit (optional) takes the closed days of a public holiday or a dated closing, so the
 * notice can say why ("closed for {holiday}"); left unconnected, those days go to `closed`.
 */
export const WorkingHoursNodeSchema = defineNodeSchema('working_hours', z.object({ scheduleId: IdSchema }));
export type WorkingHoursNode = z.infer<typeof WorkingHoursNodeSchema>;
export const workingHoursExits = (): string[] => ['open', 'closed', 'holiday'];
