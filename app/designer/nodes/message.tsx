'use client';
import { NodeShell } from './node-shell';
import { ReplyPreview } from './reply-preview';
import type { KindNodeProps } from './types';

export function MessageNode({ data, selected }: KindNodeProps<'message'>) {
  return (
    <NodeShell node={data.node} selected={selected}>
      <ReplyPreview reply={data.node.data.reply} />
    </NodeShell>
  );
}
