import { z } from 'zod';
import { IdSchema } from '../common';
import { defineNodeSchema } from './base';

/** Branches on the shop's working hours at the moment of the message. */
export const WorkingHoursNodeSchema = defineNodeSchema('working_hours', z.object({ scheduleId: IdSchema }));
export type WorkingHoursNode = z.infer<typeof WorkingHoursNodeSchema>;
export const workingHoursExits = (): string[] => ['open', 'closed'];
