/** A piece of a reply template: literal text, or `{name}` / `{name|default}`. */
export type TemplatePart = { text: string } | { variable: string; fallback?: string; start: number; end: number };

const PLACEHOLDER = /\{([a-z_][a-z0-9_]*)(?:\|([^{}]*))?\}/g;

/** Splits a reply template into literal text and `{variable|default}` placeholders. */
export function parseTemplate(template: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let last = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    const start = m.index;
    if (start > last) parts.push({ text: template.slice(last, start) });
    const part: TemplatePart = { variable: m[1] as string, start, end: start + m[0].length };
    if (m[2] !== undefined) part.fallback = m[2];
    parts.push(part);
    last = start + m[0].length;
  }
  if (last < template.length) parts.push({ text: template.slice(last) });
  return parts;
}

/** The variable names a template refers to, in order of appearance. */
export function templateVariables(template: string): string[] {
  return parseTemplate(template).flatMap((p) => ('variable' in p ? [p.variable] : []));
}
