/**
 * Intent matching against a seller's knowledge base.
 *
 * Each example question becomes a TF-IDF vector over words and character n-grams (vectors.ts);
 * a message's word the examples never use counts as the known word it plainly inflects, if any
 * (knownForm), or else as the known word it is a typing slip of (spelling.ts).
 * A message is compared, through posting lists, with every example and with the centroid of
 * every intent's examples in each language; the intent's similarity mixes its nearest example
 * with its centroid. The score a seller sees (calibrate.ts) reads that similarity against how
 * close the intent's own examples are to each other, the lead over the runner-up and how
 * specific the shared words are, so that the default threshold of 50 separates questions the
 * knowledge base answers from questions it does not, in any language.
 */
import { foldDiacritics, normalizeText } from './normalize';
import { compileKeywords, findKeywords, indexKeywords, keywordText, type CompiledKeyword, type KeywordIndex } from './keywords';
import { emptyFeatures, textFeatures, wordGrams, type TextFeatures } from './features';
import { FloatList, idfOf, IntList, postingsOf, weigh, type Postings, type Rows } from './vectors';
import { leaveOneOut } from './selfsim';
import { calibrate, DEFAULT_SELF_SIMILARITY, evidenceOf, evidenceScaleFor } from './calibrate';
import { functionWords } from './functionwords';
import { asksToUndo, reversalWords, type ReversalWords } from './reversal';
import { correctWord, createSpeller, type Speller } from './spelling';
import { stemWord } from './stem';

export interface IntentSpec {
  id: string;
  /** Each entry is one keyword with alternatives separated by '|', e.g. '快递|物流|包裹|tracking'. */
  keywords?: string[];
  /** Example buyer questions per language code ('en', 'zh', 'es', 'ms', ...). */
  examples: Record<string, string[]>;
  /** 0–100; a candidate below its intent's threshold is not a match. Defaults to the index default. */
  threshold?: number;
  /** Higher wins a tie. Default 0. */
  priority?: number;
}

export interface MatchCandidate {
  intentId: string;
  /** 0–100, rounded to 1 decimal. */
  score: number;
  via: 'keyword' | 'example' | 'both' | 'payload';
  keyword?: string;
  example?: string;
}

export interface MatchResult {
  /** null = out of scope (no candidate reached its threshold). */
  intentId: string | null;
  /** Score of the matched candidate, or of the best candidate when nothing matched (0 when none). */
  score: number;
  /** Threshold that applied to that candidate. */
  threshold: number;
  /** Top 3, best first: score desc, priority desc, id asc. */
  candidates: MatchCandidate[];
}

/** Opaque, immutable after build. */
export interface IntentIndex {
  readonly __intentIndex: true;
}

/** The one default a seller sees: scores are calibrated so that 50 separates in and out of scope. */
export const DEFAULT_MATCH_THRESHOLD = 50;

/** Weight of the nearest example against the centroid of the intent's examples. */
const NEAREST_WEIGHT = 0.3;
/** Factor on examples in another language than the buyer's, when the buyer's is known. */
const OTHER_LANGUAGE_FACTOR = 0.97;
/** How much an intent's own example tightness counts against the knowledge base's mean. */
const SELF_WEIGHT = 0.6;
/** How many of the most similar intents are scored (keyword hits are added to them). */
const KEPT_CANDIDATES = 8;
/** A message with at most this many content words is "short". */
const SHORT_MESSAGE_WORDS = 4;
/** Above this many examples, only the likeliest groups are scored exactly (see similaritiesOfLikelyGroups). */
const EXACT_EXAMPLES = 2000;
const LIKELY_GROUPS = 48;
/** Nearest-example similarity above which a message counts as a near-copy of an example. */
const NEAR_DUPLICATE = 0.8;
/** Specificity counts intents as if there were at least this many, so tiny knowledge bases still match. */
const MIN_INTENTS_FOR_SPECIFICITY = 8;
/** A keyword hit scores at least this (well above the default threshold)... */
const KEYWORD_FLOOR = 70;
/** ...and up to this when the keyword is the whole message; examples add the rest. */
const KEYWORD_CEILING = 90;

interface IntentEntry {
  id: string;
  priority: number;
  threshold: number | null;
  keywords: CompiledKeyword[];
}

/** The analysis of the last message, kept so that a second question about it (a trigger, then the router) costs nothing. */
interface Scratch {
  text: string | null;
  language: string | null;
  normalized: string;
  features: TextFeatures;
  /** Known word ids of the message that are content words (distinct). */
  contentIds: number[];
  /** Distinct content words the knowledge base has never seen. */
  unseenContent: number;
  undo: boolean;
  /** Per intent: similarity (−1 when untouched), nearest-example similarity, best example, best group. */
  mix: Float64Array;
  nearest: Float64Array;
  example: Int32Array;
  group: Int32Array;
  touched: number[];
  exAcc: Float64Array;
  exTouched: Int32Array;
  groupNearest: Float64Array;
  groupExample: Int32Array;
  centAcc: Float64Array;
  qIds: number[];
  qCounts: number[];
  hashes: number[];
  qWeights: Float64Array;
  /** The message's weights by feature id, zero elsewhere (large knowledge bases; made on first use). */
  qDense: Float64Array | null;
}

