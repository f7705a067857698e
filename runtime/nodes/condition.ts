import type { Comparison } from '../../flows/nodes/condition';
import type { VariableValue } from '../../flows/variable';
import type { Run } from '../run';
import type { NodeHandler } from './handler';

// Full-width letters and case do not matter: 'ＩＦ I ORDER' contains 'if i order'.
function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

function holds(c: Comparison, actual: VariableValue | undefined): boolean {
  const expected = c.value;
  switch (c.op) {
    case 'is_set':
      return actual !== undefined && actual !== '';
    case 'is_empty':
      return actual === undefined || actual === '';
    case 'eq':
      return actual !== undefined && String(actual) === String(expected);
    case 'neq':
      return actual === undefined || String(actual) !== String(expected);
    case 'contains':
      return actual !== undefined && expected !== undefined && String(actual).toLowerCase().includes(String(expected).toLowerCase());
    case 'contains_any': {
      if (actual === undefined || expected === undefined) return false;
      const text = fold(String(actual));
      return String(expected)
        .split('|')
        .map((alternative) => fold(alternative.trim()))
        .some((alternative) => alternative !== '' && text.includes(alternative));
    }
    default: {
      const a = Number(actual);
      const b = Number(expected);
      if (actual === undefined || actual === '' || Number.isNaN(a) || Number.isNaN(b)) return false;
      return c.op === 'gt' ? a > b : c.op === 'gte' ? a >= b : c.op === 'lt' ? a < b : a <= b;
    }
  }
}

/** Takes the first rule whose comparisons all hold, else `else`. */
export const condition: NodeHandler<'condition'> = {
  enter(node, run: Run) {
    for (const rule of node.data.rules) {
      if (rule.all.every((c) => holds(c, run.variable(c.variable)))) {
        run.note({ type: 'condition', nodeId: node.id, message: `Rule "${rule.label || rule.id}" holds`, data: { rule: rule.id } });
        return { go: rule.id };
      }
    }
    run.note({ type: 'condition', nodeId: node.id, message: 'No rule holds: else', data: { rule: 'else' } });
    return { go: 'else' };
  },
};
