/** Configuration from environment variables, validated once at start. */
import { z } from 'zod';

const bool = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no'])
  .transform((v) => v === '1' || v === 'true' || v === 'yes');

export const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('localhost'),
  /** The SQLite file; created and migrated on first start. */
  REPLYFLOW_DB: z.string().min(1).default('./data/replyflow.db'),
  /** Seed the demo workspace (owner, three shops, orders, API keys) into an empty database. */
  REPLYFLOW_DEMO: bool.default(true),
  /** Largest accepted request body of the HTTP API, in bytes. */
  REPLYFLOW_MAX_BODY: z.coerce.number().int().min(1024).max(10_000_000).default(64 * 1024),
  /** Largest flow document the HTTP API accepts (a knowledge base of many intents is bigger than a chat message). */
  REPLYFLOW_MAX_FLOW_BODY: z.coerce.number().int().min(1024).max(50_000_000).default(4 * 1024 * 1024),
  /** How long an order lookup waits for a shop's own orders endpoint before answering "unavailable". */
  REPLYFLOW_ORDERS_TIMEOUT_MS: z.coerce.number().int().min(50).max(60_000).default(3000),
  /**
   * Threads that run buyer conversations, each with its own SQLite connection (a conversation
   * always runs on the same one). One keeps a 2-core machine's latency lowest; more pay off
   * with more cores than the event loop, the threads and the load need.
   */
  REPLYFLOW_ENGINE_THREADS: z.coerce.number().int().min(1).max(16).default(1),
  /** Mark session cookies `Secure` (set behind HTTPS). */
  REPLYFLOW_SECURE_COOKIES: bool.default(false),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
});
export type Config = z.infer<typeof ConfigSchema>;

/** Reads and validates the environment; a bad value stops the start with the variable's name. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