interface IndexData {
  readonly __intentIndex: true;
  intents: IntentEntry[];
  byId: Map<string, number>;
  defaultThreshold: number;
  wordIds: Map<string, number>;
  /** Known word keys of spaced scripts, sorted, with their ids: an unseen inflection finds its known form by prefix. */
  sortedWords: string[];
  sortedWordIds: Int32Array;
  gramIds: Map<number, number>;
  /** Feature ids of the n-grams of every word the examples use (so known words are not hashed again). */
  gramsOfWord: Map<string, Int32Array>;
  isWord: Uint8Array;
  idf: Float64Array;
  unseenIdf: number;
  /** Per word feature: 0–1, how few intents use it. */
  specificity: Float64Array;
  functionWords: Set<string>;
  /** Accent-folded words of the examples and keywords (spaced scripts), as written, with how many intents use them. */
  surfaceWords: ReadonlyMap<string, number>;
  speller: Speller;
  reversal: ReversalWords;
  examples: Rows;
  examplePostings: Postings;
  exampleGroup: Int32Array;
  exampleText: string[];
  groupIntent: Int32Array;
  groupLanguage: string[];
  /**
   * Large knowledge bases only (null otherwise): each group's centroid (its examples' sum,
   * normalised) by feature, to rank the groups before the likeliest are scored exactly.
   */
  centroidPostings: Postings | null;
  /** Per group: 1 / the length of its examples' sum (a centroid is that sum, normalised). */
  centroidScale: Float64Array;
  /** Group g's examples are rows [groupFirstExample[g], groupFirstExample[g + 1]). */
  groupFirstExample: Int32Array;
  selfSim: Float64Array;
  /** Per intent: sorted ids of the content words its examples use. */
  intentWords: Int32Array[];
  /** Per intent: 1 when one of its examples asks to undo something. */
  intentUndo: Uint8Array;
  /** Every intent's keywords (list i: intent i's), to find each intent's best hit in one pass. */
  keywordIndex: KeywordIndex;
  /** Per intent: its best keyword hit in the message being matched (-1: none). */
  keywordHits: number[];
  scratch: Scratch;
  /** What the evidence counts for in a knowledge base of this many intents (calibrate.ts). */
  evidenceScale: number;
  /** Long restrictions (an intent node's list) already worked out, each with a copy of its list. */
  restrictions: WeakMap<readonly string[], { copy: string[]; allowed: Uint8Array }>;
}

function clampThreshold(t: unknown, fallback: number): number {
  return typeof t === 'number' && Number.isFinite(t) ? Math.min(100, Math.max(0, t)) : fallback;
}

let sortBuffer = new Int32Array(256);

/** Sorted distinct ids with their counts, from a list with repetitions. */
function countSorted(list: readonly number[], ids: number[], counts: number[]): void {
  const n = list.length;
  if (sortBuffer.length < n) sortBuffer = new Int32Array(n * 2);
  const sorted = sortBuffer.subarray(0, n);
  for (let i = 0; i < n; i++) sorted[i] = list[i]!;
  sorted.sort(); // typed arrays sort numerically
  ids.length = 0;
  counts.length = 0;
  for (let i = 0; i < n; i++) {
    if (i > 0 && sorted[i] === sorted[i - 1]) counts[counts.length - 1]!++;
    else {
      ids.push(sorted[i]!);
      counts.push(1);
    }
  }
}

/**
 * Compiles a knowledge base. `exactExamples`: above this many examples only the likeliest intents
 * are scored exactly (default 2,000); the scores of those are the same either way.
 */
