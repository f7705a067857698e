import { existsSync } from 'node:fs';
import { formatPath } from '../migrations';
import { bold, dim, green, red, yellow } from './colors';
import { loadFlow, loadTests } from './load';

export interface PushOptions {
  shop: string;
  /** The flow to replace (default: the document's own id, which is then set to it). */
  flow: string | null;
  publish: boolean;
  note: string | null;
  url: string;
  key: string;
  /** Refuse the push when the draft was saved after this revision. */
  baseRevision: number | null;
}

interface ApiProblem {
  code: string;
  severity: 'error' | 'warning';
  nodeId: string | null;
  path: Array<string | number>;
  message: { en: string; zh: string };
}

interface ApiError {
  error?: { code?: string; message?: string; issues?: Array<{ path: string; message: string }>; problems?: ApiProblem[]; failingTests?: Array<{ id: string; name: string }> };
}

/** Where the server listens when `--url` is not given (`npm run dev`). */
export const DEFAULT_URL = 'http://localhost:3000';

/** The API address of one flow of a shop. */
export function flowUrl(url: string, shop: string, flowId: string): string {
  return `${url.replace(/\/+$/, '')}/api/v1/shops/${encodeURIComponent(shop)}/flows/${encodeURIComponent(flowId)}`;
}

/**
 * `flow push FILE --shop SHOP`: replaces the shop's draft of the flow with the file over the
 * production API (creating the flow if needed), then the draft's conversation tests with the
 * `*.tests.json` beside the file when there is one (the server's tests are left alone when there
 * is none), and with `--publish --note` makes it the live version, which the server refuses
 * while those tests fail. Needs an admin-scope API key. Exit 0 on success, 1 when the server refuses.
 */
export async function pushCommand(file: string, options: PushOptions): Promise<number> {
  const document = loadFlow(file);
  const testsFile = file.endsWith('.flow.json') ? file.replace(/\.flow\.json$/, '.tests.json') : null;
  // Read before calling anything: a broken tests file stops the push instead of half-doing it.
  const tests = testsFile && existsSync(testsFile) ? loadTests(testsFile).tests : null;
  const flowId = options.flow ?? document.id;
  const base = flowUrl(options.url, options.shop, flowId);
  const auth = { authorization: `Bearer ${options.key}`, 'content-type': 'application/json' };
  const headers: Record<string, string> = { ...auth };
  if (options.baseRevision !== null) headers['if-match'] = `"${options.baseRevision}"`;

  const pushed = await send(base, 'PUT', headers, { ...document, id: flowId });
  if (!pushed) return 1;
  if (pushed.status !== 200 && pushed.status !== 201) return refused(`push ${file}`, pushed);
  const saved = pushed.body as { revision: number; created: boolean; problems: ApiProblem[] };
  console.log(`${green('✓')} ${bold(file)} → ${options.shop}/${flowId}: draft ${saved.created ? 'created' : 'replaced'} (revision ${saved.revision})`);
  printProblems(saved.problems);

  if (tests && testsFile) {
    // Based on the revision just pushed, so the tests land on this document and no other.
    const put = await send(`${base}/tests`, 'PUT', { ...auth, 'if-match': `"${saved.revision}"` }, { tests: tests.tests });
    if (!put) return 1;
    if (put.status !== 200) return refused(`push ${testsFile}`, put);
    const stored = put.body as { revision: number; tests: number };
    console.log(`${green('✓')} ${bold(testsFile)} → ${stored.tests} conversation test(s) (revision ${stored.revision})`);
  }

  if (!options.publish) return 0;
  const published = await send(`${base}/publish`, 'POST', auth, { note: options.note });
  if (!published) return 1;
  if (published.status !== 200) return refused('publish', published);
  console.log(`${green('✓')} published ${options.shop}/${flowId} version ${(published.body as { version: number }).version}: live now`);
  return 0;
}

/** One API call; null (after saying why) when the server cannot be reached. */
export async function send(url: string, method: string, headers: Record<string, string>, body?: unknown): Promise<{ status: number; body: unknown } | null> {
  let res: Response;
  try {
    res = await fetch(url, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }), signal: AbortSignal.timeout(60_000) });
  } catch (e) {
    const cause = (e as Error & { cause?: { code?: string } }).cause?.code ?? (e as Error).message;
    console.error(`${red('✗')} could not reach ${new URL(url).origin}: ${cause}`);
    return null;
  }
  const text = await res.text();
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = { error: { message: text.slice(0, 200) || `HTTP ${res.status}` } };
  }
  return { status: res.status, body: parsed };
}

/** Prints what the server refused and why; the exit code 1. */
export function refused(what: string, res: { status: number; body: unknown }): number {
  const err = (res.body as ApiError).error ?? {};
  console.error(`${red('✗')} ${what}: ${res.status} ${err.code ?? ''} ${err.message ?? ''}`.trimEnd());
  for (const i of err.issues ?? []) console.error(`  ${red('error')}  ${i.path || '(body)'}: ${i.message}`);
  printProblems(err.problems ?? []);
  for (const t of err.failingTests ?? []) console.error(`  ${red('failing test')} ${t.id}: ${t.name}`);
  return 1;
}

function printProblems(problems: readonly ApiProblem[]): void {
  for (const p of problems) {
    const sev = p.severity === 'error' ? red('error  ') : yellow('warning');
    console.log(`  ${sev} ${p.code} ${p.message.en} ${dim(`${p.nodeId ? `node ${p.nodeId} · ` : ''}${formatPath(p.path)}`)}`);
  }
}
