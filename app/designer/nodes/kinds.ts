/** How each node kind looks on the canvas and in the palette. */
import type { NodeKind } from '../../../flows/nodes';

export const KIND_LOOK: Record<NodeKind, { icon: string; accent: string; header: string }> = {
  start: { icon: '▶', accent: 'border-emerald-400', header: 'bg-emerald-50 text-emerald-800' },
  greeting: { icon: '👋', accent: 'border-sky-400', header: 'bg-sky-50 text-sky-800' },
  message: { icon: '💬', accent: 'border-blue-400', header: 'bg-blue-50 text-blue-800' },
  intent: { icon: '🎯', accent: 'border-violet-400', header: 'bg-violet-50 text-violet-800' },
  working_hours: { icon: '🕘', accent: 'border-amber-400', header: 'bg-amber-50 text-amber-800' },
  agent_status: { icon: '🎧', accent: 'border-teal-400', header: 'bg-teal-50 text-teal-800' },
  condition: { icon: '⑂', accent: 'border-orange-400', header: 'bg-orange-50 text-orange-800' },
  collect: { icon: '✎', accent: 'border-cyan-400', header: 'bg-cyan-50 text-cyan-800' },
  order_lookup: { icon: '📦', accent: 'border-indigo-400', header: 'bg-indigo-50 text-indigo-800' },
  handoff: { icon: '🙋', accent: 'border-rose-400', header: 'bg-rose-50 text-rose-800' },
  fallback: { icon: '↺', accent: 'border-slate-400', header: 'bg-slate-100 text-slate-700' },
  set_variable: { icon: '𝑥', accent: 'border-lime-500', header: 'bg-lime-50 text-lime-800' },
  feedback: { icon: '👍', accent: 'border-pink-400', header: 'bg-pink-50 text-pink-800' },
  end: { icon: '■', accent: 'border-slate-500', header: 'bg-slate-100 text-slate-800' },
};
