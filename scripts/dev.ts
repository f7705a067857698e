/**
 * `npm run dev`: chat with a bundled template flow in the terminal, as a buyer.
 * `npm run dev -- douyin-cn --at 2026-10-01T02:00:00Z` picks another template and a clock.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(process.cwd(), 'flows', 'templates');
const templates = readdirSync(dir).filter((f) => f.endsWith('.flow.json')).map((f) => f.replace('.flow.json', ''));
const [first, ...rest] = process.argv.slice(2);
const name = first && !first.startsWith('--') ? first : 'tiktok-us';
if (!templates.includes(name)) {
  console.error(`No template "${name}". Templates: ${templates.join(', ')}`);
  process.exit(2);
}
const args = first && first.startsWith('--') ? [first, ...rest] : rest;
const r = spawnSync(process.execPath, ['--import', 'tsx', join('flows', 'cli', 'main.ts'), 'chat', join(dir, `${name}.flow.json`), '--orders', join('flows', 'templates', 'demo-orders.json'), ...args], { stdio: 'inherit' });
process.exit(r.status ?? 1);