export function buildIntentIndex(intents: IntentSpec[], options?: { defaultThreshold?: number; exactExamples?: number }): IntentIndex {
  const defaultThreshold = clampThreshold(options?.defaultThreshold, DEFAULT_MATCH_THRESHOLD);
  const entries: IntentEntry[] = [];
  const byId = new Map<string, number>();
  const groupIntentList: number[] = [];
  const groupLanguage: string[] = [];
  const groupTexts: string[][] = [];
  const groupNormalized: string[][] = [];
  const languages = new Set<string>();
  for (const spec of intents ?? []) {
    if (!spec || typeof spec.id !== 'string' || byId.has(spec.id)) continue;
    const intentNo = entries.length;
    byId.set(spec.id, intentNo);
    entries.push({
      id: spec.id,
      priority: typeof spec.priority === 'number' && Number.isFinite(spec.priority) ? spec.priority : 0,
      threshold: spec.threshold === undefined ? null : clampThreshold(spec.threshold, defaultThreshold),
      keywords: compileKeywords(spec.keywords),
    });
    for (const language of Object.keys(spec.examples ?? {}).sort()) {
      const list = spec.examples[language];
      if (!Array.isArray(list)) continue;
      const texts: string[] = [];
      const normalized: string[] = [];
      for (const ex of list) {
        const norm = typeof ex === 'string' ? normalizeText(ex) : '';
        if (!norm) continue;
        texts.push(ex);
        normalized.push(norm);
      }
      if (texts.length === 0) continue;
      languages.add(language);
      groupIntentList.push(intentNo);
      groupLanguage.push(language);
      groupTexts.push(texts);
      groupNormalized.push(normalized);
    }
  }
  const fw = functionWords(languages);
  const reversal = reversalWords(languages);
  const nIntents = entries.length;

  // Features of every example; ids are handed out as features are first seen.
  const wordIds = new Map<string, number>();
  const gramIds = new Map<number, number>();
  const isWordList: number[] = [];
  const stopList: number[] = [];
  const dfList: number[] = [];
  const lastIntent: number[] = [];
  const exStart: number[] = [0];
  const exIds = new IntList();
  const exCounts = new IntList();
  const exampleGroupList: number[] = [];
  const exampleText: string[] = [];
  const groupStart: number[] = [0];
  const intentWordSets: number[][] = entries.map(() => []);
  const intentUndo = new Uint8Array(nIntents);
  const buf = emptyFeatures();
  const gramsOfWord = new Map<string, Int32Array>();
  const hashes: number[] = [];
  const all: number[] = [];
  const ids: number[] = [];
  const counts: number[] = [];
  const newFeature = (word: boolean, stop: boolean) => {
    isWordList.push(word ? 1 : 0);
    stopList.push(stop ? 1 : 0);
    dfList.push(0);
    lastIntent.push(-1);
    return isWordList.length - 1;
  };
  for (let g = 0; g < groupTexts.length; g++) {
    const intentNo = groupIntentList[g]!;
    const texts = groupTexts[g]!;
    for (let t = 0; t < texts.length; t++) {
      const text = texts[t]!;
      const normalized = groupNormalized[g]![t]!;
      textFeatures(normalized, buf);
      all.length = 0;
      for (let i = 0; i < buf.words.length; i++) {
        const key = buf.words[i]!;
        const stop = fw.has(buf.folded[i]!);
        let id = wordIds.get(key);
        if (id === undefined) {
          id = newFeature(true, stop);
          wordIds.set(key, id);
        } else if (stop) stopList[id] = 1;
        all.push(id);
        if (!stop) intentWordSets[intentNo]!.push(id);
        if (!buf.spaced[i]) continue;
        let grams = gramsOfWord.get(buf.folded[i]!);
        if (grams === undefined) {
          wordGrams(buf.folded[i]!, hashes);
          grams = new Int32Array(hashes.length);
          for (let k = 0; k < hashes.length; k++) {
            let gid = gramIds.get(hashes[k]!);
            if (gid === undefined) {
              gid = newFeature(false, false);
              gramIds.set(hashes[k]!, gid);
            }
            grams[k] = gid;
          }
          gramsOfWord.set(buf.folded[i]!, grams);
        }
        for (let k = 0; k < grams.length; k++) all.push(grams[k]!);
      }
      for (const h of buf.grams) {
        let id = gramIds.get(h);
        if (id === undefined) {
          id = newFeature(false, false);
          gramIds.set(h, id);
        }
        all.push(id);
      }
      countSorted(all, ids, counts);
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i]!;
        if (lastIntent[id] !== intentNo) {
          lastIntent[id] = intentNo;
          dfList[id]!++;
        }
        exIds.push(id);
        exCounts.push(counts[i]!);
      }
      exStart.push(exIds.length);
      exampleGroupList.push(g);
      exampleText.push(text);
      if (!intentUndo[intentNo] && asksToUndo(reversal, buf.folded, normalized.replace(/ /g, ''))) intentUndo[intentNo] = 1;
    }
    groupStart.push(exampleText.length);
  }
  const nFeatures = isWordList.length;
  const isWord = Uint8Array.from(isWordList);
  const idf = new Float64Array(nFeatures);
  const specificity = new Float64Array(nFeatures);
  const specTotal = Math.max(nIntents, MIN_INTENTS_FOR_SPECIFICITY);
  for (let f = 0; f < nFeatures; f++) {
    idf[f] = idfOf(dfList[f]!, nIntents);
    if (isWord[f]) specificity[f] = Math.log((1 + specTotal) / (1 + dfList[f]!)) / Math.log(1 + specTotal);
  }
  const examples: Rows = { start: Int32Array.from(exStart), ids: exIds.toArray(), weights: new Float64Array(exIds.length) };
  const exampleCounts = exCounts.toArray();
  for (let e = 0; e < exampleText.length; e++) {
    const from = examples.start[e]!;
    const to = examples.start[e + 1]!;
    weigh(examples.ids, exampleCounts, from, to, idf, isWord, 0, 0, examples.weights);
  }

  // Each group's sum of examples (for leave-one-out) and its normalised centroid.
  const nGroups = groupTexts.length;
  const dense = new Float64Array(nFeatures);
  const sumStart: number[] = [0];
  const sumIds = new IntList();
  const sumWeights = new FloatList();
  const sumSq = new Float64Array(nGroups);
  const members = new Int32Array(exampleText.length);
  for (let e = 0; e < members.length; e++) members[e] = e;
  for (let g = 0; g < nGroups; g++) {
    const touched: number[] = [];
    for (let e = groupStart[g]!; e < groupStart[g + 1]!; e++) {
      for (let k = examples.start[e]!; k < examples.start[e + 1]!; k++) {
        const id = examples.ids[k]!;
        if (dense[id] === 0) touched.push(id);
        dense[id]! += examples.weights[k]!;
      }
    }
    const order = Int32Array.from(touched).sort();
    let sq = 0;
    for (const id of order) {
      sumIds.push(id);
      sumWeights.push(dense[id]!);
      sq += dense[id]! * dense[id]!;
      dense[id] = 0;
    }
    sumSq[g] = sq;
    sumStart.push(sumIds.length);
  }
  const sums: Rows = { start: Int32Array.from(sumStart), ids: sumIds.toArray(), weights: sumWeights.toArray() };
  const centroidScale = new Float64Array(nGroups);
  for (let g = 0; g < nGroups; g++) centroidScale[g] = 1 / (Math.sqrt(sumSq[g]!) || 1);
  let centroidPostings: Postings | null = null;
  if (exampleText.length > (options?.exactExamples ?? EXACT_EXAMPLES)) {
    const centroids: Rows = { start: sums.start, ids: sums.ids, weights: new Float64Array(sums.weights.length) };
    for (let g = 0; g < nGroups; g++) {
      for (let k = sums.start[g]!; k < sums.start[g + 1]!; k++) centroids.weights[k] = sums.weights[k]! * centroidScale[g]!;
    }
    centroidPostings = postingsOf(centroids, nFeatures);
  }
  // An intent's own tightness is noisy with 8 examples: shrink it toward the knowledge base's mean.
  const raw = leaveOneOut(examples, members, Int32Array.from(groupStart), sums, sumSq, NEAREST_WEIGHT);
  let known = 0;
  let total = 0;
  for (const x of raw) {
    if (Number.isFinite(x)) {
      known++;
      total += x;
    }
  }
  const mean = known ? total / known : DEFAULT_SELF_SIMILARITY;
  const selfSim = raw.map((x) => (Number.isFinite(x) ? SELF_WEIGHT * x + (1 - SELF_WEIGHT) * mean : mean));

  const intentWords = intentWordSets.map((list) => {
    const sorted = Int32Array.from(list).sort();
    let n = 0;
    for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[n++] = sorted[i]!;
    return sorted.slice(0, n);
  });

  // Every word a seller wrote, with how many intents use it (keywords count as one more).
  const spelled = new Map<string, number>();
  for (const word of gramsOfWord.keys()) spelled.set(word, dfList[wordIds.get(stemWord(word)) ?? -1] ?? 0);
  for (const entry of entries) {
    for (const k of entry.keywords) {
      if (k.folded === null) continue;
      for (const word of k.folded.trim().split(' ')) spelled.set(word, (spelled.get(word) ?? 0) + 1);
    }
  }

  // Words of spaced (Latin-script) languages only: a prefix says nothing about a Chinese word.
  const sortedWords = [...wordIds.keys()].filter((w) => LATIN_WORD.test(w)).sort();
  const sortedWordIds = Int32Array.from(sortedWords, (w) => wordIds.get(w)!);
  const data: IndexData = {
    __intentIndex: true,
    sortedWords,
    sortedWordIds,
    intents: entries,
    byId,
    defaultThreshold,
    wordIds,
    gramIds,
    gramsOfWord,
    isWord,
    idf,
    unseenIdf: idfOf(0, nIntents),
    specificity,
    functionWords: fw,
    surfaceWords: spelled,
    speller: createSpeller(spelled),
    reversal,
    examples,
    examplePostings: postingsOf(examples, nFeatures),
    exampleGroup: Int32Array.from(exampleGroupList),
    exampleText,
    groupIntent: Int32Array.from(groupIntentList),
    groupLanguage,
    centroidPostings,
    centroidScale,
    groupFirstExample: Int32Array.from(groupStart),
    selfSim,
    evidenceScale: evidenceScaleFor(new Set(groupIntentList).size),
    intentWords,
    intentUndo,
    keywordIndex: indexKeywords(entries.map((e) => e.keywords)),
    keywordHits: [],
    scratch: {
      text: null,
      language: null,
      normalized: '',
      features: emptyFeatures(),
      contentIds: [],
      unseenContent: 0,
      undo: false,
      mix: new Float64Array(nIntents).fill(-1),
      nearest: new Float64Array(nIntents),
      example: new Int32Array(nIntents).fill(-1),
      group: new Int32Array(nIntents),
      touched: [],
      exAcc: new Float64Array(exampleText.length),
      exTouched: new Int32Array(exampleText.length),
      groupNearest: new Float64Array(nGroups),
      groupExample: new Int32Array(nGroups).fill(-1),
      centAcc: new Float64Array(nGroups),
      qIds: [],
      qCounts: [],
      hashes: [],
      qWeights: new Float64Array(64),
      qDense: null,
    },
    restrictions: new WeakMap(),
  };
  return Object.freeze(data);
}

