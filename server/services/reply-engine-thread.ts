/**
 * The reply engine's thread (see reply-service.ts): its own connection to the database file,
 * configured like the serving one, and an engine whose rows are written in this thread. Each
 * message is a batch of calls; the calls that reach their commit together share a transaction.
 * Results go back on the `answers` port, each with its call's id, batched: before the next batch
 * of calls is worked on, or at the end of the turn that committed them.
 */
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { connectDatabase } from '../db';
import { ReplyEngine, type AgentEventInput, type FeedbackInput, type MessageInput } from './conversations';
import { inlineWriter } from './conversation-writer';
import { createOrderSource } from './order-source';
import { thrownError, type EngineCall, type EngineResult } from './reply-service';
import { useShopChangesMemory } from './shop-changes';
import { writeLock } from './write-lock';

const { file, walAutocheckpoint, ordersTimeoutMs, shopChanges, lock, answers } = workerData as {
  file: string;
  walAutocheckpoint: number;
  ordersTimeoutMs: number;
  shopChanges: SharedArrayBuffer;
  /** Shared by the engine threads of the process: one commits at a time. */
  lock: SharedArrayBuffer;
  answers: MessagePort;
};
useShopChangesMemory(shopChanges);

const db = connectDatabase(file, { fileMustExist: true });
db.$client.pragma(`wal_autocheckpoint = ${walAutocheckpoint}`);
const engine = new ReplyEngine(db, { orders: createOrderSource(db, { timeoutMs: ordersTimeoutMs }), writer: inlineWriter(db.$client, writeLock(lock)) });

let outbox: EngineResult[] = [];
let scheduled = false;

function post(): void {
  scheduled = false;
  if (outbox.length === 0) return;
  const batch = outbox;
  outbox = [];
  answers.postMessage(batch);
}

function done(result: EngineResult): void {
  outbox.push(result);
  if (!scheduled) {
    scheduled = true;
    setImmediate(post);
  }
}

function run(call: EngineCall): Promise<{ json: string; replayed: boolean }> {
  switch (call.op) {
    case 'message':
      return engine.message(call.shopId, call.input as MessageInput);
    case 'feedback':
      return engine.feedback(call.shopId, call.input as FeedbackInput);
    case 'agentEvent':
      return engine.agentEvent(call.shopId, call.input as AgentEventInput);
  }
}

parentPort?.on('message', (calls: EngineCall[]) => {
  // Answers already committed leave before this batch is worked on.
  post();
  for (const call of calls) {
    run(call).then(
      ({ json, replayed }) => done({ id: call.id, ok: true, json, replayed }),
      (e: unknown) => done({ id: call.id, ok: false, error: thrownError(e) }),
    );
  }
});
