import type { NodeKind } from '../../../flows/nodes';
import { KIND_LOOK } from './kinds';

export function KindIcon({ kind }: { kind: NodeKind }) {
  const Icon = KIND_LOOK[kind].icon;
  return <Icon aria-hidden className="h-4 w-4 shrink-0 text-slate-500" />;
}
