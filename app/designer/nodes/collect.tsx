'use client';
import { useTranslations } from 'next-intl';
import { Line, NodeShell } from './node-shell';
import { ReplyPreview } from './reply-preview';
import type { KindNodeProps } from './types';

export function CollectNode({ data, selected }: KindNodeProps<'collect'>) {
  const t = useTranslations('designer');
  return (
    <NodeShell node={data.node} selected={selected}>
      <ReplyPreview reply={data.node.data.prompt} />
      <Line muted>{t('summary.collect', { variable: data.node.data.variable, validation: t(`validations.${data.node.data.validation}`) })}</Line>
    </NodeShell>
  );
}
