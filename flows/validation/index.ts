import type { FlowDocument } from '../document';
import { keywordAlternatives } from '../intent';
import { scheduleProblems } from '../schedule';
import { PROBLEM_CATALOGUE, type Problem } from './catalogue';
import { checkContent } from './content';
import { checkGraph } from './graph';
import { checkReplies } from './replies';
import type { Report } from './report';

export { PROBLEM_CATALOGUE, type Problem, type ProblemCode, type Severity } from './catalogue';

/**
 * Checks a schema-valid flow beyond its shape. Errors block publishing; warnings don't.
 * Problems come sorted by severity, then code, then position in the document.
 */
export function validateFlow(doc: FlowDocument): Problem[] {
  const problems: Problem[] = [];
  const report: Report = (code, nodeId, path, en, zh) => {
    problems.push({ code, severity: PROBLEM_CATALOGUE[code].severity, nodeId, path, message: { en, zh } });
  };
  checkGraph(doc, report);
  checkContent(doc, holidayExceptionsAsNotes(doc, report));
  checkReplies(doc, report);
  checkIntentLanguages(doc, report);
  return problems.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) || a.code.localeCompare(b.code));
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

/**
 * checkContent reports every schedule problem as FLOW010, an error. A dated exception on a
 * holiday is a deliberate override, not a broken range, so it becomes the FLOW023 warning.
 */
function holidayExceptionsAsNotes(doc: FlowDocument, report: Report): Report {
  return (code, nodeId, path, en, zh) => {
    const [, s, where, k] = path;
    const schedule = typeof s === 'number' ? doc.schedules[s] : undefined;
    const exception = schedule && where === 'exceptions' && typeof k === 'number' ? schedule.exceptions[k] : undefined;
    const onHoliday =
      code === 'FLOW010' && schedule && exception && scheduleProblems(schedule).some((p) => p.code === 'exception_on_holiday' && JSON.stringify(['schedules', s, ...p.path]) === JSON.stringify(path));
    if (!onHoliday) return void report(code, nodeId, path, en, zh);
    const holiday = schedule.holidays.find((h) => h.date === exception.date)?.name ?? '';
    const hours = exception.ranges.map((r) => `${r.start}–${r.end}`).join(', ');
    if (hours === '') {
      report('FLOW023', nodeId, path, `${schedule.name}: ${exception.date} is the holiday "${holiday}" and also an exception that closes the shop; one of them is enough.`, `${schedule.name}：${exception.date} 是节假日“${holiday}”，又设置了当天休息的特殊日期，保留其中一项即可。`);
    } else {
      report(
        'FLOW023',
        nodeId,
        path,
        `${schedule.name}: ${exception.date} is the holiday "${holiday}", but an exception gives it hours (${hours}), so the shop is open then instead of closed all day. Remove the exception or the holiday if that is not what you want.`,
        `${schedule.name}：${exception.date} 是节假日“${holiday}”，但特殊日期为当天设置了营业时间（${hours}），因此当天会按该时间营业，而不是全天休息。如非本意，请删除该特殊日期或节假日。`,
      );
    }
  };
}

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
function checkIntentLanguages(doc: FlowDocument, report: Report): void {
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
