import { parseArgs } from 'node:util';
import { InstantSchema } from '../common';
import { chatCommand } from './chat';
import { LoadError, loadFlow, loadOrders } from './load';
import { testCommand } from './test';
import { validateCommand } from './validate';

const USAGE = `Usage: npm run flow -- <command> [options]

  validate FILE...                 check flow documents (schema and problems); --lang zh for Chinese messages
  chat FILE [--at ISO] [--agents N] [--lang xx] [--orders FILE] [--buyer ID] [--name NAME] [--no-trace]
                                   chat with a flow as a buyer in the terminal
  test FILE...                     run conversation tests (*.tests.json, or the tests beside a *.flow.json)`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      at: { type: 'string' },
      agents: { type: 'string', default: '0' },
      lang: { type: 'string' },
      orders: { type: 'string' },
      buyer: { type: 'string', default: 'buyer-1' },
      name: { type: 'string' },
      'no-trace': { type: 'boolean', default: false },
    },
  });
  if (!command || command === 'help' || command === '--help' || positionals.length === 0) {
    console.log(USAGE);
    return command && command !== 'help' && command !== '--help' ? 2 : 0;
  }
  switch (command) {
    case 'validate':
      return validateCommand(positionals, values.lang === 'zh' ? 'zh' : 'en');
    case 'test':
      return testCommand(positionals);
    case 'chat': {
      if (values.at !== undefined && !InstantSchema.safeParse(values.at).success) {
        console.error(`--at: "${values.at}" is not an ISO-8601 date-time with a zone, e.g. 2026-11-21T09:30:00Z`);
        return 2;
      }
      const agents = Number(values.agents);
      if (!Number.isInteger(agents) || agents < 0) {
        console.error(`--agents: "${values.agents}" is not a whole number of agents`);
        return 2;
      }
      return chatCommand(loadFlow(positionals[0] as string), {
        at: values.at ?? null,
        agents,
        lang: values.lang ?? null,
        orders: values.orders ? loadOrders(values.orders) : [],
        buyer: values.buyer,
        name: values.name ?? null,
        trace: !values['no-trace'],
      });
    }
    default:
      console.error(`Unknown command "${command}".\n\n${USAGE}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof LoadError ? e.message : e);
    process.exit(2);
  },
);
