/** How each node kind looks on the canvas and in the palette. */
import { CircleStop, Clock, GitBranch, Hand, Headset, MessageSquare, Package, PenLine, Play, RotateCcw, Route, ThumbsUp, UserRound, Variable, type LucideIcon } from 'lucide-react';
import type { NodeKind } from '../../../flows/nodes';

export const KIND_LOOK: Record<NodeKind, { icon: LucideIcon; accent: string; header: string }> = {
  start: { icon: Play, accent: 'border-emerald-400', header: 'bg-emerald-50 text-emerald-800' },
  greeting: { icon: Hand, accent: 'border-sky-400', header: 'bg-sky-50 text-sky-800' },
  message: { icon: MessageSquare, accent: 'border-blue-400', header: 'bg-blue-50 text-blue-800' },
  intent: { icon: Route, accent: 'border-violet-400', header: 'bg-violet-50 text-violet-800' },
  working_hours: { icon: Clock, accent: 'border-amber-400', header: 'bg-amber-50 text-amber-800' },
  agent_status: { icon: Headset, accent: 'border-teal-400', header: 'bg-teal-50 text-teal-800' },
  condition: { icon: GitBranch, accent: 'border-orange-400', header: 'bg-orange-50 text-orange-800' },
  collect: { icon: PenLine, accent: 'border-cyan-400', header: 'bg-cyan-50 text-cyan-800' },
  order_lookup: { icon: Package, accent: 'border-indigo-400', header: 'bg-indigo-50 text-indigo-800' },
  handoff: { icon: UserRound, accent: 'border-rose-400', header: 'bg-rose-50 text-rose-800' },
  fallback: { icon: RotateCcw, accent: 'border-slate-400', header: 'bg-slate-100 text-slate-700' },
  set_variable: { icon: Variable, accent: 'border-lime-500', header: 'bg-lime-50 text-lime-800' },
  feedback: { icon: ThumbsUp, accent: 'border-pink-400', header: 'bg-pink-50 text-pink-800' },
  end: { icon: CircleStop, accent: 'border-slate-500', header: 'bg-slate-100 text-slate-800' },
};
