import type { NodeOfKind } from '../../flows/nodes';
import type { VariableValue } from '../../flows/variable';
import type { Run } from '../run';
import type { NodeHandler } from './handler';

const CHECKS: Record<string, RegExp> = {
  email: /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/u,
  phone: /^\+?[\d\s().-]{6,20}$/u,
  order_id: /^[A-Za-z0-9-]{5,40}$/u,
  number: /^-?\d+(?:[.,]\d+)?$/u,
};

/** The value to store, or null when the answer does not pass the node's validation. */
function accept(node: NodeOfKind<'collect'>, run: Run, raw: string): VariableValue | null {
  const text = raw.trim();
  if (text === '') return null;
  const v = node.data.validation;
  if (v === 'text') return text;
  if (v === 'pattern') {
    const re = run.flow.patterns.get(node.id);
    return re && re.test(text) ? text : null;
  }
  if (v === 'order_id') {
    const found = /[A-Za-z0-9-]*\d[A-Za-z0-9-]*/u.exec(text)?.[0] ?? '';
    return CHECKS.order_id?.test(found) ? found : null;
  }
  if (!(CHECKS[v]?.test(text) ?? false)) return null;
  if (v === 'number') return run.flow.variableTypes[node.data.variable] === 'string' ? text : Number(text.replace(',', '.'));
  return text;
}

/** Asks, checks the answer, stores it; re-asks up to `retries` times, then `failed`. */
export const collect: NodeHandler<'collect'> = {
  enter(node, run) {
    if (run.input) run.input.consumed = true;
    if (!run.say(node.id, node.data.prompt, 'answer')) return { stop: true };
    return { wait: { for: 'collect', nodeId: node.id, attempts: 0 } };
  },
  resume(node, run, event, wait) {
    const input = run.input;
    if (!input || wait.for !== 'collect' || event.type === 'feedback') return { wait };
    input.consumed = true;
    const value = accept(node, run, input.text);
    if (value !== null) {
      run.state.variables[node.data.variable] = value;
      run.note({ type: 'variable', nodeId: node.id, message: `Stored ${node.data.variable} = ${JSON.stringify(value)}`, data: { variable: node.data.variable, value } });
      return { go: 'done' };
    }
    const attempts = wait.attempts + 1;
    run.note({ type: 'variable', nodeId: node.id, message: `Answer does not pass "${node.data.validation}" (attempt ${attempts} of ${node.data.retries + 1})` });
    if (attempts > node.data.retries) return { go: 'failed' };
    if (!run.say(node.id, node.data.retryReply, 'answer')) return { stop: true };
    return { wait: { for: 'collect', nodeId: node.id, attempts } };
  },
};
