'use client';
import { useTranslations } from 'next-intl';
import { Line, NodeShell } from './node-shell';
import { ReplyPreview } from './reply-preview';
import type { KindNodeProps } from './types';

export function HandoffNode({ data, selected }: KindNodeProps<'handoff'>) {
  const t = useTranslations('designer');
  return (
    <NodeShell node={data.node} selected={selected}>
      <Line>
        <span className="font-medium">{t('summary.queue')}</span> {data.node.data.queue}
      </Line>
      <ReplyPreview reply={data.node.data.reply} />
    </NodeShell>
  );
}
