import type { LocalizedText } from '../flows/common';
import { parseTemplate } from '../flows/template-string';
import type { VariableValue } from '../flows/variable';

/** Fills `{name|default}` placeholders; an empty or unknown value takes the default (or nothing). */
export function renderTemplate(template: string, lookup: (name: string) => VariableValue | undefined): string {
  if (!template.includes('{')) return template;
  let out = '';
  for (const part of parseTemplate(template)) {
    if ('text' in part) {
      out += part.text;
      continue;
    }
    const value = lookup(part.variable);
    const text = value === undefined || value === '' ? undefined : String(value);
    out += text ?? part.fallback ?? '';
  }
  return out;
}

/**
 * The variant of a localized text for `language`, falling back to the flow's default language,
 * then to any variant. Returns the language actually used.
 */
export function pickText(text: LocalizedText, language: string, defaultLanguage: string): { text: string; language: string } {
  const exact = text[language];
  if (exact !== undefined && exact !== '') return { text: exact, language };
  const base = language.split('-')[0] as string;
  const baseText = text[base];
  if (baseText !== undefined && baseText !== '') return { text: baseText, language: base };
  const def = text[defaultLanguage];
  if (def !== undefined && def !== '') return { text: def, language: defaultLanguage };
  for (const [lang, t] of Object.entries(text)) if (t !== '') return { text: t, language: lang };
  return { text: '', language };
}
