import { parseArgs } from 'node:util';
import { IdSchema, InstantSchema } from '../common';
import { chatCommand } from './chat';
import { LoadError, loadFlow, loadOrders } from './load';
import { pullCommand } from './pull';
import { DEFAULT_URL, pushCommand } from './push';
import { testCommand } from './test';
import { validateCommand } from './validate';

const USAGE = `Usage: npm run flow -- <command> [options]

  validate FILE...                 check flow documents (schema and problems); --lang zh for Chinese messages
  chat FILE [--at ISO] [--agents N] [--lang xx] [--orders FILE] [--buyer ID] [--name NAME] [--no-trace]
                                   chat with a flow as a buyer in the terminal
  test FILE...                     run conversation tests (*.tests.json, or the tests beside a *.flow.json)
  push FILE --shop SHOP [--flow ID] [--publish --note TEXT] [--url URL] [--key KEY] [--base-revision N]
                                   replace the shop's draft with FILE over the API (creates the flow) and its
                                   tests with the *.tests.json beside FILE if there is one, then optionally
                                   publish it (refused while a conversation test fails)
  pull --shop SHOP --flow ID [--version N] [--out DIR] [--url URL] [--key KEY]
                                   write the draft (or published version N) as DIR/ID.flow.json and its
                                   conversation tests as DIR/ID.tests.json (DIR defaults to .)

  push and pull need an admin API key of the shop: --key or REPLYFLOW_API_KEY;
  --url defaults to ${DEFAULT_URL}`;

/** The command line's options (throws, naming the option, on an unknown one or a missing value). */
function parseOptions(args: string[]) {
  return parseArgs({
    args,
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
      url: { type: 'string', default: DEFAULT_URL },
      key: { type: 'string' },
      'base-revision': { type: 'string' },
      version: { type: 'string' },
      out: { type: 'string', default: '.' },
    },
  });
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  let parsed;
  try {
    parsed = parseOptions(rest);
  } catch (e) {
    // parseArgs's own message names the option ("Unknown option '--json'"); a stack trace would bury it.
    console.error(`${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;

  // pull names its flow with --flow; every other command needs a file.
  if (!command || command === 'help' || command === '--help' || (positionals.length === 0 && command !== 'pull')) {
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
      const api = apiOptions(values, 'push to');
      if (!api) return 2;
      if (values.publish && !values.note?.trim()) {
        console.error('--note: say what changed when publishing, e.g. --note "New return policy"');
        return 2;
      }
      const baseRevision = values['base-revision'] === undefined ? null : Number(values['base-revision']);
      if (baseRevision !== null && (!Number.isInteger(baseRevision) || baseRevision < 1)) {
        console.error(`--base-revision: "${values['base-revision']}" is not a revision number`);
        return 2;
      }
      return pushCommand(positionals[0] as string, { ...api, flow: values.flow ?? null, publish: values.publish, note: values.note ?? null, baseRevision });
    }
    case 'pull': {
      if (positionals.length > 0) {
        console.error(`pull writes files named after the flow; give the folder with --out, not "${positionals[0]}"`);
        return 2;
      }
      const api = apiOptions(values, 'pull from');
      if (!api) return 2;
      // The id names the files, so it must be a flow id (no slashes or dots to escape --out with).
      if (!values.flow || !IdSchema.safeParse(values.flow).success) {
        console.error(values.flow ? `--flow: "${values.flow}" is not a flow id (letters, digits, - and _)` : '--flow: say which flow to pull, e.g. --flow customer-service');
        return 2;
      }
      const version = values.version === undefined ? null : Number(values.version);
      if (version !== null && !/^[1-9]\d{0,8}$/.test(values.version ?? '')) {
        console.error(`--version: "${values.version}" is not a published version number (1, 2, 3, …)`);
        return 2;
      }
      return pullCommand({ ...api, flow: values.flow, version, out: values.out });
    }
    default:
      console.error(`Unknown command "${command}".\n\n${USAGE}`);
      return 2;
  }
}

/** What push and pull both need: the shop, an admin key and a server URL; null after saying what is wrong. */
function apiOptions(values: { shop?: string; key?: string; url: string }, verb: string): { shop: string; key: string; url: string } | null {
  const key = values.key ?? process.env.REPLYFLOW_API_KEY;
  if (!values.shop) {
    console.error(`--shop: say which shop to ${verb}, e.g. --shop us-tiktok`);
    return null;
  }
  if (!key) {
    console.error('--key: give an admin API key of the shop (or set REPLYFLOW_API_KEY)');
    return null;
  }
  try {
    new URL(values.url);
  } catch {
    console.error(`--url: "${values.url}" is not a URL like ${DEFAULT_URL}`);
    return null;
  }
  return { shop: values.shop, key, url: values.url };
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof LoadError ? e.message : e);
    process.exit(2);
  },
);
