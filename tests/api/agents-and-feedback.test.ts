/**
 * Ratings and agent events over the API: an unresolved rating hands over (and is stored on the
 * reply), an agent's message takes the conversation over and enters the transcript, release
 * gives it back to the bot, close ends the session so the next message is welcomed again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, demoKeys, type Loose } from '../helpers/api-client';
import { conversationRow, eventsOf } from '../helpers/db-snapshot';
import { startTestServer, type TestServer } from '../helpers/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

const key = demoKeys('us-tiktok').reply;
const start = Date.parse('2026-11-23T18:00:00Z');
let seq = 0;
async function say(conversationId: string, text: string, atSeconds: number, agents?: { online: number; available: number }) {
  const res = await call(server.url, 'POST', '/api/v1/shops/us-tiktok/messages', { conversationId, messageId: `${conversationId}-${++seq}`, text, sentAt: new Date(start + atSeconds * 1000).toISOString(), buyer: { id: 'buyer-1', name: 'Emma' }, ...(agents ? { agents } : {}) }, { key });
  expect(res.status, res.text).toBe(200);
  return res.body as Loose;
}
const agentEvent = (conversationId: string, body: object) => call(server.url, 'POST', `/api/v1/shops/us-tiktok/conversations/${encodeURIComponent(conversationId)}/agent-events`, body, { key });
const rate = (body: object) => call(server.url, 'POST', '/api/v1/shops/us-tiktok/feedback', body, { key });
const replyRow = (conversationId: string, id: string) =>
  server.db.$client.prepare('SELECT resolved, rating_reason AS reason FROM replies WHERE shop_id = ? AND conversation_id = ? AND id = ?').get('us-tiktok', conversationId, id);

describe('feedback', () => {
  it('a resolved rating is stored on the reply and changes nothing else', async () => {
    const body = await say('fb-ok', 'do you have any coupons?', 0);
    const answer = body.replies.find((r: Loose) => r.kind === 'answer');
    const res = await rate({ conversationId: 'fb-ok', replyId: answer.id, resolved: true });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ conversationId: 'fb-ok', messageId: null, replies: [], handoff: null, status: 'bot', flowVersion: 1 });
    expect(replyRow('fb-ok', answer.id)).toEqual({ resolved: 1, reason: null });
    expect(eventsOf(server.db.$client, 'us-tiktok', 'fb-ok').at(-1)?.type).toBe('feedback');
  });

  it('an unresolved rating hands the conversation over, in the same answer shape as a message', async () => {
    const body = await say('fb-bad', 'do you have any coupons?', 0);
    const answer = body.replies.find((r: Loose) => r.kind === 'answer');
    const res = await rate({ conversationId: 'fb-bad', replyId: answer.id, resolved: false, reason: 'not_useful', sentAt: new Date(start + 30_000).toISOString() });
    expect(res.status, res.text).toBe(200);
    expect(res.body.handoff).toEqual({ queue: 'default', reason: 'unresolved_rating' });
    expect(res.body.status).toBe('human');
    expect(Object.keys(res.body).sort()).toEqual(Object.keys(body).sort());
    expect(replyRow('fb-bad', answer.id)).toEqual({ resolved: 0, reason: 'not_useful' });
    expect(conversationRow(server.db.$client, 'us-tiktok', 'fb-bad')).toMatchObject({ status: 'human', handoffQueue: 'default' });
  });
  it("a suggestion (offered to an agent, never sent) cannot be rated: 409 naming replyId, nothing changes", async () => {
    const body = await say('fb-suggested', 'do you have any coupons?', 0, { online: 1, available: 1 });
    const suggestion = body.suggestions.find((r: Loose) => r.kind === 'answer');
    expect(body.replies.some((r: Loose) => r.id === suggestion.id)).toBe(false);
    const before = eventsOf(server.db.$client, 'us-tiktok', 'fb-suggested').length;
    const res = await rate({ conversationId: 'fb-suggested', replyId: suggestion.id, resolved: false });
    expect(res.status, res.text).toBe(409);
    expect(res.body.error.issues).toEqual([{ path: 'replyId', message: 'a suggestion, not a reply the buyer received' }]);
    expect(eventsOf(server.db.$client, 'us-tiktok', 'fb-suggested').length).toBe(before);
    expect(conversationRow(server.db.$client, 'us-tiktok', 'fb-suggested')).toMatchObject({ status: 'bot' });
  });
});

describe('agent events', () => {
  it("an agent's message takes over, is kept in the transcript, and the bot stays silent", async () => {
    await say('ag-1', 'hi', 0);
    const res = await agentEvent('ag-1', { type: 'agent_message', text: 'Hi Emma, Carlos here. How can I help?', agentId: 'carlos', sentAt: new Date(start + 20_000).toISOString() });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ status: 'human', replies: [], handoff: null, unreplied: false });
    const events = eventsOf(server.db.$client, 'us-tiktok', 'ag-1');
    expect(events.map((e) => e.type)).toEqual(['buyer_message', 'agent_joined', 'agent_message']);
    expect(events.at(-1)?.event).toEqual({ type: 'agent_message', text: 'Hi Emma, Carlos here. How can I help?', agentId: 'carlos' });
    // A second agent message joins nothing new: only the words are added.
    await agentEvent('ag-1', { type: 'agent_message', text: 'Let me check your order.' });
    expect(eventsOf(server.db.$client, 'us-tiktok', 'ag-1').map((e) => e.type)).toEqual(['buyer_message', 'agent_joined', 'agent_message', 'agent_message']);
    const silent = await say('ag-1', 'where is my parcel', 40);
    expect(silent.replies).toEqual([]);
    expect(silent.status).toBe('human');
    const row = conversationRow(server.db.$client, 'us-tiktok', 'ag-1');
    // Events counts runtime steps (agent words are transcript only).
    expect(row?.events).toBe(3);
    expect(JSON.parse(row?.state ?? '{}').counters.events).toBe(3);
  });

  it('release gives the conversation back to the bot; close ends the session', async () => {
    await say('ag-2', 'I want to talk to a human', 0);
    expect(conversationRow(server.db.$client, 'us-tiktok', 'ag-2')?.status).toBe('human');
    const released = await agentEvent('ag-2', { type: 'release' });
    expect(released.body.status).toBe('bot');
    const answered = await say('ag-2', 'do you have any coupons?', 60);
    expect(answered.replies[0].kind).toBe('answer');
    const closed = await agentEvent('ag-2', { type: 'close', sentAt: new Date(start + 70_000).toISOString() });
    expect(closed.status).toBe(200);
    expect(closed.body.status).toBe('closed');
    expect(conversationRow(server.db.$client, 'us-tiktok', 'ag-2')?.status).toBe('closed');
    // After a close, the buyer's next message opens a new session with a welcome.
    const again = await say('ag-2', 'hello', 90);
    expect(again.replies[0].kind).toBe('greeting');
    expect(again.status).toBe('bot');
  });

  it('with agents online, the bot of a shop that answers only when none is available suggests instead', async () => {
    const res = await say('ag-3', 'do you have any coupons?', 0, { online: 2, available: 1 });
    expect(res.replies.filter((r: Loose) => r.kind === 'answer')).toEqual([]);
    expect(res.suggestions.some((r: Loose) => r.kind === 'answer')).toBe(true);
    const stored = server.db.$client.prepare("SELECT suggested FROM replies WHERE shop_id = 'us-tiktok' AND conversation_id = 'ag-3' AND kind = 'answer'").all();
    expect(stored).toEqual([{ suggested: 1 }]);
  });
});
