import type { VariableValue } from '../../flows/variable';
import type { NodeHandler } from './handler';

/** Assigns variables; string values are templates, coerced to the variable's declared type. */
export const set_variable: NodeHandler<'set_variable'> = {
  enter(node, run) {
    for (const a of node.data.assignments) {
      let value: VariableValue = typeof a.value === 'string' ? run.render(a.value) : a.value;
      const type = run.flow.variableTypes[a.variable];
      if (type === 'number' && typeof value !== 'number') value = Number(value) || 0;
      if (type === 'boolean' && typeof value !== 'boolean') value = value === 'true' || value === 1;
      if (type === 'string') value = String(value);
      run.state.variables[a.variable] = value;
      run.note({ type: 'variable', nodeId: node.id, message: `Set ${a.variable} = ${JSON.stringify(value)}`, data: { variable: a.variable, value } });
    }
    return { go: 'next' };
  },
};
