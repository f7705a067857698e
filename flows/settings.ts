import { z } from 'zod';
import { IdSchema } from './common';

/**
 * When the robot answers by itself and when it only suggests replies to an online agent.
 * - `auto` + `always`: the robot replies all day;
 * - `auto` + `outside_hours`: it replies only while the schedule `scheduleId` is closed;
 * - `auto` + `no_agent_available`: it replies when no agent is online or all are saturated;
 * - `assist`: while agents are online its replies are suggestions (sent too if `assistAutoSend`).
 * Outside its auto window the robot behaves as in assist mode.
 */
export const RobotSettingsSchema = z.object({
  mode: z.enum(['auto', 'assist']).default('auto'),
  autoWhen: z.enum(['always', 'outside_hours', 'no_agent_available']).default('always'),
  scheduleId: IdSchema.optional(),
  assistAutoSend: z.boolean().default(false),
});
export type RobotSettings = z.infer<typeof RobotSettingsSchema>;

export const SettingsSchema = z.object({
  /** Messages closer together than this continue one session: no second greeting. */
  sessionWindowSeconds: z.number().int().min(60).max(7 * 24 * 3600).default(1800),
  /** Loop guard: when the same auto-reply would be sent for the Nth time in a session, hand over instead. */
  repeatLimit: z.number().int().min(2).max(20).default(3),
  /** Consecutive fallbacks before the fallback node takes its `escalate` exit. */
  fallbackEscalation: z.number().int().min(1).max(20).default(2),
  /** Most nodes one event may visit; a cycle that never waits ends with a problem and the fallback. */
  maxStepsPerEvent: z.number().int().min(5).max(500).default(50),
  /** Hand over when the buyer rates a bot reply as unresolved. */
  handoffOnUnresolved: z.boolean().default(true),
  /** The same buyer text again within this many seconds is a burst: answered once. */
  burstWindowSeconds: z.number().int().min(0).max(600).default(30),
  /** Default intent match threshold, 0–100 (per intent overridable). */
  matchThreshold: z.number().min(0).max(100).default(50),
  /** Queue used when a guard (repeat limit, unresolved rating, step budget) hands over. */
  handoffQueue: z.string().min(1).max(64).default('default'),
  /**
   * The node a guard (repeat limit, unresolved rating) hands over through, for example the
   * working-hours check before the flow's hand-over, so the buyer hears when the team is back.
   * Unset: the first handoff node's message, at once, into `handoffQueue`.
   */
  guardHandoffTarget: IdSchema.optional(),
  robot: RobotSettingsSchema.default({ mode: 'auto', autoWhen: 'always', assistAutoSend: false }),
});
export type Settings = z.infer<typeof SettingsSchema>;
