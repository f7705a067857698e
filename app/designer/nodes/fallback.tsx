'use client';
import { useTranslations } from 'next-intl';
import { useDesigner } from '../context';
import { Line, NodeShell } from './node-shell';
import { ReplyPreview } from './reply-preview';
import type { KindNodeProps } from './types';

export function FallbackNode({ data, selected }: KindNodeProps<'fallback'>) {
  const t = useTranslations('designer');
  const after = useDesigner((s) => data.node.data.escalateAfter ?? s.doc.settings.fallbackEscalation);
  return (
    <NodeShell node={data.node} selected={selected}>
      <ReplyPreview reply={data.node.data.reply} />
      <Line muted>{t('summary.fallback', { count: after })}</Line>
    </NodeShell>
  );
}
