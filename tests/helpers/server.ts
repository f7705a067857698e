/**
 * Starts the real server (API only, no Next.js) on 127.0.0.1 with a fresh SQLite file in a temp
 * folder, seeded with the demo workspace. `close()` stops it and deletes the folder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer } from '../../server/app-server';
import { loadConfig, type Config } from '../../server/config';

export interface TestServer {
  url: string;
  /** The server's database (the same connection the server writes with). */
  db: RunningServer['db'];
  config: Config;
  dir: string;
  close(): Promise<void>;
}

/** The configuration of a test server: port 0 on 127.0.0.1, demo data, a database in `dir`. */
export function testConfig(dir: string, env: Record<string, string> = {}): Config {
  return loadConfig({ PORT: '0', HOST: '127.0.0.1', REPLYFLOW_DEMO: 'true', REPLYFLOW_DB: join(dir, 'replyflow.db'), NODE_ENV: 'test', ...env });
}

export async function startTestServer(env: Record<string, string> = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'replyflow-test-'));
  const config = testConfig(dir, env);
  const running = await startServer({ config, next: false });
  return {
    url: running.url,
    db: running.db,
    config,
    dir,
    async close() {
      await running.close();
      running.db.$client.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
