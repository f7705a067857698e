import { createInterface } from 'node:readline';
import type { Order } from '../order';
import type { ConversationState, Env, OutReply, RuntimeEvent, TraceEntry } from '../../runtime/contract';
import { stepWithOrders } from '../../runtime/host/effects';
import { instantToMs, msToInstant } from '../../runtime/time';
import type { FlowDocument } from '../document';
import { bold, cyan, dim, green, yellow } from './colors';

export interface ChatOptions {
  at: string | null;
  agents: number;
  lang: string | null;
  orders: Order[];
  buyer: string;
  name: string | null;
  trace: boolean;
}

const HELP = `Type a message as the buyer. Commands:
  /1 /2 …            tap a button of the last reply
  /good /bad [reason] rate the last reply (resolved / unresolved)
  /wait SECONDS      let time pass       /at ISO       set the clock
  /agents N          N agents online and available
  /lang xx           buyer language      /trace on|off  show the trace
  /agent join|release|close               /reset  new conversation
  /state             print the state     /quit`;

/** Prints a reply; buttons are numbered across the replies of one turn, as `/N` taps them. */
function printReply(r: OutReply, suggestion: boolean, firstButton: number): number {
  const who = suggestion ? yellow('bot (suggestion)') : green('bot');
  console.log(`${who} ${dim(`[${r.kind} · ${r.language} · ${r.nodeId}]`)} ${r.text}`);
  r.buttons.forEach((b, i) => console.log(`    ${cyan(`/${firstButton + i}`)} ${b.label} ${dim(b.payload)}`));
  return firstButton + r.buttons.length;
}

function printTrace(trace: TraceEntry[]): void {
  for (const t of trace) {
    if (t.type === 'edge') continue;
    console.log(dim(`  · ${t.type.padEnd(9)} ${t.nodeId ? `${t.nodeId}: ` : ''}${t.message}`));
  }
}

/** `flow chat FILE`: an interactive chat with a flow as a buyer, printing replies and the trace. */
export async function chatCommand(flow: FlowDocument, options: ChatOptions): Promise<number> {
  let state: ConversationState | null = null;
  // A fixed clock advances a few seconds per message so sessions behave as in real life.
  let clockMs = options.at ? instantToMs(options.at) : null;
  let agents = options.agents;
  let lang = options.lang;
  let trace = options.trace;
  let last: OutReply[] = [];
  const now = () => (clockMs === null ? new Date().toISOString() : msToInstant(clockMs));

  console.log(bold(`${flow.name}`) + dim(` — languages ${flow.languages.supported.join(', ')}; /help for commands`));
  console.log(dim(`clock ${now()} · agents ${agents} · language ${lang ?? 'auto'}`));

  const send = (event: RuntimeEvent) => {
    const buyer: Env['buyer'] = { id: options.buyer };
    if (options.name) buyer.name = options.name;
    if (lang) buyer.language = lang;
    const env: Env = { now: now(), seed: 'chat', agents: { online: agents, available: agents }, buyer, shop: {}, facts: {}, dryRun: false };
    const result = stepWithOrders(flow, state, event, env, options.orders);
    state = result.state;
    if (trace) printTrace(result.trace);
    let button = 1;
    for (const r of result.outputs.replies) button = printReply(r, false, button);
    for (const r of result.outputs.suggestions) if (!result.outputs.replies.includes(r)) button = printReply(r, true, button);
    if (result.outputs.handoff) console.log(yellow(`→ handed over to queue "${result.outputs.handoff.queue}" (${result.outputs.handoff.reason})`));
    for (const n of result.outputs.notes) console.log(yellow(`  note for agents: ${n}`));
    if (result.outputs.replies.length + result.outputs.suggestions.length === 0 && !result.outputs.handoff) console.log(dim('(no reply)'));
    const shown = [...result.outputs.replies, ...result.outputs.suggestions];
    if (shown.length > 0) last = shown;
    if (clockMs !== null) clockMs += 5000;
  };

  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  const prompt = () => process.stdin.isTTY && rl.prompt();
  rl.setPrompt(cyan('buyer> '));
  prompt();
  for await (const raw of rl) {
    const line = raw.trim();
    if (!process.stdin.isTTY && line) console.log(`${cyan('buyer>')} ${line}`);
    if (line === '') {
      prompt();
      continue;
    }
    const [cmd = '', ...rest] = line.split(/\s+/);
    const arg = rest.join(' ');
    if (/^\/\d+$/.test(cmd)) {
      const button = last.flatMap((r) => r.buttons)[Number(cmd.slice(1)) - 1];
      if (!button) console.log(dim('no such button'));
      else send({ type: 'button', payload: button.payload, label: button.label });
    } else if (cmd === '/good' || cmd === '/bad') {
      const target = last[last.length - 1];
      if (!target) console.log(dim('nothing to rate yet'));
      else {
        const event: RuntimeEvent = { type: 'feedback', replyId: target.id, resolved: cmd === '/good' };
        if (cmd === '/bad' && ['too_long', 'not_useful', 'irrelevant', 'other'].includes(arg)) event.reason = arg as 'too_long';
        send(event);
      }
    } else if (cmd === '/wait') {
      clockMs = (clockMs ?? Date.now()) + Number(arg || 0) * 1000;
      console.log(dim(`clock ${now()}`));
    } else if (cmd === '/at') {
      const ms = instantToMs(arg);
      if (Number.isNaN(ms)) console.log(dim('use an ISO instant such as 2026-11-21T09:30:00Z'));
      else clockMs = ms;
      console.log(dim(`clock ${now()}`));
    } else if (cmd === '/agents') {
      agents = Math.max(0, Number(arg) || 0);
      console.log(dim(`agents ${agents}`));
    } else if (cmd === '/lang') {
      lang = arg || null;
      console.log(dim(`language ${lang ?? 'auto'}`));
    } else if (cmd === '/trace') {
      trace = arg !== 'off';
    } else if (cmd === '/agent') {
      send({ type: arg === 'join' ? 'agent_joined' : arg === 'release' ? 'agent_released' : 'conversation_closed' });
    } else if (cmd === '/reset') {
      state = null;
      console.log(dim('new conversation'));
    } else if (cmd === '/state') {
      console.log(JSON.stringify(state, null, 2));
    } else if (cmd === '/help') {
      console.log(HELP);
    } else if (cmd === '/quit' || cmd === '/exit') {
      break;
    } else {
      send({ type: 'buyer_message', text: line });
    }
    prompt();
  }
  rl.close();
  return 0;
}