/** Shorter restrictions are worked out each time: a trigger's single intent costs less than a lookup. */
const REMEMBERED_RESTRICTION = 16;

/**
 * The intents a restriction allows, by intent number (read only). An intent node restricts
 * every message to the same list, so a long list is worked out once and afterwards only compared
 * with its copy, element by element (a caller may have changed the array since).
 */
function allowedBy(data: IndexData, list: readonly string[]): Uint8Array {
  const known = list.length >= REMEMBERED_RESTRICTION ? data.restrictions.get(list) : undefined;
  if (known && known.copy.length === list.length && known.copy.every((id, k) => id === list[k])) return known.allowed;
  const allowed = new Uint8Array(data.intents.length);
  for (const id of list) {
    const n = data.byId.get(id);
    if (n !== undefined) allowed[n] = 1;
  }
  if (list.length >= REMEMBERED_RESTRICTION) data.restrictions.set(list, { copy: [...list], allowed });
  return allowed;
}

const LATIN_WORD = /^[a-z\u00c0-\u024f]/;
/** An unseen word and a known one are forms of one word when they share this many first letters... */
const MIN_SHARED_PREFIX = 5;
/** ...and at least this share of the shorter one ("despacharon" / "despachan", not "accountant" / "account"). */
const SHARED_PREFIX_SHARE = 0.75;

