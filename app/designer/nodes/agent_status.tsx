'use client';
import { useTranslations } from 'next-intl';
import { Line, NodeShell } from './node-shell';
import type { KindNodeProps } from './types';

export function AgentStatusNode({ data, selected }: KindNodeProps<'agent_status'>) {
  const t = useTranslations('designer');
  return (
    <NodeShell node={data.node} selected={selected}>
      <Line muted>{t('summary.agentStatus')}</Line>
    </NodeShell>
  );
}
