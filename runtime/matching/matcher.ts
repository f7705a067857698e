/**
 * Intent matching against a seller's knowledge base.
 *
 * Each example question becomes a TF-IDF vector (sublinear tf, smoothed idf) over word
 * unigrams, word bigrams and character n-grams. A message is compared, through an inverted
 * index, with every example that shares a feature; an intent's similarity mixes its nearest
 * example with the centroid of its examples in that language. Features the knowledge base has
 * never seen still count in the message's norm, so a message about something else scores low:
 * that is what makes out-of-scope rejection work. The similarity is then mapped to 0–100 so
 * that the default threshold sits at the boundary between in-scope and out-of-scope.
 */
import { normalizeText } from './normalize';
import { compileKeywords, findKeyword, keywordText, type CompiledKeyword } from './keywords';
import { buildVectors, DEFAULT_VECTOR_TUNING, queryWithWords, type QueryWords, type SparseVector, type VectorSpace, type VectorTuning } from './vectors';
import { WORD } from './features';
import { calibrate, DEFAULT_SELF_SIMILARITY } from './calibrate';
import { leaveOneOutSimilarity } from './selfsim';

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

/** Tuning knobs, fixed for the product; exported for the benchmark only. */
export interface MatcherTuning {
  /** Weight of the nearest example against the centroid of the intent's examples. */
  nearestWeight: number;
  /** Factor on examples in another language than the buyer's, when the buyer's is known. */
  otherLanguageFactor: number;
  vectors: VectorTuning;
  /** How much an intent's own example tightness counts against the knowledge base's median. */
  selfWeight: number;
}

export const DEFAULT_TUNING: MatcherTuning = {
  nearestWeight: 0.4,
  otherLanguageFactor: 0.97,
  vectors: DEFAULT_VECTOR_TUNING,
  selfWeight: 0.6,
};

interface IntentEntry {
  id: string;
  priority: number;
  threshold: number | null;
  keywords: CompiledKeyword[];
}

interface ExampleGroup {
  intent: number;
  language: string;
  centroid: number; // index into centroid space
}

export interface IndexData {
  readonly __intentIndex: true;
  intents: IntentEntry[];
  byId: Map<string, number>;
  defaultThreshold: number;
  tuning: MatcherTuning;
  space: VectorSpace;
  /** Example id → group id. */
  exampleGroup: Int32Array;
  exampleText: string[];
  groups: ExampleGroup[];
  /** Centroid vectors of groups, as an inverted index of their own. */
  centroids: VectorSpace;
  /** Per group: mean leave-one-out similarity of its examples (NaN with one example). */
  selfSim: Float64Array;
  /** Per intent: sorted ids of the word features its examples use. */
  intentWords: Int32Array[];
  /** Per word feature: 1 when it is a function word of this knowledge base (used by many intents). */
  commonWord: Uint8Array;
}

function clampThreshold(t: unknown, fallback: number): number {
  return typeof t === 'number' && Number.isFinite(t) ? Math.min(100, Math.max(0, t)) : fallback;
}

