import { CJK_RE, fold, isWordChar } from './fold';
import { compactForm, spacedForm } from './streams';

// A reply that tells buyers NOT to do something ("we never ask you to pay by bank transfer",
// "请勿相信任何要求加微信的陌生人", "本品不能根治") uses the banned words to protect them. Such a
// finding is "negated": shown at most as a hint, never an error that blocks publishing.

// Latin negations, normalised like the spaced form (no accents, no apostrophes: "don't" → "dont").
const NEGATORS = [
  'never', 'not', 'dont', 'doesnt', 'didnt', 'wont', 'cannot', 'cant', 'no', 'nor', 'avoid', 'beware', 'refuse',
  'nunca', 'jamas', 'evita', 'evite', 'eviten', 'evitar', 'cuidado', 'nadie', 'tampoco',
  'nao', 'jamais',
  'jangan', 'tidak', 'tak', 'bukan', 'elak', 'elakkan', 'usah', 'awas', 'dilarang',
];
// "Don't forget to…", "no dudes en…", "jangan lupa…", "no 5", "no telefon" (Malay: number) are no negation.
const NOT_NEGATING = [
  'forget', 'hesitate', 'worry', 'worries', 'problem', 'only', 'just', 'olvides', 'te olvides', 'olvide', 'dudes', 'dude',
  'te preocupes', 'lupa', 'segan', 'ragu', 'risau', 'esqueca', 'hesite', 'telefon', 'tel', 'hp', 'akaun', '\\d+',
];
const negatorRe = (words: string[]) => new RegExp(`(?:^| )(?:${words.join('|')})(?= |$)(?! (?:${NOT_NEGATING.join('|')})(?: |$))`);
const NEGATOR_RE = negatorRe(NEGATORS);
// In Portuguese "no" means "in the" ("fala comigo no WhatsApp"), in Malay it is short for "number".
const NEGATOR_WITHOUT_NO_RE = negatorRe(NEGATORS.filter((w) => w !== 'no'));
const WITHOUT_NO = new Set(['pt', 'ms', 'id']);
// 别 only on its own: not in 特别, 区别, 分别, 类别, 级别, 个别, 识别, 性别, 告别, 差别, 辨别, 派别, 鉴别, 离别.
const CJK_NEGATOR_RE = /勿|不要(?!忘|犹豫)|不能|不会|不可|不得|不用|无需|不需要|禁止|严禁|谨防|防止|小心|警惕|拒绝|绝不|从不|从未|(?<![特区分类级个识性告差辨派鉴离道])别(?!忘|客气|担心|着急)/;

// Within a rule's match only unambiguous words count: "no" is also Portuguese for "in the"
// ("me chama no zap"), "tak" Malay slang for "not" but also a name.
const INSIDE_RE = /(?:^| )(?:never|not|dont|doesnt|wont|cannot|cant|nunca|jamas|nao|jangan|tidak|bukan)(?= |$)/;

// "…WhatsApp is not allowed", "加微信是违规的": the negation comes after.
const AFTER_RE = new RegExp(
  `(?:^| )(?:${['not allowed', 'not permitted', 'not supported', 'not accepted', 'prohibited', 'forbidden', 'banned', 'no esta permitido', 'no permitido', 'no se permite', 'no se acepta', 'prohibido', 'prohibida', 'tidak dibenarkan', 'dilarang', 'tidak diterima'].join('|')})(?= |$)`,
);
const CJK_AFTER_RE = /禁止|不允许|不被允许|不支持|违规|不可以/;

// Items of a list ("bank transfer, Zelle or WhatsApp") share the negation of the clause they continue.
const CONJUNCTIONS = new Set(['or', 'and', 'nor', 'o', 'u', 'y', 'e', 'ni', 'ou', 'atau', 'dan', 'mahupun', 'ataupun']);

type Break = 'strong' | 'weak' | null;

