/**
 * Live checks of a reply text as the seller types: placeholders of unknown variables (with
 * the closest known name), banned phrases of the flow's market, and the highlighting of both.
 */
import type { FlowDocument } from '../../../flows/document';
import { findBannedPhrases, type BannedPhraseMatch, type Market } from '../../../flows/banned-phrases';
import { parseTemplate } from '../../../flows/template-string';
import { BUILTIN_VARIABLES } from '../../../flows/variable';

/** Variables a template may use: the flow's own, then the built-in ones. */
export function knownVariables(doc: Pick<FlowDocument, 'variables'>): string[] {
  const names = doc.variables.map((v) => v.name);
  for (const name of Object.keys(BUILTIN_VARIABLES)) if (!names.includes(name)) names.push(name);
  return names;
}

export interface UnknownVariable {
  name: string;
  /** Indices of the whole placeholder `{name|default}` in the text (end exclusive). */
  start: number;
  end: number;
  suggestion: string | null;
}

function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

/**
 * The known name a misspelt one most likely meant: a couple of typos away (`buyer_nme`), or
 * sharing a word and its start (`order_number` → `order_id`). `null` when nothing is close.
 */
export function suggestVariable(name: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestScore = 0;
  const parts = new Set(name.split('_').filter(Boolean));
  for (const candidate of known) {
    const distance = editDistance(name, candidate);
    const typo = distance <= Math.max(1, Math.floor(Math.min(name.length, candidate.length) / 4)) ? 1.5 - distance * 0.1 : 0;
    const shared = candidate.split('_').filter((p) => parts.has(p)).length / Math.max(parts.size, 1);
    const prefix = candidate.startsWith(name.slice(0, 3)) ? 0.2 : 0;
    const score = Math.max(typo, shared + prefix);
    if (score > bestScore) {
      bestScore = score;
      best = candidate;
    }
  }
  return bestScore >= 0.5 ? best : null;
}

/** Placeholders in `text` whose variable is not known. */
export function unknownVariables(text: string, known: readonly string[]): UnknownVariable[] {
  const set = new Set(known);
  const out: UnknownVariable[] = [];
  for (const part of parseTemplate(text)) {
    if ('variable' in part && !set.has(part.variable)) out.push({ name: part.variable, start: part.start, end: part.end, suggestion: suggestVariable(part.variable, known) });
  }
  return out;
}

/** `{name}` placeholders with a known variable, for a softer highlight. */
export function knownPlaceholders(text: string, known: readonly string[]): Array<{ start: number; end: number }> {
  const set = new Set(known);
  return parseTemplate(text).flatMap((p) => ('variable' in p && set.has(p.variable) ? [{ start: p.start, end: p.end }] : []));
}

export interface TextFindings {
  unknown: UnknownVariable[];
  banned: BannedPhraseMatch[];
  known: Array<{ start: number; end: number }>;
}

/** `language`: the text's language, whose banned-phrase lists apply on top of the market's (Spanish in a US shop). */
export function checkText(text: string, known: readonly string[], market: Market, templated = true, language?: string): TextFindings {
  return {
    unknown: templated ? unknownVariables(text, known) : [],
    banned: findBannedPhrases(text, market, language ? { language } : {}),
    known: templated ? knownPlaceholders(text, known) : [],
  };
}

export type MarkKind = 'banned' | 'unknown' | 'variable';

export interface Segment {
  text: string;
  mark: MarkKind | null;
}

/**
 * The text cut into plain and marked pieces for the highlight behind the text box. Where marks
 * overlap the stronger one wins (banned over unknown over variable); every character of
 * `text` is in exactly one piece, in order.
 */
export function highlightSegments(text: string, findings: TextFindings): Segment[] {
  const rank: Record<MarkKind, number> = { variable: 1, unknown: 2, banned: 3 };
  const marks = new Array<MarkKind | null>(text.length).fill(null);
  const paint = (start: number, end: number, kind: MarkKind) => {
    for (let i = Math.max(0, start); i < Math.min(end, text.length); i++) {
      const current = marks[i] ?? null;
      if (current === null || rank[kind] > rank[current]) marks[i] = kind;
    }
  };
  for (const k of findings.known) paint(k.start, k.end, 'variable');
  for (const u of findings.unknown) paint(u.start, u.end, 'unknown');
  for (const b of findings.banned) paint(b.start, b.end, 'banned');
  const segments: Segment[] = [];
  for (let i = 0; i < text.length; i++) {
    const mark = marks[i] ?? null;
    const last = segments[segments.length - 1];
    if (last && last.mark === mark) last.text += text[i];
    else segments.push({ text: text[i]!, mark });
  }
  return segments;
}

/** `snippet` put in place of the selection `start`–`end`, and where the caret goes after it. */
export function insertAt(text: string, start: number, end: number, snippet: string): { text: string; caret: number } {
  const a = Math.max(0, Math.min(start, text.length));
  const b = Math.max(a, Math.min(end, text.length));
  return { text: text.slice(0, a) + snippet + text.slice(b), caret: a + snippet.length };
}

/** Replaces one placeholder (an unknown variable) with `{suggestion}`, keeping its default. */
export function applySuggestion(text: string, unknown: UnknownVariable, suggestion: string): string {
  const inner = text.slice(unknown.start + 1, unknown.end - 1);
  const bar = inner.indexOf('|');
  const replacement = `{${suggestion}${bar >= 0 ? inner.slice(bar) : ''}}`;
  return text.slice(0, unknown.start) + replacement + text.slice(unknown.end);
}