export function buildIntentIndex(
  intents: IntentSpec[],
  options?: { defaultThreshold?: number; tuning?: Partial<MatcherTuning> },
): IntentIndex {
  const defaultThreshold = clampThreshold(options?.defaultThreshold, DEFAULT_MATCH_THRESHOLD);
  const tuning: MatcherTuning = { ...DEFAULT_TUNING, ...(options?.tuning ?? {}) };
  const entries: IntentEntry[] = [];
  const byId = new Map<string, number>();
  const texts: string[] = [];
  const exampleGroupList: number[] = [];
  const groups: ExampleGroup[] = [];
  const groupMembers: number[][] = [];

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
    const languages = Object.keys(spec.examples ?? {}).sort();
    for (const language of languages) {
      const list = spec.examples[language];
      if (!Array.isArray(list)) continue;
      const members: number[] = [];
      for (const ex of list) {
        if (typeof ex !== 'string' || !normalizeText(ex)) continue;
        members.push(texts.length);
        exampleGroupList.push(groups.length);
        texts.push(ex);
      }
      if (members.length === 0) continue;
      groups.push({ intent: intentNo, language, centroid: groups.length });
      groupMembers.push(members);
    }
  }

  const space = buildVectors(texts, tuning.vectors);
  const scratch = new Float64Array(space.vocab.size);
  const centroidVectors: SparseVector[] = [];
  const rawSelf: number[] = [];
  for (const members of groupMembers) {
    const vs = members.map((m) => space.docs[m]!);
    const sum = sumInto(vs, scratch);
    centroidVectors.push(normalised(sum));
    rawSelf.push(leaveOneOutSimilarity(vs, sum, tuning.nearestWeight));
  }
  const centroids = space.withDocs(centroidVectors);
  // An intent's own tightness is noisy with 8 examples: shrink it toward the knowledge base's median.
  const known = rawSelf.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  const median = known.length ? known[Math.floor(known.length / 2)]! : DEFAULT_SELF_SIMILARITY;
  const selfSim = Float64Array.from(
    rawSelf.map((x) => (Number.isFinite(x) ? tuning.selfWeight * x + (1 - tuning.selfWeight) * median : median)),
  );

  // Which words each intent's examples use, and which words are so widespread across intents
  // that they carry no topic (function words of this knowledge base, in whatever language).
  const wordSets: Set<number>[] = entries.map(() => new Set<number>());
  for (let d = 0; d < space.docs.length; d++) {
    const set = wordSets[groups[exampleGroupList[d]!]!.intent]!;
    const ids = space.docs[d]!.ids;
    for (let i = 0; i < ids.length; i++) if (space.groupIds[ids[i]!] === WORD) set.add(ids[i]!);
  }
  const intentDf = new Int32Array(space.vocab.size);
  for (const set of wordSets) for (const id of set) intentDf[id]!++;
  const commonCut = Math.max(2, COMMON_WORD_SHARE * entries.length);
  const commonWord = new Uint8Array(space.vocab.size);
  for (let id = 0; id < intentDf.length; id++) if (intentDf[id]! >= commonCut) commonWord[id] = 1;
  const intentWords = wordSets.map((set) => Int32Array.from(set).sort());

  const data: IndexData = {
    __intentIndex: true,
    intents: entries,
    byId,
    defaultThreshold,
    tuning,
    space,
    exampleGroup: Int32Array.from(exampleGroupList),
    exampleText: texts,
    groups,
    centroids,
    selfSim,
    intentWords,
    commonWord,
  };
  return Object.freeze(data);
}

/** Sum of sparse vectors, accumulated in a dense scratch array over the vocabulary (left zeroed). */
function sumInto(vectors: SparseVector[], scratch: Float64Array): SparseVector {
  const ids: number[] = [];
  for (const v of vectors) {
    for (let i = 0; i < v.ids.length; i++) {
      const id = v.ids[i]!;
      if (scratch[id] === 0) ids.push(id);
      scratch[id]! += v.weights[i]!;
    }
  }
  ids.sort((a, b) => a - b);
  const weights = new Float64Array(ids.length);
  for (let i = 0; i < ids.length; i++) {
    weights[i] = scratch[ids[i]!]!;
    scratch[ids[i]!] = 0;
  }
  return { ids: Int32Array.from(ids), weights };
}

function normalised(v: SparseVector): SparseVector {
  let norm = 0;
  for (let i = 0; i < v.weights.length; i++) norm += v.weights[i]! ** 2;
  norm = Math.sqrt(norm) || 1;
  const weights = new Float64Array(v.weights.length);
  for (let i = 0; i < weights.length; i++) weights[i] = v.weights[i]! / norm;
  return { ids: v.ids, weights };
}

interface Scored {
  intent: number;
  score: number;
  exScore: number;
  via: MatchCandidate['via'];
  keyword?: string;
  example?: string;
}


/** Per-intent similarities of one message: only the intents listed in `touched` are set. */
export interface IntentSimilarities {
  touched: number[];
  sim: Float64Array;
  example: Int32Array;
  group: Int32Array;
}

