/**
 * How the API reaches the reply engine. For a database file the engine runs in its own thread
 * of this process, with its own connection to the file: the event loop parses requests, checks
 * keys and answers, while the engine thread runs the flows and commits the conversations (the
 * requests that arrive together share one transaction). In-memory databases, and a process
 * where the thread cannot start, run the engine in the event loop's thread.
 *
 * The thread's answers are taken as messages and also each time requests are handed over, so an
 * answer does not wait for a long turn of the event loop to end.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { fnv1a } from '../../runtime/hash';
import type { Db } from '../db';
import { ServiceError, type FieldIssue, type ServiceErrorCode } from '../errors';
import { ReplyEngine, type AgentEventInput, type FeedbackInput, type MessageInput } from './conversations';
import { inlineWriter } from './conversation-writer';
import { createOrderSource } from './order-source';
import { shopChangesMemory } from './shop-changes';
import { writeLockMemory } from './write-lock';

/** An answer as the API returns it. */
export interface ServedAnswer {
  /** The outcome serialised, exactly as stored (and returned again on a retry). */
  json: string;
  /** True when this is the stored answer to an earlier request with the same message id. */
  replayed: boolean;
}

/** The reply engine's operations, wherever it runs. */
export interface ReplyService {
  message(shopId: string, input: MessageInput): Promise<ServedAnswer>;
  feedback(shopId: string, input: FeedbackInput): Promise<ServedAnswer>;
  agentEvent(shopId: string, input: AgentEventInput): Promise<ServedAnswer>;
  /** Answers what was asked, then stops. */
  close(): Promise<void>;
}

export interface ReplyServiceOptions {
  ordersTimeoutMs: number;
  /** Engine threads for a database file; a conversation always goes to the same one. */
  threads: number;
  /** The WAL size (pages) at which the engine's connection checkpoints by itself. */
  walAutocheckpoint: number;
}

/** One call into the engine thread. */
export interface EngineCall {
  id: number;
  op: 'message' | 'feedback' | 'agentEvent';
  shopId: string;
  input: MessageInput | FeedbackInput | AgentEventInput;
}

/** Its result (for the call with the same id): the answer, or the error the engine raised. */
export type EngineResult = { id: number; ok: true; json: string; replayed: boolean } | { id: number; ok: false; error: ThrownError };

/** An error crossing from the thread: a ServiceError keeps its code, issues and details. */
export type ThrownError = { service: true; code: ServiceErrorCode; message: string; issues: FieldIssue[]; details?: Record<string, unknown> } | { service: false; message: string };

export function thrownError(e: unknown): ThrownError {
  if (e instanceof ServiceError) return { service: true, code: e.code, message: e.message, issues: e.issues, ...(e.details ? { details: e.details } : {}) };
  return { service: false, message: e instanceof Error ? (e.stack ?? e.message) : String(e) };
}

function rethrown(e: ThrownError): Error {
  return e.service ? new ServiceError(e.code, e.message, e.issues, e.details) : new Error(`reply engine thread: ${e.message}`);
}

/** The engine in this thread. */
export function inProcessService(db: Db, options: Pick<ReplyServiceOptions, 'ordersTimeoutMs'>): ReplyService {
  const writer = inlineWriter(db.$client);
  const engine = new ReplyEngine(db, { orders: createOrderSource(db, { timeoutMs: options.ordersTimeoutMs }), writer });
  const served = ({ json, replayed }: ServedAnswer): ServedAnswer => ({ json, replayed });
  return {
    message: async (shopId, input) => served(await engine.message(shopId, input)),
    feedback: async (shopId, input) => served(await engine.feedback(shopId, input)),
    agentEvent: async (shopId, input) => served(await engine.agentEvent(shopId, input)),
    close: () => writer.close(),
  };
}

// The thread runs TypeScript through tsx's require hook (Node 20 gives worker threads no ESM loader hooks).
const THREAD_SOURCE = `
const { workerData } = require('node:worker_threads');
require(workerData.tsx).register();
require(workerData.entry);
`;

interface Pending {
  resolve: (answer: ServedAnswer) => void;
  reject: (e: unknown) => void;
}

/**
 * The engine in a thread with its own connection to `file` (the file of `db`); null when no
 * thread can be made. If the thread stops, the calls it held fail and later ones run in this thread.
 */
