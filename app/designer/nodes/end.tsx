'use client';
import { useTranslations } from 'next-intl';
import { Line, NodeShell } from './node-shell';
import { ReplyPreview } from './reply-preview';
import type { KindNodeProps } from './types';

export function EndNode({ data, selected }: KindNodeProps<'end'>) {
  const t = useTranslations('designer');
  return (
    <NodeShell node={data.node} selected={selected}>
      {data.node.data.reply ? <ReplyPreview reply={data.node.data.reply} /> : null}
      <Line muted>{data.node.data.close ? t('summary.endClose') : t('summary.end')}</Line>
    </NodeShell>
  );
}
