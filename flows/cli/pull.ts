import { mkdirSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { z } from 'zod';
import { ConversationTestSchema, type ConversationTest } from '../conversation-test';
import type { FlowDocument } from '../document';
import { exportFiles } from '../export';
import { formatSchemaIssues, parseFlowDocument } from '../migrations';
import { bold, dim, green, red } from './colors';
import { DEFAULT_URL, flowUrl, refused, send } from './push';

export interface PullOptions {
  shop: string;
  flow: string;
  /** A published version; null: the draft. */
  version: number | null;
  /** The folder to write the two files to (created when missing). */
  out: string;
  url: string;
  key: string;
}

const PulledSchema = z.object({ revision: z.number().int().optional(), version: z.number().int().optional(), document: z.unknown(), tests: z.array(z.unknown()) });

/**
 * `flow pull --shop SHOP --flow ID`: downloads the flow's draft (or `--version N`) with its
 * conversation tests over the production API and writes `<ID>.flow.json` and `<ID>.tests.json`
 * into `--out`, exactly as the designer's export does, ready for `flow test` and `flow push`.
 * Needs an admin-scope API key. Exit 0 on success, 1 when the server refuses or answers nonsense.
 */
export async function pullCommand(options: PullOptions): Promise<number> {
  const url = `${flowUrl(options.url, options.shop, options.flow)}${options.version === null ? '' : `?version=${options.version}`}`;
  const res = await send(url, 'GET', { authorization: `Bearer ${options.key}` });
  if (!res) return 1;
  const what = options.version === null ? 'draft' : `version ${options.version}`;
  if (res.status !== 200) return refused(`pull ${options.shop}/${options.flow} ${what}`, res);

  // Checked, but written as received: the files must match the designer's export byte for byte.
  const body = PulledSchema.safeParse(res.body);
  const doc = body.success ? parseFlowDocument(body.data.document) : null;
  const badTest = body.success ? body.data.tests.findIndex((t) => !ConversationTestSchema.safeParse(t).success) : -1;
  if (!body.success || !doc?.ok || badTest !== -1) {
    const why = !body.success ? 'not a flow answer' : doc && !doc.ok ? `the document is not valid\n${formatSchemaIssues(doc.issues)}` : `test ${badTest + 1} is not a valid conversation test`;
    console.error(`${red('✗')} pull ${options.shop}/${options.flow}: the server's answer cannot be written as files (${why})`);
    return 1;
  }
  const files = exportFiles(body.data.document as FlowDocument, body.data.tests as ConversationTest[], options.flow);

  mkdirSync(options.out, { recursive: true });
  const flowFile = join(options.out, files.flow.name);
  const testsFile = join(options.out, files.tests.name);
  writeFileSync(flowFile, files.flow.content);
  writeFileSync(testsFile, files.tests.content);

  const revision = body.data.revision === undefined ? '' : ` (revision ${body.data.revision})`;
  console.log(`${green('✓')} ${options.shop}/${options.flow} ${what}${revision} → ${bold(shown(flowFile))}, ${bold(shown(testsFile))} (${body.data.tests.length} conversation test(s))`);
  console.log(dim('Run its conversation tests:'));
  console.log(`  npm run flow -- test ${shown(flowFile)}`);
  console.log(dim('Push it back after editing:'));
  const base = options.version === null && body.data.revision !== undefined ? ` --base-revision ${body.data.revision}` : '';
  const at = options.url === DEFAULT_URL ? '' : ` --url ${options.url}`;
  console.log(`  npm run flow -- push ${shown(flowFile)} --shop ${options.shop}${base}${at}`);
  return 0;
}

/** A path as typed in a shell from here: relative when inside the working folder. */
function shown(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}
