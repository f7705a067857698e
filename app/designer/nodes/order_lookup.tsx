'use client';
import { useTranslations } from 'next-intl';
import { Line, NodeShell } from './node-shell';
import type { KindNodeProps } from './types';

export function OrderLookupNode({ data, selected }: KindNodeProps<'order_lookup'>) {
  const t = useTranslations('designer');
  return (
    <NodeShell node={data.node} selected={selected}>
      <Line muted>{t(`summary.orderLookup.${data.node.data.confirm}`)}</Line>
    </NodeShell>
  );
}
