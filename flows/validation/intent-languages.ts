import type { FlowDocument } from '../document';
import { keywordAlternatives } from '../intent';
import type { Report } from './report';

// Writing systems of languages not written in Latin letters (as runtime/language/detect.ts sees them).
const SCRIPTS: Readonly<Record<string, RegExp>> = {
  zh: /\p{Script=Han}/u,
  ja: /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u,
  ko: /\p{Script=Hangul}/u,
  th: /\p{Script=Thai}/u,
  ar: /\p{Script=Arabic}/u,
  he: /\p{Script=Hebrew}/u,
  ru: /\p{Script=Cyrillic}/u,
  el: /\p{Script=Greek}/u,
  hi: /\p{Script=Devanagari}/u,
};
const LATIN = /\p{Script=Latin}/u;

/**
 * FLOW025: an intent with no examples in a supported language and no keyword or example in that
 * language's writing system can never match a buyer writing it (a zh buyer does not type English
 * keywords). Same-script languages are not told apart: English keywords count for Spanish.
 */
export function checkIntentLanguages(doc: FlowDocument, report: Report): void {
  doc.intents.forEach((intent, i) => {
    const keywords = intent.keywords.flatMap(keywordAlternatives);
    const examples = Object.values(intent.examples).flat();
    if (keywords.length === 0 && examples.length === 0) return; // FLOW018 already says it can never match
    for (const lang of doc.languages.supported) {
      const base = lang.split('-')[0] as string;
      if ((intent.examples[lang] ?? intent.examples[base] ?? []).length > 0) continue;
      const script = SCRIPTS[base] ?? LATIN;
      if ([...keywords, ...examples].some((t) => script.test(t))) continue;
      report(
        'FLOW025',
        null,
        ['intents', i],
        `Intent "${intent.id}" has no ${lang} example questions and no keywords a ${lang} buyer would type, so it never matches messages in ${lang}. Add ${lang} examples or keywords.`,
        `意图“${intent.id}”没有 ${lang} 示例问题，也没有 ${lang} 买家会输入的关键词，${lang} 消息永远匹配不到它。请添加 ${lang} 示例问题或关键词。`,
      );
    }
  });
}
