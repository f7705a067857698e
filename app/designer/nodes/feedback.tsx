'use client';
import { NodeShell } from './node-shell';
import { ReplyPreview } from './reply-preview';
import type { KindNodeProps } from './types';

export function FeedbackNode({ data, selected }: KindNodeProps<'feedback'>) {
  return (
    <NodeShell node={data.node} selected={selected}>
      <ReplyPreview reply={data.node.data.prompt} />
    </NodeShell>
  );
}
