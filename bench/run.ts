/** `npm run bench`: every benchmark, each beside the baseline measured in the same run. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { benchMatching } from './matching';
import { benchStep } from './step';

const dataDir = resolve(process.argv[2] ?? '../shared/data/intents');

console.log('## step() throughput (one core)');
console.table(benchStep());
if (existsSync(dataDir)) {
  console.log(`\n## intent matching (${dataDir})`);
  console.table(await benchMatching(dataDir));
} else {
  console.log(`\n(no evaluation data at ${dataDir}: intent matching skipped)`);
}
