/**
 * `npm run bench:api`: throughput and p99 latency of the reply endpoint, against a bare
 * node:http server measured in the same run with the same load generator.
 *
 * Fairness on a 2-core machine: each server runs alone in its own child process, autocannon
 * runs in this process, and both targets get the same request shape: an authenticated POST of a buyer message over 50 keep-alive connections for 10 s
 * (after a 2 s warm-up). The bare server reads the body and answers a small JSON; the reply
 * endpoint runs a seeded shop for real: API key check, idempotency check, conversation load,
 * runtime step (with order lookups), one write transaction, answer.
 *
 * The reply server is one process, as in production: its event loop parses, checks keys and
 * answers; two threads of the same process run and store the conversations (the reply engine)
 * and checkpoint SQLite's WAL. Beside requests per
 * second, the table gives each server's CPU time per request on its event loop and on its other
 * threads (from /proc, measured over the timed load only).
 *
 * Each connection holds a real conversation: its own conversationId, unique messageIds and a
 * buyer asking the usual questions in turn; after the script the connection starts a new
 * conversation (so the loop guard never silences the bot).
 *
 * Run: npm run bench:api [-- --duration 10 --connections 50]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

const SHOP = 'us-tiktok';
const KEY = 'rf_us-tiktok_demo0reply0key0us';
const PATH = `/api/v1/shops/${SHOP}/messages`;
/** What a buyer of the demo shop asks, in the order of one conversation. */
const SCRIPT = ['hi', 'where is my parcel', 'I want a refund', 'do you have any coupons?', "what size should I get? I'm 5'6 and 140 lbs", 'thanks!'];
const TARGETS = { ratio: 0.1, p99Ms: 15 };

const { values } = parseArgs({
  options: {
    serve: { type: 'string' },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '2' },
    connections: { type: 'string', default: '50' },
  },
});

/** The baseline: node:http reading the body and answering a small JSON. */
async function serveBare(): Promise<void> {
  const body = JSON.stringify({ ok: true, replies: [] });
  const server = createServer((req, res) => {
    req.on('data', () => {});
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
      res.end(body);
    });
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  announce(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
}

/** The real server (API only) on a fresh database seeded with the demo shops. */
async function serveReply(): Promise<void> {
  const { startServer } = await import('../server/app-server');
  const { loadConfig } = await import('../server/config');
  const dir = mkdtempSync(join(tmpdir(), 'replyflow-bench-'));
  const file = join(dir, 'replyflow.db');
  const running = await startServer({ config: loadConfig({ PORT: '0', HOST: '127.0.0.1', REPLYFLOW_DEMO: 'true', REPLYFLOW_DB: file, NODE_ENV: 'production' }), next: false });
  announce(running.url, () => {
    const sizes = { db: sizeOf(file), wal: sizeOf(`${file}-wal`) };
    const events = running.db.$client.prepare('SELECT count(*) AS n FROM conversation_events').get() as { n: number };
    running.db.$client.close();
    rmSync(dir, { recursive: true, force: true });
    return { ...sizes, events: events.n };
  });
}

/** Prints the URL; on SIGUSR2 a line with the CPU time of its threads; on SIGTERM a last line of facts (database size, rows) and exits. */
function announce(url: string, facts: () => Record<string, number> = () => ({})): void {
  process.stdout.write(`${JSON.stringify({ url })}\n`);
  process.on('SIGUSR2', () => process.stdout.write(`${JSON.stringify(threadCpu())}\n`));
  process.on('SIGTERM', () => {
    process.stdout.write(`${JSON.stringify(facts())}\n`);
    process.exit(0);
  });
}

/** CPU milliseconds (user + system) of this process's event loop (the main thread) and of its other threads together. */
function threadCpu(): { loopMs: number; otherMs: number } {
  let loopMs = 0;
  let otherMs = 0;
  for (const tid of readdirSync('/proc/self/task')) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    } catch {
      continue; // the thread ended
    }
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ms = ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // clock ticks of 10 ms
    if (tid === String(process.pid)) loopMs += ms;
    else otherMs += ms;
  }
  return { loopMs, otherMs };
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

interface Child {
  url: string;
  cpu(): Promise<{ loopMs: number; otherMs: number }>;
  stop(): Promise<Record<string, number>>;
}

