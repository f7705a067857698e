/** A piece of a reply template: literal text, or `{name}` / `{name|default}`. */
export type TemplatePart = { text: string } | { variable: string; fallback?: string; start: number; end: number };

const PLACEHOLDER = /\{([a-z_][a-z0-9_]*)(?:\|([^{}]*))?\}/g;

// One identifier-like word in braces, spaces and a `|default` allowed: what a seller writes meaning a variable.
const PLACEHOLDER_LIKE = /\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*(?:\|[^{}]*)?\}/g;
const WHOLE_PLACEHOLDER = /^\{[a-z_][a-z0-9_]*(?:\|[^{}]*)?\}$/;

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

/**
 * Tokens that look like a placeholder but that the syntax rejects (`{Order_ID}`, `{orderId}`,
 * `{ order_id }`), so they are sent to the buyer as written. Prose in braces (`{curly braces}`)
 * and JSON (`{"a":1}`) are not tokens.
 */
export function placeholderLikeTokens(template: string): Array<{ token: string; name: string }> {
  const tokens: Array<{ token: string; name: string }> = [];
  for (const m of template.matchAll(PLACEHOLDER_LIKE)) {
    if (!WHOLE_PLACEHOLDER.test(m[0])) tokens.push({ token: m[0], name: m[1] as string });
  }
  return tokens;
}