/** Similarity (0–1) of the message to each intent that shares a feature with it. */
export function intentSimilarities(
  data: IndexData,
  text: string,
  allowed: Uint8Array | null,
  language: string | null,
  query?: QueryWords,
): IntentSimilarities {
  const { nearestWeight, otherLanguageFactor } = data.tuning;
  // Similarity to examples and to centroids, via the inverted indexes.
  const q = (query ?? queryWithWords(data.space, text)).vector;
  const exSims = data.space.dotAll(q, Math.max(64, data.space.docs.length / 16));
  const centSims = data.centroids.dotAll(q);

  const nGroups = data.groups.length;
  const bestEx = new Float64Array(nGroups);
  const bestExId = new Int32Array(nGroups).fill(-1);
  for (const doc of exSims.touched) {
    const sim = exSims.sims[doc]!;
    const g = data.exampleGroup[doc]!;
    if (sim > bestEx[g]!) {
      bestEx[g] = sim;
      bestExId[g] = doc;
    }
  }
  const nIntents = data.intents.length;
  const out: IntentSimilarities = {
    touched: [],
    sim: new Float64Array(nIntents).fill(-1),
    example: new Int32Array(nIntents),
    group: new Int32Array(nIntents),
  };
  const centAll = centSims.sims;
  for (let g = 0; g < nGroups; g++) {
    const cent = centAll[g]!;
    const nearest = bestEx[g]!;
    if (cent === 0 && nearest <= 0) continue;
    const group = data.groups[g]!;
    if (allowed && !allowed[group.intent]) continue;
    let sim = nearestWeight * nearest + (1 - nearestWeight) * cent;
    // A message that is (nearly) one of the examples is a full match whatever the centroid says.
    if (nearest > NEAR_DUPLICATE) sim += ((1 - sim) * (nearest - NEAR_DUPLICATE)) / (1 - NEAR_DUPLICATE);
    if (language && group.language !== language) sim *= otherLanguageFactor;
    const i = group.intent;
    const prev = out.sim[i]!;
    if (prev < 0) out.touched.push(i);
    if (sim > prev) {
      out.sim[i] = sim;
      out.example[i] = bestExId[g]!;
      out.group[i] = g;
    }
  }
  out.touched.sort((x, y) => x - y);
  return out;
}

/** Share of intents whose examples use a word for it to count as a function word of the knowledge base. */
const COMMON_WORD_SHARE = 0.4;
/** How many of the best example candidates are kept (keyword hits are added to them). */
const KEPT_CANDIDATES = 8;
/** How many of the best candidates are checked for uncovered content words. */
const UNCOVERED_CHECKED = 5;
/** Score factor taken off a short message's candidate that leaves a content word uncovered. */
const UNCOVERED_PENALTY = 0.4;
/** A message with at most this many content words is "short". */
const SHORT_MESSAGE_WORDS = 4;

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

/** True when the message has few content words and at least one is unknown to the intent's examples. */
export function uncoveredShortMessage(data: IndexData, query: QueryWords, intent: number): boolean {
  let content = query.unseenWords;
  let uncovered = query.unseenWords;
  const words = data.intentWords[intent]!;
  for (const id of query.wordIds) {
    if (data.commonWord[id]) continue;
    content++;
    if (!hasId(words, id)) uncovered++;
  }
  return content > 0 && content <= SHORT_MESSAGE_WORDS && uncovered > 0;
}

/** Nearest-example similarity above which a message counts as a near-copy of an example. */
const NEAR_DUPLICATE = 0.7;

const round1 = (x: number) => Math.round(x * 10) / 10;

