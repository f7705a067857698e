'use client';
import { useTranslations } from 'next-intl';
import { useDesigner } from '../context';
import { Line, NodeShell } from './node-shell';
import type { KindNodeProps } from './types';

export function IntentNode({ data, selected }: KindNodeProps<'intent'>) {
  const t = useTranslations('designer');
  const threshold = useDesigner((s) => data.node.data.threshold ?? s.doc.settings.matchThreshold);
  return (
    <NodeShell node={data.node} selected={selected}>
      <Line muted>{t('summary.intent', { count: data.node.data.intents.length, threshold })}</Line>
    </NodeShell>
  );
}
