'use client';
import { Line, NodeShell } from './node-shell';
import type { KindNodeProps } from './types';

export function SetVariableNode({ data, selected }: KindNodeProps<'set_variable'>) {
  return (
    <NodeShell node={data.node} selected={selected}>
      {data.node.data.assignments.map((a, i) => (
        <Line key={i}>
          {`{${a.variable}}`} = {JSON.stringify(a.value)}
        </Line>
      ))}
    </NodeShell>
  );
}