// Sentence ends and clause breaks, as the spaced form sees them (streams.ts).
function breakAt(text: string, i: number): Break {
  const ch = text[i] ?? '';
  if (ch === '\n' || ch === '\r' || ch === '\u2026') return 'strong';
  const f = fold(ch);
  if (f === '.') return isWordChar(fold(text[i + 1] ?? ' ')) ? null : 'strong';
  if ('!?;\u3002'.includes(f)) return 'strong';
  if (',:\u2014\u2013'.includes(f)) return 'weak';
  if (f === '-' && /\s/.test(text[i - 1] ?? '')) return 'weak';
  return null;
}

function hasNegator(segment: string, latin: RegExp): boolean {
  if (segment.trim() === '') return false;
  return latin.test(spacedForm(segment)) || (CJK_RE.test(segment) && CJK_NEGATOR_RE.test(compactForm(segment)));
}

function hasNegationInside(match: string): boolean {
  return INSIDE_RE.test(spacedForm(match)) || (CJK_RE.test(match) && CJK_NEGATOR_RE.test(compactForm(match)));
}

function hasNegationAfter(segment: string): boolean {
  if (segment.trim() === '') return false;
  return AFTER_RE.test(spacedForm(segment)) || (CJK_RE.test(segment) && CJK_AFTER_RE.test(compactForm(segment)));
}

function wordsOf(segment: string): string[] {
  return spacedForm(segment).split(' ').filter((w) => w !== '');
}

/**
 * Whether the banned words at [start, end) of a text are part of a warning not to do it: a
 * negation earlier in the same clause ("we never…", "请勿…", "jangan…", "nunca…"), or after it
 * ("…is not allowed", "…是违规的"); with `inside`, also one within the match (rules that span
 * several words: "a review will not get you a refund"). In Latin text, list items after a comma
 * share the negation of the clause before them; Chinese commas separate clauses. The language
 * code of the text, when known, leaves out words that are no negation in it.
 */
export function isNegated(text: string, start: number, end: number, inside = false, language = ''): boolean {
  const latin = WITHOUT_NO.has(language.slice(0, 2).toLowerCase()) ? NEGATOR_WITHOUT_NO_RE : NEGATOR_RE;
  let i = start - 1;
  while (i >= 0 && breakAt(text, i) === null) i--;
  let j = end;
  while (j < text.length && breakAt(text, j) === null) j++;
  if (hasNegator(text.slice(i + 1, start), latin) || hasNegationAfter(text.slice(end, j))) return true;
  if (inside && hasNegationInside(text.slice(start, end))) return true;
  if (i < 0 || breakAt(text, i) !== 'weak' || CJK_RE.test(text.slice(start, end))) return false;

  // A list item: "…, or Zelle", or a lone "Venmo" followed by one ("…, Venmo, or Zelle"). A lone
  // "WhatsApp me" after "If you are not happy," is a new clause.
  const rest = [...wordsOf(text.slice(i + 1, start)), ...wordsOf(text.slice(end, j))];
  const joined = (words: string[]) => words.some((w) => CONJUNCTIONS.has(w));
  let listItem = rest.length <= 2 && joined(rest);
  if (!listItem && rest.length === 0 && breakAt(text, j) === 'weak') {
    let q = j + 1;
    while (q < text.length && breakAt(text, q) === null) q++;
    const next = wordsOf(text.slice(j + 1, q));
    listItem = next.length <= 3 && joined(next);
  }
  if (!listItem) return false;
  // Walk back over earlier items to the clause they belong to.
  let k = i;
  while (k >= 0) {
    let p = k - 1;
    while (p >= 0 && breakAt(text, p) === null) p--;
    const segment = text.slice(p + 1, k);
    if (hasNegator(segment, latin)) return true;
    if (p < 0 || breakAt(text, p) !== 'weak' || wordsOf(segment).length > 3) return false;
    k = p;
  }
  return false;
}
