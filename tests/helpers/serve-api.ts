/**
 * Runs the API server (no Next.js) as its own process, for tests that kill and restart it:
 * `node --import tsx tests/helpers/serve-api.ts` with REPLYFLOW_DB (and PORT, HOST, ...) in the
 * environment. Prints one line, `{"url":"http://127.0.0.1:PORT"}`, once it listens.
 */
import { startServer } from '../../server/app-server';
import { loadConfig } from '../../server/config';

const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', REPLYFLOW_DEMO: 'true', ...process.env, NODE_ENV: 'test' });
const running = await startServer({ config, next: false });
process.stdout.write(`${JSON.stringify({ url: running.url, pid: process.pid })}\n`);
const stop = () => {
  running.close().finally(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