/**
 * The known word an unseen word most likely inflects ("despacharon" for "despachan", Turkish
 * suffixes): the longest shared prefix among the sorted known words, if long enough; ties go to
 * the closer length, then to the first in order. Undefined when none qualifies.
 */
function knownForm(data: IndexData, key: string): number | undefined {
  if (key.length < MIN_SHARED_PREFIX) return undefined;
  const words = data.sortedWords;
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  // The words sharing the longest prefix with `key` sit next to its place in sorted order: a few on each side suffice.
  let best = -1;
  let bestLcp = 0;
  let bestDiff = Infinity;
  for (let j = Math.max(0, lo - 3); j < Math.min(words.length, lo + 3); j++) {
    const w = words[j]!;
    let l = 0;
    while (l < w.length && l < key.length && w.charCodeAt(l) === key.charCodeAt(l)) l++;
    if (l < MIN_SHARED_PREFIX || l < SHARED_PREFIX_SHARE * Math.min(w.length, key.length)) continue;
    const diff = Math.abs(w.length - key.length);
    if (l > bestLcp || (l === bestLcp && diff < bestDiff)) {
      best = j;
      bestLcp = l;
      bestDiff = diff;
    }
  }
  return best < 0 ? undefined : data.sortedWordIds[best];
}

const PLAIN_LATIN = /^[a-z\u00c0-\u024f]{4,}$/;

/** The normalised message with each word unknown in every form replaced by the known word it is a slip of, if any. */
function withSlipsCorrected(data: IndexData, normalized: string): string {
  const tokens = normalized.split(' ');
  let changed = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!PLAIN_LATIN.test(token)) continue;
    const folded = foldDiacritics(token);
    if (data.surfaceWords.has(folded) || data.functionWords.has(folded)) continue;
    const key = stemWord(folded);
    if (data.wordIds.has(key) || knownForm(data, key) !== undefined) continue;
    const fixed = correctWord(data.speller, folded);
    if (fixed === null) continue;
    tokens[i] = fixed;
    changed = true;
  }
  return changed ? tokens.join(' ') : normalized;
}