export function matchIntent(
  index: IntentIndex,
  text: string,
  options?: { language?: string; restrictTo?: readonly string[]; threshold?: number },
): MatchResult {
  const data = index as IndexData;
  const fallbackThreshold = clampThreshold(options?.threshold, data.defaultThreshold);
  const empty: MatchResult = { intentId: null, score: 0, threshold: fallbackThreshold, candidates: [] };
  if (typeof text !== 'string') return empty;
  const normalized = normalizeText(text);
  if (!normalized) return empty;

  let allowed: Uint8Array | null = null;
  if (options?.restrictTo) {
    allowed = new Uint8Array(data.intents.length);
    for (const id of options.restrictTo) {
      const n = data.byId.get(id);
      if (n !== undefined) allowed[n] = 1;
    }
  }

  const language = typeof options?.language === 'string' ? options.language : null;

  const query = queryWithWords(data.space, text);
  const intentSim = intentSimilarities(data, text, allowed, language, query);

  // Calibrated example scores of every touched intent; only the best few become candidates.
  const exScores = new Float64Array(data.intents.length);
  const top: number[] = [];
  const better = (x: number, y: number) => {
    const sx = round1(exScores[x]!);
    const sy = round1(exScores[y]!);
    if (sx !== sy) return sx > sy;
    const px = data.intents[x]!.priority;
    const py = data.intents[y]!.priority;
    if (px !== py) return px > py;
    return data.intents[x]!.id < data.intents[y]!.id;
  };
  for (const intent of intentSim.touched) {
    exScores[intent] = calibrate(intentSim.sim[intent]!, data.selfSim[intentSim.group[intent]!]!);
    if (top.length === KEPT_CANDIDATES && !better(intent, top[top.length - 1]!)) continue;
    let k = top.length === KEPT_CANDIDATES ? top.length - 1 : top.length;
    while (k > 0 && better(intent, top[k - 1]!)) {
      top[k] = top[k - 1]!;
      k--;
    }
    top[k] = intent;
  }
  const exampleOf = (intent: number) => {
    const e = intentSim.example[intent]!;
    return e >= 0 ? data.exampleText[e] : undefined;
  };
  const scored: Scored[] = top.map((intent) => ({
    intent,
    score: exScores[intent]!,
    exScore: exScores[intent]!,
    via: 'example',
    example: exampleOf(intent),
  }));
  // A short message with a content word that none of the intent's examples use is usually
  // about something else ("cancel the alarm" against "set an alarm"): lower the best few.
  if (scored.length > 0) {
    const n = Math.min(UNCOVERED_CHECKED, scored.length);
    for (let i = 0; i < n; i++) {
      const s = scored[i]!;
      if (uncoveredShortMessage(data, query, s.intent)) {
        s.score *= 1 - UNCOVERED_PENALTY;
        s.exScore = s.score;
      }
    }
  }

  // Keywords: a plain hit is a strong signal; when several intents' keywords hit, examples decide.
  const kwText = keywordText(normalized);
  const hits: Array<{ intent: number; keyword: CompiledKeyword }> = [];
  for (let i = 0; i < data.intents.length; i++) {
    if (allowed && !allowed[i]) continue;
    const kws = data.intents[i]!.keywords;
    if (kws.length === 0) continue;
    const k = findKeyword(kws, kwText);
    if (k) hits.push({ intent: i, keyword: k });
  }
  if (hits.length > 0) {
    let coverage = 0;
    for (const h of hits) coverage = Math.max(coverage, Math.min(1, h.keyword.length / kwText.length));
    const base = KEYWORD_FLOOR + (KEYWORD_CEILING - KEYWORD_FLOOR) * coverage;
    const byIntent = new Map(scored.map((s) => [s.intent, s]));
    for (const h of hits) {
      let s = byIntent.get(h.intent);
      if (!s && intentSim.sim[h.intent]! >= 0) {
        s = { intent: h.intent, score: exScores[h.intent]!, exScore: exScores[h.intent]!, via: 'example', example: exampleOf(h.intent) };
        scored.push(s);
      }
      const ex = s ? s.exScore : 0;
      const kwScore = base + ((100 - base) * ex) / 100;
      if (s) {
        s.score = Math.max(s.score, kwScore);
        s.via = 'both';
        s.keyword = h.keyword.source;
      } else {
        scored.push({ intent: h.intent, score: kwScore, exScore: 0, via: 'keyword', keyword: h.keyword.source });
      }
    }
  }

  for (const s of scored) s.score = round1(s.score);
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
  const candidates: MatchCandidate[] = scored.slice(0, 3).map((s) => {
    const c: MatchCandidate = { intentId: data.intents[s.intent]!.id, score: s.score, via: s.via };
    if (s.keyword !== undefined) c.keyword = s.keyword;
    if (s.example !== undefined && s.via !== 'keyword') c.example = s.example;
    return c;
  });
  if (scored.length === 0) return empty;
  const chosen = scored.find((s) => s.score > 0 && s.score >= thresholdOf(s.intent));
  if (chosen) {
    return { intentId: data.intents[chosen.intent]!.id, score: chosen.score, threshold: thresholdOf(chosen.intent), candidates };
  }
  const best = scored[0]!;
  return { intentId: null, score: best.score, threshold: thresholdOf(best.intent), candidates };
}

/** A keyword hit scores at least this (well above the default threshold)... */
const KEYWORD_FLOOR = 70;
/** ...and up to this when the keyword is the whole message; examples add the rest. */
const KEYWORD_CEILING = 90;
