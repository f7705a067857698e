import { parseArgs } from 'node:util';
import { InstantSchema } from '../common';
import { chatCommand } from './chat';
import { LoadError, loadFlow, loadOrders } from './load';
import { pushCommand } from './push';
import { testCommand } from './test';
import { validateCommand } from './validate';

const USAGE = `Usage: npm run flow -- <command> [options]

  validate FILE...                 check flow documents (schema and problems); --lang zh for Chinese messages
  chat FILE [--at ISO] [--agents N] [--lang xx] [--orders FILE] [--buyer ID] [--name NAME] [--no-trace]
                                   chat with a flow as a buyer in the terminal
  test FILE...                     run conversation tests (*.tests.json, or the tests beside a *.flow.json)
  push FILE --shop SHOP [--flow ID] [--publish --note TEXT] [--url URL] [--key KEY] [--base-revision N]
                                   replace the shop's draft with FILE over the API (creates the flow), then
                                   optionally publish it; admin API key from --key or REPLYFLOW_API_KEY;
                                   --url defaults to http://localhost:3000`;

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
      shop: { type: 'string' },
      flow: { type: 'string' },
      publish: { type: 'boolean', default: false },
      note: { type: 'string' },
      url: { type: 'string', default: 'http://localhost:3000' },
      key: { type: 'string' },
      'base-revision': { type: 'string' },
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
    case 'push': {
      const key = values.key ?? process.env.REPLYFLOW_API_KEY;
      if (!values.shop) {
        console.error('--shop: say which shop to push to, e.g. --shop us-tiktok');
        return 2;
      }
      if (!key) {
        console.error('--key: give an admin API key of the shop (or set REPLYFLOW_API_KEY)');
        return 2;
      }
      if (values.publish && !values.note?.trim()) {
        console.error('--note: say what changed when publishing, e.g. --note "New return policy"');
        return 2;
      }
      const baseRevision = values['base-revision'] === undefined ? null : Number(values['base-revision']);
      if (baseRevision !== null && (!Number.isInteger(baseRevision) || baseRevision < 1)) {
        console.error(`--base-revision: "${values['base-revision']}" is not a revision number`);
        return 2;
      }
      try {
        new URL(values.url);
      } catch {
        console.error(`--url: "${values.url}" is not a URL like http://localhost:3000`);
        return 2;
      }
      return pushCommand(positionals[0] as string, { shop: values.shop, flow: values.flow ?? null, publish: values.publish, note: values.note ?? null, url: values.url, key, baseRevision });
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
