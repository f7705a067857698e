import { formatPath } from '../migrations';
import { bold, dim, green, red, yellow } from './colors';
import { loadFlow } from './load';

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

/**
 * `flow push FILE --shop SHOP`: replaces the shop's draft of the flow with the file over the
 * production API (creating the flow if needed), and with `--publish --note` makes it the live
 * version. Needs an admin-scope API key. Exit 0 on success, 1 when the server refuses.
 */
export async function pushCommand(file: string, options: PushOptions): Promise<number> {
  const document = loadFlow(file);
  const flowId = options.flow ?? document.id;
  const base = `${options.url.replace(/\/+$/, '')}/api/v1/shops/${encodeURIComponent(options.shop)}/flows/${encodeURIComponent(flowId)}`;
  const headers: Record<string, string> = { authorization: `Bearer ${options.key}`, 'content-type': 'application/json' };
  if (options.baseRevision !== null) headers['if-match'] = `"${options.baseRevision}"`;

  const pushed = await send(base, 'PUT', headers, { ...document, id: flowId });
  if (!pushed) return 1;
  if (pushed.status !== 200 && pushed.status !== 201) return refused(`push ${file}`, pushed);
  const saved = pushed.body as { revision: number; created: boolean; problems: ApiProblem[] };
  console.log(`${green('✓')} ${bold(file)} → ${options.shop}/${flowId}: draft ${saved.created ? 'created' : 'replaced'} (revision ${saved.revision})`);
  printProblems(saved.problems);

  if (!options.publish) return 0;
  const published = await send(`${base}/publish`, 'POST', { authorization: headers.authorization as string, 'content-type': 'application/json' }, { note: options.note });
  if (!published) return 1;
  if (published.status !== 200) return refused('publish', published);
  console.log(`${green('✓')} published ${options.shop}/${flowId} version ${(published.body as { version: number }).version}: live now`);
  return 0;
}

async function send(url: string, method: string, headers: Record<string, string>, body: unknown): Promise<{ status: number; body: unknown } | null> {
  let res: Response;
  try {
    res = await fetch(url, { method, headers, body: JSON.stringify(body), signal: AbortSignal.timeout(60_000) });
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

function refused(what: string, res: { status: number; body: unknown }): number {
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
