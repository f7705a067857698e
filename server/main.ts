/** Starts Replyflow: `npm run dev` (development) and `npm start` (after `npm run build`). */
import { startServer } from './app-server';
import { loadConfig } from './config';

async function main(): Promise<void> {
  process.env.NEXT_TELEMETRY_DISABLED ??= '1';
  const dev = process.argv.includes('--dev');
  const apiOnly = process.argv.includes('--api-only');
  let config;
  try {
    config = loadConfig({ ...process.env, NODE_ENV: process.env.NODE_ENV ?? (dev ? 'development' : 'production') });
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
  const running = await startServer({ config, next: apiOnly ? false : { dev } });
  console.log(`Replyflow ${dev ? '(development) ' : ''}on ${running.url}  database ${config.REPLYFLOW_DB}${config.REPLYFLOW_DEMO ? ' (demo data)' : ''}`);
  const stop = () => {
    running.close().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