/** Fills the scratch with the message's similarity to every intent (all intents, any restriction applies later). */
function analyse(data: IndexData, text: string, language: string | null): Scratch {
  const s = data.scratch;
  if (s.text === text && s.language === language) return s;
  for (const i of s.touched) {
    s.mix[i] = -1;
    s.example[i] = -1;
  }
  s.touched.length = 0;
  s.text = text;
  s.language = language;
  s.normalized = withSlipsCorrected(data, normalizeText(text));
  const f = textFeatures(s.normalized, s.features);

  // Known features with counts; unseen ones only lengthen the vector.
  const all: number[] = [];
  const unseenWords: string[] = [];
  const unseenGrams: number[] = [];
  s.contentIds.length = 0;
  s.unseenContent = 0;
  for (let i = 0; i < f.words.length; i++) {
    const key = f.words[i]!;
    const id = data.wordIds.get(key) ?? knownForm(data, key);
    const content = !data.functionWords.has(f.folded[i]!);
    if (id === undefined) {
      if (!unseenWords.includes(key)) {
        unseenWords.push(key);
        if (content) s.unseenContent++;
      }
    } else {
      all.push(id);
      if (content && !s.contentIds.includes(id)) s.contentIds.push(id);
    }
    if (!f.spaced[i]) continue;
    const grams = data.gramsOfWord.get(f.folded[i]!);
    if (grams !== undefined) {
      for (let k = 0; k < grams.length; k++) all.push(grams[k]!);
      continue;
    }
    for (const h of wordGrams(f.folded[i]!, s.hashes)) {
      const gid = data.gramIds.get(h);
      if (gid === undefined) unseenGrams.push(h);
      else all.push(gid);
    }
  }
  for (const h of f.grams) {
    const id = data.gramIds.get(h);
    if (id === undefined) unseenGrams.push(h);
    else all.push(id);
  }
  let unseenWordSq = 0;
  let unseenGramSq = 0;
  const u2 = data.unseenIdf * data.unseenIdf;
  for (let i = 0; i < unseenWords.length; i++) unseenWordSq += u2; // distinct unseen words, tf 1 (repeats are rare)
  if (unseenGrams.length > 0) {
    unseenGrams.sort((a, b) => a - b);
    let run = 1;
    for (let i = 1; i <= unseenGrams.length; i++) {
      if (i < unseenGrams.length && unseenGrams[i] === unseenGrams[i - 1]) run++;
      else {
        const w = run === 1 ? 1 : 1 + Math.log(run);
        unseenGramSq += w * w * u2;
        run = 1;
      }
    }
  }
  countSorted(all, s.qIds, s.qCounts);
  const n = s.qIds.length;
  if (s.qWeights.length < n) s.qWeights = new Float64Array(n * 2);
  weigh(s.qIds, s.qCounts, 0, n, data.idf, data.isWord, unseenWordSq, unseenGramSq, s.qWeights);
  s.undo = data.reversal.words.size + data.reversal.substrings.length > 0 && asksToUndo(data.reversal, f.folded, s.normalized.replace(/ /g, ''));

  if (data.centroidPostings) similaritiesOfLikelyGroups(data, s, n, language, data.centroidPostings);
  else similaritiesOfAllGroups(data, s, n, language);
  s.touched.sort((a, b) => a - b);
  return s;
}

/** Keeps group g's similarity if it is its intent's best. */
function offer(data: IndexData, s: Scratch, g: number, nearest: number, cent: number, example: number, language: string | null): void {
  let sim = NEAREST_WEIGHT * nearest + (1 - NEAREST_WEIGHT) * cent;
  if (language && data.groupLanguage[g] !== language) sim *= OTHER_LANGUAGE_FACTOR;
  const i = data.groupIntent[g]!;
  if (s.mix[i]! < 0) s.touched.push(i);
  if (sim > s.mix[i]!) {
    s.mix[i] = sim;
    s.nearest[i] = nearest;
    s.example[i] = example;
    s.group[i] = g;
  }
}

/**
 * Dot product of the message, spread by feature id in `dense`, with row r: one pass over the
 * row, no branches (a merge of two sorted lists mispredicts at every step). Features the
 * message lacks add +0, so the sum is the merge's, bit for bit.
 */
function denseDot(dense: Float64Array, rows: Rows, r: number): number {
  const { ids, weights } = rows;
  const end = rows.start[r + 1]!;
  let sum = 0;
  for (let k = rows.start[r]!; k < end; k++) sum += dense[ids[k]!]! * weights[k]!;
  return sum;
}

/**
 * Large knowledge bases: centroids are ranked on the message's rarer features only (a feature
 * that most groups share moves every group alike), then the best LIKELY_GROUPS get their exact
 * centroid and nearest-example similarity, both from their examples' rows. The few intents that
 * can win are scored exactly; the thousands that cannot are not scored at all.
 */
function similaritiesOfLikelyGroups(data: IndexData, s: Scratch, n: number, language: string | null, cp: Postings): void {
  const nGroups = data.groupIntent.length;
  const cap = Math.max(16, nGroups / 8);
  const likely: number[] = [];
  for (let i = 0; i < n; i++) {
    const id = s.qIds[i]!;
    const from = cp.start[id]!;
    const to = cp.start[id + 1]!;
    if (to - from > cap) continue;
    const w = s.qWeights[i]!;
    for (let k = from; k < to; k++) {
      const g = cp.rows[k]!;
      if (s.centAcc[g] === 0) likely.push(g);
      s.centAcc[g]! += w * cp.weights[k]!;
    }
  }
  likely.sort((a, b) => s.centAcc[b]! - s.centAcc[a]! || a - b);
  for (const g of likely) s.centAcc[g] = 0;
  if (likely.length > LIKELY_GROUPS) likely.length = LIKELY_GROUPS;
  const dense = (s.qDense ??= new Float64Array(data.idf.length));
  for (let i = 0; i < n; i++) dense[s.qIds[i]!] = s.qWeights[i]!;
  for (const g of likely) {
    // As in similaritiesOfAllGroups, the centroid's similarity is the sum of the examples', scaled.
    let sum = 0;
    let nearest = 0;
    let example = -1;
    for (let e = data.groupFirstExample[g]!; e < data.groupFirstExample[g + 1]!; e++) {
      const sim = denseDot(dense, data.examples, e);
      sum += sim;
      if (sim > nearest) {
        nearest = sim;
        example = e;
      }
    }
    const cent = sum * data.centroidScale[g]!;
    if (cent > 0 || nearest > 0) offer(data, s, g, nearest, cent, example, language);
  }
  for (let i = 0; i < n; i++) dense[s.qIds[i]!] = 0;
}

