'use client';
import { NodeShell } from './node-shell';
import { ReplyPreview } from './reply-preview';
import type { KindNodeProps } from './types';

export function GreetingNode({ data, selected }: KindNodeProps<'greeting'>) {
  return (
    <NodeShell node={data.node} selected={selected}>
      <ReplyPreview reply={data.node.data.reply} />
    </NodeShell>
  );
}
