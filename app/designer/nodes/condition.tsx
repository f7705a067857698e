'use client';
import { useTranslations } from 'next-intl';
import { Line, NodeShell } from './node-shell';
import type { KindNodeProps } from './types';

export function ConditionNode({ data, selected }: KindNodeProps<'condition'>) {
  const t = useTranslations('designer');
  return (
    <NodeShell node={data.node} selected={selected}>
      {data.node.data.rules.map((r) => (
        <Line key={r.id}>
          {r.label || r.id}: {r.all.map((c) => `{${c.variable}} ${t(`ops.${c.op}`)}${c.value !== undefined && c.op !== 'is_set' && c.op !== 'is_empty' ? ` ${String(c.value)}` : ''}`).join(' & ')}
        </Line>
      ))}
    </NodeShell>
  );
}