export function threadService(db: Db, file: string, options: Omit<ReplyServiceOptions, 'threads'>, lock: SharedArrayBuffer = writeLockMemory()): ReplyService | null {
  let tsx: string;
  try {
    tsx = createRequire(import.meta.url).resolve('tsx/cjs/api');
  } catch {
    return null;
  }
  const entry = fileURLToPath(new URL('./reply-engine-thread.ts', import.meta.url));
  const { port1: answers, port2 } = new MessageChannel();
  const worker = new Worker(THREAD_SOURCE, {
    eval: true,
    workerData: { tsx, entry, file, ...options, shopChanges: shopChangesMemory(), lock, answers: port2 },
    transferList: [port2],
  });
  worker.unref();
  answers.unref();
  let queue: Array<{ call: EngineCall; pending: Pending }> = [];
  /** Calls handed to the thread, by id (a call waiting for a seller's order system may finish after later ones). */
  const inFlight = new Map<number, Pending>();
  let nextId = 1;
  let scheduled = false;
  let fallback: ReplyService | null = null;
  let drained: (() => void) | null = null;

  const send = () => {
    scheduled = false;
    if (queue.length === 0) return;
    const batch = queue;
    queue = [];
    // Referenced only while it holds calls: an idle engine thread never keeps the process alive.
    if (inFlight.size === 0) answers.ref();
    for (const { call, pending } of batch) inFlight.set(call.id, pending);
    worker.postMessage(batch.map(({ call }) => call));
  };
  const answered = (results: EngineResult[]) => {
    for (const result of results) {
      const pending = inFlight.get(result.id);
      if (!pending) continue;
      inFlight.delete(result.id);
      if (result.ok) pending.resolve({ json: result.json, replayed: result.replayed });
      else pending.reject(rethrown(result.error));
    }
    if (inFlight.size === 0) {
      answers.unref();
      if (queue.length === 0) drained?.();
    }
  };
  const takeAnswers = () => {
    for (let m = receiveMessageOnPort(answers); m; m = receiveMessageOnPort(answers)) answered(m.message as EngineResult[]);
  };
  const fail = (e: unknown) => {
    if (fallback) return;
    fallback = inProcessService(db, options);
    const lost = [...inFlight.values(), ...queue.map((q) => q.pending)];
    inFlight.clear();
    queue = [];
    for (const pending of lost) pending.reject(new Error(`the reply engine thread stopped: ${(e as Error)?.message ?? e}`));
    drained?.();
  };
  answers.on('message', answered);
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`exit ${code}`)));

  const call = (op: EngineCall['op']) => (shopId: string, input: EngineCall['input']) => {
    if (fallback) return (fallback[op] as (shopId: string, input: EngineCall['input']) => Promise<ServedAnswer>)(shopId, input);
    if (inFlight.size > 0) takeAnswers();
    return new Promise<ServedAnswer>((resolve, reject) => {
      queue.push({ call: { id: nextId++, op, shopId, input }, pending: { resolve, reject } });
      // The calls of one turn of the event loop go together.
      if (!scheduled) {
        scheduled = true;
        setImmediate(send);
      }
    });
  };
  return {
    message: call('message'),
    feedback: call('feedback'),
    agentEvent: call('agentEvent'),
    async close() {
      if (!fallback && (inFlight.size > 0 || queue.length > 0)) await new Promise<void>((resolve) => (drained = resolve));
      await fallback?.close();
      if (!fallback) {
        fallback = inProcessService(db, options);
        answers.close();
        await worker.terminate();
      }
    },
  };
}

/**
 * The reply service for a database: for a file, the engine in `threads` threads of its own
 * (conversations spread over them by id, each always on the same thread; one commits at a time);
 * for memory, in this thread.
 */
export function replyService(db: Db, options: ReplyServiceOptions): ReplyService {
  const sqlite = db.$client;
  if (!sqlite.name || sqlite.name === ':memory:' || sqlite.memory) return inProcessService(db, options);
  const lock = writeLockMemory();
  const engines: ReplyService[] = [];
  for (let i = 0; i < options.threads; i++) {
    const engine = threadService(db, sqlite.name, options, lock);
    if (!engine) break;
    engines.push(engine);
  }
  if (engines.length === 0) return inProcessService(db, options);
  if (engines.length === 1) return engines[0]!;
  const of = (shopId: string, conversationId: string) => engines[fnv1a(`${shopId}\u0000${conversationId}`) % engines.length]!;
  return {
    message: (shopId, input) => of(shopId, input.conversationId).message(shopId, input),
    feedback: (shopId, input) => of(shopId, input.conversationId).feedback(shopId, input),
    agentEvent: (shopId, input) => of(shopId, input.conversationId).agentEvent(shopId, input),
    close: async () => {
      await Promise.all(engines.map((e) => e.close()));
    },
  };
}

