/**
 * `npm run bench:designer`: how the designer copes with a big flow, beside an empty one.
 *
 * Starts the production build (`next build` first when there is none, or with `--build`) on a
 * fresh demo database, signs in as the demo owner, saves two drafts through tRPC — a 500-step
 * flow (copies of the US template's steps: every kind, real texts, all connected as in the
 * template) and an empty one (only the start step) — and opens each in the designer in Debian's
 * Chromium, several times.
 *
 * Measured in the page, from requestAnimationFrame (recording from before the first script runs).
 * A canvas is "fully rendered" in the first frame in which every node React Flow renders for the
 * view is in the DOM and measured (none hidden while waiting for its size), every edge of the
 * view is drawn and the viewport has its final transform — "final" being what the page shows
 * once nothing has changed for 1.5 s.
 * - open: from navigation start to the first fully rendered frame. (A flow of more than 60 steps
 *   opens on its first steps at a readable zoom, a smaller one whole: see `firstView` in
 *   app/designer/canvas.tsx. React Flow still mounts every node once, hidden, to measure it.)
 * - fit view: from a click on the canvas's "fit view" control to the whole flow fully rendered.
 * - pan: frame times (deltas between animation frames) while a scripted mouse drag moves the
 *   canvas around a square, with the whole flow in view and then zoomed in to about 100 %; the
 *   median, p95 and worst frame.
 * Times are medians over the runs; the table gives each for both flows and their ratio.
 */
import { chromium, type Page } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FlowDocument } from '../flows/document';
import type { Edge } from '../flows/edge';
import type { FlowNode } from '../flows/nodes';
import { parseFlowDocument } from '../flows/migrations';
import { findTemplate } from '../flows/templates';
import { validateFlow } from '../flows/validation';

const NODES = Number(process.env.BENCH_NODES ?? 500);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PORT = Number(process.env.BENCH_PORT ?? 3290);
const BASE = `http://localhost:${PORT}`;
const SHOP = 'us-tiktok';

/** `NODES` steps: the start step, then copies of the template's other steps laid out in a grid. */
export function bigFlow(nodes = NODES): FlowDocument {
  const parsed = parseFlowDocument(findTemplate('tiktok-us')!.flow);
  if (!parsed.ok) throw new Error('the US template does not parse');
  const t = parsed.document;
  const start = t.nodes.find((n) => n.kind === 'start')!;
  const body = t.nodes.filter((n) => n.kind !== 'start');
  const xs = t.nodes.map((n) => n.position.x);
  const ys = t.nodes.map((n) => n.position.y);
  const width = Math.max(...xs) - Math.min(...xs) + 600;
  const height = Math.max(...ys) - Math.min(...ys) + 500;
  const copies = Math.ceil((nodes - 1) / body.length);
  const columns = Math.ceil(Math.sqrt(copies));
  const out: FlowNode[] = [start];
  const edges: Edge[] = [];
  for (let k = 0; k < copies && out.length < nodes; k++) {
    const dx = (k % columns) * width;
    const dy = Math.floor(k / columns) * height;
    const id = (old: string) => (old === start.id ? start.id : k === 0 ? old : `${old}-c${k}`);
    const taken = new Set<string>();
    for (const n of body) {
      if (out.length >= nodes) break;
      out.push({ ...n, id: id(n.id), label: n.label && k > 0 ? `${n.label} (${k + 1})` : n.label, position: { x: n.position.x + dx, y: n.position.y + dy } } as FlowNode);
      taken.add(n.id);
    }
    for (const e of t.edges) {
      // The start step leads into the first copy only.
      if (e.source === start.id && k > 0) continue;
      if ((e.source !== start.id && !taken.has(e.source)) || (e.target !== start.id && !taken.has(e.target))) continue;
      edges.push({ ...e, id: id(e.id), source: id(e.source), target: id(e.target) });
    }
  }
  const doc = { ...t, id: 'bench-big', name: `Big flow (${nodes} steps)`, nodes: out, edges };
  const check = parseFlowDocument(doc);
  if (!check.ok) throw new Error(`generated flow is not valid: ${JSON.stringify(check.issues.slice(0, 3))}`);
  const errors = validateFlow(check.document).filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new Error(`generated flow has validation errors: ${errors.slice(0, 3).map((p) => p.code).join(', ')}`);
  return check.document;
}