/**
 * Exact similarity to every example and every centroid sharing a feature, through the example
 * postings only: a centroid is its group's sum of example rows, normalised, so the message's dot
 * product with it is the sum of its dot products with the group's examples, scaled.
 */
function similaritiesOfAllGroups(data: IndexData, s: Scratch, n: number, language: string | null): void {
  // The hot loop of a message: arrays in locals, so the loop body is loads, a multiply and stores.
  const { start: epStart, rows: epRows, weights: epWeights } = data.examplePostings;
  const { exAcc, exTouched, centAcc, groupNearest, groupExample, qIds, qWeights } = s;
  const exampleGroup = data.exampleGroup;
  let nTouched = 0;
  for (let i = 0; i < n; i++) {
    const id = qIds[i]!;
    const w = qWeights[i]!;
    const epEnd = epStart[id + 1]!;
    for (let k = epStart[id]!; k < epEnd; k++) {
      const e = epRows[k]!;
      const acc = exAcc[e]!;
      if (acc === 0) exTouched[nTouched++] = e;
      exAcc[e] = acc + w * epWeights[k]!;
    }
  }
  for (let t = 0; t < nTouched; t++) {
    const e = exTouched[t]!;
    const sim = exAcc[e]!;
    exAcc[e] = 0;
    const g = exampleGroup[e]!;
    centAcc[g]! += sim;
    if (sim > groupNearest[g]!) {
      groupNearest[g] = sim;
      groupExample[g] = e;
    }
  }
  const nGroups = data.groupIntent.length;
  const scale = data.centroidScale;
  for (let g = 0; g < nGroups; g++) {
    const cent = centAcc[g]! * scale[g]!;
    const nearest = groupNearest[g]!;
    const example = groupExample[g]!;
    centAcc[g] = 0;
    groupNearest[g] = 0;
    groupExample[g] = -1;
    if (cent > 0 || nearest > 0) offer(data, s, g, nearest, cent, example, language);
  }
}

