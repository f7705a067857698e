import type { FlowDocument } from '../document';
import { nodeExits, OPTIONAL_EXITS, WAITING_KINDS } from '../nodes';
import type { Report } from './report';

/** Structure: starts, edges, exits, reachability, loops without a wait. */
export function checkGraph(doc: FlowDocument, report: Report): void {
  const index = new Map(doc.nodes.map((n, i) => [n.id, i]));
  const starts = doc.nodes.flatMap((n, i) => (n.kind === 'start' ? [i] : []));
  if (starts.length === 0) report('FLOW001', null, ['nodes'], 'Add a Start node: every conversation begins there.', '请添加一个开始节点：每个会话都从这里开始。');
  for (const i of starts.slice(1)) {
    const n = doc.nodes[i];
    if (n) report('FLOW002', n.id, ['nodes', i], `"${n.id}" is a second start node; keep one.`, `“${n.id}”是第二个开始节点，只保留一个。`);
  }

  const out = new Map<string, string[]>();
  const usedExits = new Map<string, number>();
  doc.edges.forEach((e, i) => {
    const source = doc.nodes[index.get(e.source) ?? -1];
    if (!source) return void report('FLOW012', null, ['edges', i, 'source'], `Connection "${e.id}" leaves missing node "${e.source}".`, `连线“${e.id}”的起点节点“${e.source}”不存在。`);
    if (!index.has(e.target)) return void report('FLOW012', e.source, ['edges', i, 'target'], `Connection "${e.id}" goes to missing node "${e.target}".`, `连线“${e.id}”指向的节点“${e.target}”不存在。`);
    if (!nodeExits(source).includes(e.sourceHandle)) {
      return void report('FLOW012', e.source, ['edges', i, 'sourceHandle'], `Node "${e.source}" has no exit "${e.sourceHandle}".`, `节点“${e.source}”没有出口“${e.sourceHandle}”。`);
    }
    const key = `${e.source}\u0000${e.sourceHandle}`;
    const before = usedExits.get(key);
    if (before !== undefined) report('FLOW019', e.source, ['edges', i], `Exit "${e.sourceHandle}" of "${e.source}" already has a connection ("${doc.edges[before]?.id}").`, `“${e.source}”的出口“${e.sourceHandle}”已经有连线（“${doc.edges[before]?.id}”）。`);
    else usedExits.set(key, i);
    out.set(e.source, [...(out.get(e.source) ?? []), e.target]);
  });

  const intentIds = new Set(doc.intents.map((x) => x.id));
  doc.nodes.forEach((n, i) => {
    const optional = OPTIONAL_EXITS[n.kind] ?? [];
    for (const exit of nodeExits(n)) {
      if (usedExits.has(`${n.id}\u0000${exit}`)) continue;
      // The exit of an intent that does not exist is reported once, as FLOW013.
      if (n.kind === 'intent' && exit !== 'no_match' && !intentIds.has(exit)) continue;
      if (n.kind === 'intent' && exit === 'no_match') {
        report('FLOW005', n.id, ['nodes', i], `Connect the "no match" exit of "${n.label ?? n.id}" (usually to a fallback) so unrecognised questions get an answer.`, `请连接意图节点“${n.label ?? n.id}”的“未匹配”出口（通常连到兜底回复），否则无法识别的问题得不到回复。`);
      } else if (!optional.includes(exit)) {
        report('FLOW004', n.id, ['nodes', i], `Exit "${exit}" of "${n.label ?? n.id}" is not connected: the bot goes back to waiting there.`, `“${n.label ?? n.id}”的出口“${exit}”未连接：机器人将回到等待状态。`);
      }
    }
  });

  // Reachable from the start, from a global trigger's target (triggers work from anywhere), or from where guards hand over.
  const roots = [...starts.map((i) => doc.nodes[i]?.id), ...doc.globalTriggers.map((t) => t.target), doc.settings.guardHandoffTarget].filter((x): x is string => !!x);
  const seen = new Set<string>(roots);
  const queue = [...roots];
  while (queue.length > 0) {
    const id = queue.pop() as string;
    for (const t of out.get(id) ?? []) {
      if (seen.has(t)) continue;
      seen.add(t);
      queue.push(t);
    }
  }
  if (starts.length > 0) {
    doc.nodes.forEach((n, i) => {
      if (!seen.has(n.id)) report('FLOW003', n.id, ['nodes', i], `"${n.label ?? n.id}" cannot be reached from the start.`, `“${n.label ?? n.id}”无法从开始节点到达。`);
    });
  }

  // A cycle made only of nodes that never wait would spin until the step budget runs out.
  // An order lookup waits for the shop's system, not the buyer: it asks the buyer only when it
  // cannot tell the order, and every exit is also taken straight away (one open order, an order
  // named in the message, no orders, confirm "never"), so for loops it passes through.
  const kinds = new Map(doc.nodes.map((n) => [n.id, n.kind]));
  const passThrough = (id: string) => {
    const k = kinds.get(id);
    return k !== undefined && (!WAITING_KINDS.has(k) || k === 'order_lookup') && k !== 'handoff' && k !== 'end';
  };
  const state = new Map<string, 1 | 2>();
  const reported = new Set<string>();
  const visit = (id: string, stack: string[]): void => {
    state.set(id, 1);
    stack.push(id);
    for (const t of out.get(id) ?? []) {
      if (!passThrough(t)) continue;
      if (state.get(t) === 1) {
        const cycle = stack.slice(stack.indexOf(t));
        const key = [...cycle].sort().join(',');
        if (!reported.has(key)) {
          reported.add(key);
          const at = index.get(t) ?? 0;
          const lookup = cycle.some((id) => kinds.get(id) === 'order_lookup');
          report(
            'FLOW006',
            t,
            ['nodes', at],
            `These nodes loop without waiting for the buyer: ${cycle.join(' → ')} → ${t}. Put an intent, collect or feedback node in the loop.${lookup ? " An order lookup does not count: it usually gets its answer from the shop's system at once, so the loop can repeat on the same buyer message." : ''}`,
            `这些节点构成不等待买家的循环：${cycle.join(' → ')} → ${t}。请在循环中加入意图、收集或评价节点。${lookup ? '订单查询不算等待：它通常直接从店铺系统得到结果，同一条买家消息可能让循环不断重复。' : ''}`,
          );
        }
      } else if (!state.has(t)) visit(t, stack);
    }
    stack.pop();
    state.set(id, 2);
  };
  for (const n of doc.nodes) if (passThrough(n.id) && !state.has(n.id)) visit(n.id, []);
}