function buildIfNeeded(): void {
  if (existsSync('.next/BUILD_ID') && !process.argv.includes('--build')) return;
  console.log('building the app (next build)…');
  const r = spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (r.status !== 0) throw new Error('next build failed');
}

async function startServer(dbFile: string): Promise<ChildProcess> {
  const server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, PORT: String(PORT), HOST: 'localhost', REPLYFLOW_DB: dbFile, REPLYFLOW_DEMO: 'true', NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited (${server.exitCode})`);
    try {
      if ((await fetch(`${BASE}/sign-in`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error('the server did not start in 120 s');
}

async function trpc<T>(page: Page, path: string, input: unknown): Promise<T> {
  const res = await page.request.post(`${BASE}/api/trpc/${path}`, { data: { json: input } });
  const body = (await res.json()) as { result?: { data?: { json?: T } }; error?: unknown };
  if (!res.ok()) throw new Error(`${path}: ${JSON.stringify(body.error).slice(0, 500)}`);
  return body.result!.data!.json!;
}

async function draftFlow(page: Page, name: string, doc: FlowDocument | null): Promise<string> {
  const { id } = await trpc<{ id: string }>(page, 'flows.create', { shopId: SHOP, name, source: { type: 'empty' } });
  if (doc) await trpc(page, 'flows.saveDraft', { shopId: SHOP, flowId: id, baseRevision: 1, document: { ...doc, id, name } });
  return id;
}

/** Records every animation frame from before the page's first script: time, nodes, edges, viewport. */
const RECORDER = `(() => {
  const frames = [];
  window.__frames = frames;
  const tick = (t) => {
    // While panning only the frame times matter: no DOM queries in the way.
    if (window.__light) {
      frames.push({ t });
      requestAnimationFrame(tick);
      return;
    }
    const nodes = document.querySelectorAll('.react-flow__node');
    let hidden = 0;
    for (const n of nodes) if (n.style.visibility === 'hidden') hidden++;
    const vp = document.querySelector('.react-flow__viewport');
    frames.push({ t, nodes: nodes.length, hidden, edges: document.querySelectorAll('.react-flow__edge').length, transform: vp ? vp.style.transform : '' });
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

interface Frame {
  t: number;
  nodes: number;
  hidden: number;
  edges: number;
  transform: string;
}

/** Waits until the last 1.5 s of frames (after `since`) all show the same, complete picture. */
async function settle(page: Page, since = 0): Promise<Frame> {
  // Polled cheaply (a locator's visibility checks would add style work to what is measured).
  await page.waitForFunction(() => (window as unknown as { __frames?: Frame[] }).__frames?.some((f) => f.nodes > 0), null, { polling: 250, timeout: 60_000 });
  for (let i = 0; i < 120; i++) {
    const quiet = await page.evaluate((since) => {
      const f = (window as unknown as { __frames: Frame[] }).__frames.filter((x) => x.t >= since);
      const last = f.at(-1);
      if (!last) return null;
      const recent = f.filter((x) => x.t >= last.t - 1500);
      const same = recent.every((x) => x.nodes === last.nodes && x.hidden === last.hidden && x.edges === last.edges && x.transform === last.transform);
      return same && last.t - f[0]!.t > 1500 && last.hidden === 0 && last.nodes > 0 ? last : null;
    }, since);
    if (quiet) return quiet;
    await page.waitForTimeout(250);
  }
  throw new Error('the canvas never settled');
}

interface Picture {
  ms: number;
  nodes: number;
  edges: number;
  dom: number;
  zoom: number;
}

/** The first frame after `since` showing the settled picture; its time since `since`. */
async function completeAt(page: Page, since: number): Promise<Picture> {
  const final = await settle(page, since);
  const frames = await page.evaluate((since) => (window as unknown as { __frames: Frame[] }).__frames.filter((f) => f.t >= since), since);
  const ready = frames.find((f) => f.nodes === final.nodes && f.hidden === 0 && f.edges === final.edges && f.transform === final.transform)!;
  const dom = await page.evaluate(() => document.querySelector('[data-testid="canvas"]')!.getElementsByTagName('*').length);
  return { ms: ready.t - since, nodes: final.nodes, edges: final.edges, dom, zoom: zoomOf(final.transform) };
}

/** Opens the designer: from navigation start to the canvas's first complete frame. */
async function renderTime(page: Page, url: string): Promise<Picture> {
  await page.goto(url);
  return completeAt(page, 0);
}

/** "Fit view" (the canvas control): from the click to the first complete frame of the whole flow. */
async function fitWhole(page: Page): Promise<Picture> {
  const since = await page.evaluate(() => {
    const t = performance.now();
    (document.querySelector('.react-flow__controls-fitview') as HTMLButtonElement).click();
    return t;
  });
  return completeAt(page, since);
}

function zoomOf(transform: string): number {
  const m = /scale\(([\d.e-]+)\)/.exec(transform);
  return m ? Number(m[1]) : NaN;
}

/** Frame times while dragging the canvas around a 300×200 px square (120 mouse moves). */
async function panFrames(page: Page): Promise<number[]> {
  // Grab the empty canvas (a step there would be dragged instead), leaving room for the square.
  const start = await page.evaluate(() => {
    const pane = document.querySelector('.react-flow__pane')!.getBoundingClientRect();
    for (let y = pane.top + 8; y < pane.bottom - 220; y += 6) {
      for (let x = pane.left + 8; x < pane.right - 320; x += 6) {
        if (document.elementFromPoint(x, y)?.classList.contains('react-flow__pane')) return { x, y };
      }
    }
    return null;
  });
  if (!start) throw new Error('no empty spot on the canvas to drag');
  const x0 = start.x;
  const y0 = start.y;
  const mark = await page.evaluate(() => {
    (window as unknown as { __light: boolean }).__light = true;
    return (window as unknown as { __frames: Frame[] }).__frames.length;
  });
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  const path = [
    [300, 0],
    [300, 200],
    [0, 200],
    [0, 0],
  ];
  let from = [0, 0];
  for (const to of path) {
    for (let s = 1; s <= 30; s++) {
      await page.mouse.move(x0 + from[0]! + ((to[0]! - from[0]!) * s) / 30, y0 + from[1]! + ((to[1]! - from[1]!) * s) / 30);
    }
    from = to;
  }
  await page.mouse.up();
  await page.waitForTimeout(200);
  const ts = await page.evaluate((m) => {
    (window as unknown as { __light: boolean }).__light = false;
    return (window as unknown as { __frames: Frame[] }).__frames.slice(m).map((f) => f.t);
  }, mark);
  return ts.slice(1).map((t, i) => t - ts[i]!);
}

/** Zooms in around the middle of the canvas until React Flow's zoom is about 1. */
async function zoomToAbout100(page: Page): Promise<number> {
  const box = (await page.locator('.react-flow__pane').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < 60; i++) {
    const zoom = await page.evaluate(() => {
      const vp = document.querySelector('.react-flow__viewport') as HTMLElement;
      const m = /scale\(([\d.e-]+)\)/.exec(vp.style.transform);
      return m ? Number(m[1]) : 1;
    });
    if (zoom >= 0.9) return zoom;
    await page.mouse.wheel(0, -120);
    await page.waitForTimeout(60);
  }
  return NaN;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
};

interface Result {
  open: Picture;
  whole: Picture;
  panWhole: number[];
  panClose: number[];
  closeZoom: number;
}

/** Opens the flow, shows it whole, pans, zooms to about 100 %, pans; `RUNS` times. */
async function measure(page: Page, flowId: string): Promise<Result> {
  const opens: Picture[] = [];
  const wholes: Picture[] = [];
  const panWhole: number[] = [];
  const panClose: number[] = [];
  let closeZoom = NaN;
  for (let run = 0; run < RUNS; run++) {
    opens.push(await renderTime(page, `${BASE}/shops/${SHOP}/flows/${flowId}`));
    wholes.push(await fitWhole(page));
    panWhole.push(...(await panFrames(page)));
    closeZoom = await zoomToAbout100(page);
    await page.waitForTimeout(500);
    panClose.push(...(await panFrames(page)));
  }
  const mid = (ps: Picture[]): Picture => ({ ...ps.at(-1)!, ms: median(ps.map((p) => p.ms)) });
  return { open: mid(opens), whole: mid(wholes), panWhole, panClose, closeZoom };
}

async function main(): Promise<void> {
  buildIfNeeded();
  const dir = mkdtempSync(join(tmpdir(), 'replyflow-bench-designer-'));
  const server = await startServer(join(dir, 'bench.db'));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.addInitScript({ content: RECORDER });
    const page = await context.newPage();
    await page.goto(`${BASE}/sign-in`);
    await page.getByLabel(/email|邮箱/i).fill('owner@replyflow.dev');
    await page.getByLabel(/password|密码/i).fill('replyflow-demo');
    await page.getByRole('button', { name: /sign in|登录/i }).click();
    await page.waitForURL(/\/shops$/);

    const doc = bigFlow();
    const bigId = await draftFlow(page, `Bench ${NODES} steps`, doc);
    const emptyId = await draftFlow(page, 'Bench empty', null);
    // Warm the server and the browser cache once per page before measuring.
    for (const id of [emptyId, bigId]) await renderTime(page, `${BASE}/shops/${SHOP}/flows/${id}`);

    const empty = await measure(page, emptyId);
    const big = await measure(page, bigId);

    const fmt = (n: number) => (Number.isFinite(n) ? (Math.round(n * 10) / 10).toString() : '–');
    const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : '–');
    const row = (what: string, e: number, b: number) => ({ measure: what, empty: fmt(e), [`${NODES} steps`]: fmt(b), ratio: ratio(b, e) });
    const stats = (what: string, e: number[], b: number[]) => [
      row(`${what}: median frame (ms)`, median(e), median(b)),
      row(`${what}: p95 frame (ms)`, quantile(e, 0.95), quantile(b, 0.95)),
      row(`${what}: worst frame (ms)`, Math.max(...e), Math.max(...b)),
    ];
    const seen = (p: Picture) => `${p.nodes} nodes, ${p.edges} edges, ${p.dom} DOM elements in the canvas, zoom ${p.zoom.toFixed(2)}`;
    console.log(`\n## Designer with ${NODES} steps vs an empty flow (median of ${RUNS} runs; Chromium ${browser.version()}, viewport 1440×900)`);
    console.log(`flow: ${doc.nodes.length} steps, ${doc.edges.length} connections`);
    console.log(`first view of the big flow: ${seen(big.open)}; whole flow: ${seen(big.whole)}`);
    console.table([
      row('open: time to a fully rendered canvas (ms)', empty.open.ms, big.open.ms),
      row('fit view (whole flow): time to fully rendered (ms)', empty.whole.ms, big.whole.ms),
      ...stats('pan, whole flow', empty.panWhole, big.panWhole),
      ...stats(`pan, zoom ≈${big.closeZoom.toFixed(2)}`, empty.panClose, big.panClose),
    ]);
    const p95 = Math.max(quantile(big.panWhole, 0.95), quantile(big.panClose, 0.95));
    console.log(`target: open under 2000 ms → ${big.open.ms < 2000 ? 'met' : 'NOT met'}; smooth pan (p95 frame ≤ 33 ms at both zooms) → ${p95 <= 33.4 ? 'met' : 'NOT met'}`);
  } finally {
    await browser.close();
    if (server.pid) {
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