function spawnServer(kind: 'bare' | 'reply'): Promise<Child> {
  const self = fileURLToPath(import.meta.url);
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', self, '--serve', kind], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, NODE_ENV: 'production' } });
  // Never leave a server behind, whatever happens here.
  process.on('exit', () => child.kill('SIGKILL'));
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const queue: string[] = [];
  const waiters: Array<(line: string) => void> = [];
  lines.on('line', (line) => (waiters.shift() ?? ((l: string) => queue.push(l)))(line));
  const next = () => new Promise<string>((resolve) => (queue.length > 0 ? resolve(queue.shift() as string) : waiters.push(resolve)));
  return next().then((line) => ({
    url: (JSON.parse(line) as { url: string }).url,
    async cpu() {
      child.kill('SIGUSR2');
      return JSON.parse(await next()) as { loopMs: number; otherMs: number };
    },
    async stop() {
      child.kill('SIGTERM');
      const last = await Promise.race([next(), new Promise<string>((resolve) => setTimeout(() => resolve('{}'), 5000))]);
      return JSON.parse(last) as Record<string, number>;
    },
  }));
}

/** One conversation per connection: a fresh conversationId each time the script starts over. */
function conversationRequests(run: string): autocannon.Request[] {
  let conversations = 0;
  let messages = 0;
  return SCRIPT.map((text, i) => ({
    method: 'POST',
    path: PATH,
    setupRequest: (req: autocannon.Request, ctx: object) => {
      const context = ctx as { conversationId?: string };
      if (i === 0 || context.conversationId === undefined) context.conversationId = `${run}-c${++conversations}`;
      const body = { conversationId: context.conversationId, messageId: `${run}-m${++messages}`, text, buyer: { id: 'buyer-1', name: 'Emma' } };
      return { ...req, body: JSON.stringify(body) };
    },
  }));
}

interface Measured {
  target: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** CPU time per request, in microseconds, on the event loop and on the server's other threads. */
  loopUs: number;
  otherUs: number;
  requests: number;
  non2xx: number;
  errors: number;
}

async function load(url: string, run: string, seconds: number, connections: number): Promise<autocannon.Result> {
  return autocannon({
    url,
    connections,
    duration: seconds,
    pipelining: 1,
    headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
    requests: conversationRequests(run),
  });
}

async function measure(kind: 'bare' | 'reply', label: string, seconds: number, warmup: number, connections: number): Promise<{ measured: Measured; facts: Record<string, number> }> {
  const server = await spawnServer(kind);
  let r: autocannon.Result | undefined;
  let failure: unknown;
  let before = { loopMs: 0, otherMs: 0 };
  let after = before;
  try {
    if (warmup > 0) await load(server.url, `${kind}-warm`, warmup, connections);
    before = await server.cpu();
    r = await load(server.url, kind, seconds, connections);
    after = await server.cpu();
  } catch (e) {
    failure = e;
  }
  const facts = await server.stop();
  if (!r) throw failure;
  return {
    measured: {
      target: label,
      requestsPerSecond: Math.round(r.requests.average),
      p50Ms: r.latency.p50,
      p99Ms: r.latency.p99,
      loopUs: Math.round(((after.loopMs - before.loopMs) * 1000) / Math.max(1, r.requests.total)),
      otherUs: Math.round(((after.otherMs - before.otherMs) * 1000) / Math.max(1, r.requests.total)),
      requests: r.requests.total,
      non2xx: r.non2xx,
      errors: r.errors + r.timeouts,
    },
    facts,
  };
}

async function main(): Promise<void> {
  const seconds = Number(values.duration);
  const warmup = Number(values.warmup);
  const connections = Number(values.connections);
  console.log(`## reply API vs bare node:http: ${connections} connections, ${seconds} s each (after ${warmup} s warm-up), autocannon in its own process`);
  // Other work on the machine skews both numbers; the load average tells whether the run was alone.
  console.log(`${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} before the run\n`);
  const bare = (await measure('bare', 'bare node:http, small JSON', seconds, warmup, connections)).measured;
  const { measured: reply, facts } = await measure('reply', `POST ${PATH} (seeded shop, persisted)`, seconds, warmup, connections);
  const ratio = reply.requestsPerSecond / bare.requestsPerSecond;
  console.table([bare, reply]);
  console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} after the run`);
  console.log(
    `ratio (reply / bare requests per second): ${ratio.toFixed(3)}  target ≥ ${TARGETS.ratio}  ${ratio >= TARGETS.ratio ? 'met' : 'NOT met'}\n` +
      `reply p99: ${reply.p99Ms} ms  target < ${TARGETS.p99Ms} ms  ${reply.p99Ms < TARGETS.p99Ms ? 'met' : 'NOT met'}\n` +
      `stored events: ${facts.events ?? '?'}  database ${mb(facts.db)}  WAL ${mb(facts.wal)}`,
  );
  if (reply.non2xx > 0 || reply.errors > 0) {
    console.error(`the reply endpoint failed ${reply.non2xx} requests with a non-2xx status and ${reply.errors} with errors or timeouts`);
    process.exitCode = 1;
  }
}

function mb(bytes: number | undefined): string {
  return bytes === undefined ? '?' : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

if (values.serve === 'bare') await serveBare();
else if (values.serve === 'reply') await serveReply();
else await main();