function hasId(sorted: Int32Array, id: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid]!;
    if (v === id) return true;
    if (v < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

interface Scored {
  intent: number;
  score: number;
  exScore: number;
  via: MatchCandidate['via'];
  keyword?: string;
  example?: string;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** Whether keyword `outer` contains keyword `inner`: as a substring (scripts without spaces) or as whole words. */
function keywordContains(outer: CompiledKeyword, inner: CompiledKeyword): boolean {
  if (outer.substring !== null && inner.substring !== null) return outer.substring.includes(inner.substring);
  const words = (a: string | null, b: string | null) => a !== null && b !== null && a.includes(b);
  return words(outer.folded, inner.folded) || words(outer.stemmed, inner.stemmed);
}

export function matchIntent(
  index: IntentIndex,
  text: string,
  options?: { language?: string; restrictTo?: readonly string[]; threshold?: number },
): MatchResult {
  const data = index as IndexData;
  const fallbackThreshold = clampThreshold(options?.threshold, data.defaultThreshold);
  const empty: MatchResult = { intentId: null, score: 0, threshold: fallbackThreshold, candidates: [] };
  if (typeof text !== 'string') return empty;
  const language = typeof options?.language === 'string' ? options.language : null;
  const s = analyse(data, text, language);
  if (!s.normalized) return empty;

  const allowed = options?.restrictTo ? allowedBy(data, options.restrictTo) : null;

  // The most similar intents, best first (ties: lower intent number, i.e. knowledge-base order).
  const top: number[] = [];
  for (const i of s.touched) {
    if (allowed && !allowed[i]) continue;
    const m = s.mix[i]!;
    if (top.length === KEPT_CANDIDATES && m <= s.mix[top[top.length - 1]!]!) continue;
    let k = top.length === KEPT_CANDIDATES ? top.length - 1 : top.length;
    while (k > 0 && m > s.mix[top[k - 1]!]!) {
      top[k] = top[k - 1]!;
      k--;
    }
    top[k] = i;
  }
  const first = top.length > 0 ? s.mix[top[0]!]! : 0;
  const second = top.length > 1 ? s.mix[top[1]!]! : 0;
  const contentWords = s.contentIds.length + s.unseenContent;
  const exampleOf = (intent: number) => {
    const e = s.example[intent]!;
    return e >= 0 ? data.exampleText[e] : undefined;
  };
  const exampleScore = (intent: number): number => {
    if (s.mix[intent]! < 0) return 0;
    const words = data.intentWords[intent]!;
    let specificity = 0;
    let uncovered = s.unseenContent;
    for (const id of s.contentIds) {
      if (hasId(words, id)) specificity = Math.max(specificity, data.specificity[id]!);
      else uncovered++;
    }
    const mix = s.mix[intent]!;
    const undo = s.undo && !data.intentUndo[intent];
    let score = calibrate(
      data.evidenceScale * evidenceOf({
        similarity: mix,
        selfSimilarity: data.selfSim[s.group[intent]!]!,
        margin: mix - (mix === first && intent === top[0] ? second : first),
        specificity,
        uncovered: contentWords > 0 && contentWords <= SHORT_MESSAGE_WORDS && uncovered > 0,
        undo,
      }),
    );
    // A message that is (nearly) one of the examples is a full match whatever else it says.
    const nearest = s.nearest[intent]!;
    if (nearest > NEAR_DUPLICATE && !undo) score += ((100 - score) * (nearest - NEAR_DUPLICATE)) / (1 - NEAR_DUPLICATE);
    return Math.min(100, score);
  };
  const scored: Scored[] = top.map((intent) => {
    const score = exampleScore(intent);
    return { intent, score, exScore: score, via: 'example', example: exampleOf(intent) };
  });

  // Keywords: a plain hit is a strong signal; when several intents' keywords hit, examples decide.
  const hits: Array<{ intent: number; keyword: CompiledKeyword }> = [];
  const kwText = keywordText(s.normalized);
  const hit = data.keywordHits;
  findKeywords(data.keywordIndex, kwText, hit);
  for (let i = 0; i < hit.length; i++) {
    if (hit[i]! < 0 || (allowed && !allowed[i])) continue;
    hits.push({ intent: i, keyword: data.intents[i]!.keywords[hit[i]!]! });
  }
  // A keyword inside another intent's longer keyword that also hit ("地址" in "退货地址") was not
  // what the buyer said: the seller's more specific phrase wins, and the shorter one's intent
  // keeps only its example score.
  for (let h = hits.length - 1; h >= 0; h--) {
    if (hits.some((o) => o !== hits[h] && o.keyword.length > hits[h]!.keyword.length && keywordContains(o.keyword, hits[h]!.keyword))) hits.splice(h, 1);
  }
  if (hits.length > 0) {
    let coverage = 0;
    for (const h of hits) coverage = Math.max(coverage, Math.min(1, h.keyword.length / kwText.length));
    const base = KEYWORD_FLOOR + (KEYWORD_CEILING - KEYWORD_FLOOR) * coverage;
    for (const h of hits) {
      let c = scored.find((x) => x.intent === h.intent);
      if (!c && s.mix[h.intent]! >= 0) {
        const score = exampleScore(h.intent);
        c = { intent: h.intent, score, exScore: score, via: 'example', example: exampleOf(h.intent) };
        scored.push(c);
      }
      const ex = c ? c.exScore : 0;
      const kwScore = base + ((100 - base) * ex) / 100;
      if (c) {
        c.score = Math.max(c.score, kwScore);
        c.via = 'both';
        c.keyword = h.keyword.source;
      } else {
        scored.push({ intent: h.intent, score: kwScore, exScore: 0, via: 'keyword', keyword: h.keyword.source });
      }
    }
  }

  for (const c of scored) c.score = round1(c.score);
  scored.sort((a, b) => {
    if (b.score !== a.score) return b.score - a.score;
    const pa = data.intents[a.intent]!.priority;
    const pb = data.intents[b.intent]!.priority;
    if (pb !== pa) return pb - pa;
    const ia = data.intents[a.intent]!.id;
    const ib = data.intents[b.intent]!.id;
    return ia < ib ? -1 : ia > ib ? 1 : 0;
  });

  const thresholdOf = (intent: number) => data.intents[intent]!.threshold ?? fallbackThreshold;
  const candidates: MatchCandidate[] = scored.slice(0, 3).map((c) => {
    const out: MatchCandidate = { intentId: data.intents[c.intent]!.id, score: c.score, via: c.via };
    if (c.keyword !== undefined) out.keyword = c.keyword;
    if (c.example !== undefined && c.via !== 'keyword') out.example = c.example;
    return out;
  });
  if (scored.length === 0) return empty;
  const chosen = scored.find((c) => c.score > 0 && c.score >= thresholdOf(c.intent));
  if (chosen) {
    return { intentId: data.intents[chosen.intent]!.id, score: chosen.score, threshold: thresholdOf(chosen.intent), candidates };
  }
  const best = scored[0]!;
  return { intentId: null, score: best.score, threshold: thresholdOf(best.intent), candidates };
}
