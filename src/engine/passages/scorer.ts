// Scores a course's passages for a question: BM25 (MiniSearch) picks candidates, and each candidate gets features
// that say how much of the question it covers (exactly by stem, nearly by word vectors, in one place or spread out,
// in the question's word order), whether it holds the kind of fact asked for (cues.ts), and where it sits in its
// document. The re-ranker (rankScore) combines the features with weights learned in weights.ts. Course-independent.
import MiniSearch from 'minisearch';
import type { Passage } from '../../content/split-passages.ts';
import { dot, meanVector, VECTOR_SCALE, wordVectors, type WordVectors } from '../vectors.ts';
import { questionCues, textCues, type TextCues } from './cues.ts';
import { contentWords, stem } from './terms.ts';

/** Candidates BM25 hands to the re-ranker. */
export const CANDIDATES = 24;
/** A question word counts as nearly present when a passage word's vector is at least this close (cosine). */
const NEAR_COSINE = 0.6;
/** In the local feature, a question word in a neighbouring sentence counts this much of one in the sentence. */
const NEIGHBOUR = 0.5;
/**
 * Shares are taken of the question's weight plus this share of an unseen word's weight, as if every question also
 * asked something the documents do not say: a one-word question ("what time is it") then cannot be fully covered.
 */
const SMOOTH = 0.5;
/** Passage length is measured in units of this many words (the splitter's usual passage size). */
const LENGTH_UNIT = 120;

export const FEATURE_NAMES = [
  /** BM25 relative to the best candidate's. */
  'bm25',
  /** 1 / (1 + the candidate's BM25 rank). */
  'bm25Rank',
  /** Share of the question's weight (IDF) whose stems occur in the passage or its section. */
  'coverage',
  /** The same for the best sentence, neighbours counting half: the answer is usually said in one place. */
  'local',
  /** Coverage where a word missing from the passage counts by its closest passage word's similarity. */
  'soft',
  /** Cosine of the question's and the best sentence's weighted mean word vectors. */
  'semantic',
  /** Cosine of the question's and the whole passage's weighted mean word vectors. */
  'passageSemantic',
  /** Share of the question's adjacent content-word pairs that are adjacent in the passage too. */
  'bigram',
  /** Share of the question's distinct stems in the passage, unweighted. */
  'matched',
  /** 1 when the question's rarest stem (highest IDF) is in the passage. */
  'rarest',
  /** Share of the question's weight in the passage's headings: its section, and labels in its text ("GRADING:"). */
  'heading',
  /** The question asks when and the passage holds a date or time; likewise amounts, people, places and counts. */
  'timeCue',
  'amountCue',
  'contactCue',
  'placeCue',
  'countCue',
  /** 1 when the best sentence or a neighbour holds a kind of fact the question asks for. */
  'localCue',
  /** Where in the passage its best sentence starts: 0 at the start, near 1 at the end (an answer follows its cue). */
  'bestAt',
  /** Where the passage sits in its document, 0 at the start, 1 at the end. */
  'position',
  /** The passage's length in units of LENGTH_UNIT words. */
  'length',
  /**
   * The question's own kind, the same for every candidate: it changes nothing in a weighted sum, but lets the hidden
   * units weigh the other features differently for, say, yes/no questions or "when" questions.
   */
  'askYesNo',
  'askTime',
  'askAmount',
  'askContact',
  'askPlace',
  'askCount',
  'askIf',
  'askWhy',
  /** Distinct content words of the question, in tens. */
  'askTerms',
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];
export type Features = Record<FeatureName, number>;
export type FeatureWeights = Record<FeatureName, number>;

/** The question's words a candidate lacks: what the confidence (calibrate.ts) reads beside its features. */
export interface Missing {
  /** The highest weight (IDF) of a question stem the passage lacks, over the weight of a stem no passage has. */
  rare: number;
  /** Share of the question's distinct stems the passage lacks. */
  share: number;
  /** Share of them the passage lacks although other passages have them. */
  known: number;
  /**
   * Like `rare`, but a missing word counts by how far its closest passage word is (1 - cosine): the question word
   * the passage says least, by weight.
   */
  weakest: number;
}

export interface Candidate {
  index: number;
  /** The passage's sentence (sentencesOf) that holds most of the question, by weight, neighbours counting half. */
  best: number;
  features: Features;
  score: number;
  missing: Missing;
}

export interface Ranking {
  /** The candidates, best first; [] when no passage shares a content word with the question. */
  candidates: Candidate[];
  /** Share of the question's weight (IDF) in words that no passage has. */
  unknown: number;
  /** The best BM25 score over the question's weight (IDF): how strongly any passage matches at all. */
  strength: number;
}

export interface Scorer {
  readonly passages: readonly Passage[];
  /** Whether word vectors were there to score with (else `soft` is `coverage` and the semantic features are 0). */
  readonly hasVectors: boolean;
  rank(question: string): Ranking;
  /** The question's search stems (deduplicated). */
  stems(question: string): string[];
  /** Sentences of a passage as the scorer sees them. */
  sentences(index: number): readonly string[];
}

export function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?;:])\s+(?=\S)|\n+/).filter((s) => s.trim() !== '');
}

/**
 * The re-ranker: a weighted sum of the features plus a few hidden units (tanh of their own weighted sums), which
 * let features count differently together (the same coverage means more in a "when" question with a date nearby).
 */
export interface RankModel {
  linear: FeatureWeights;
  /** Each hidden unit: its input weights in FEATURE_NAMES order, its bias, and its weight in the score. */
  hidden: readonly { weights: readonly number[]; bias: number; out: number }[];
}

/** A candidate's features in FEATURE_NAMES order, overwritten by the next candidate (rankScore). */
const featureRow = new Float64Array(FEATURE_NAMES.length);
const linearRows = new WeakMap<RankModel, Float64Array>();

/** The model's linear weights in FEATURE_NAMES order, made once per model (a model is not changed once used). */
function linearRow(m: RankModel): Float64Array {
  let row = linearRows.get(m);
  if (!row) {
    row = Float64Array.from(FEATURE_NAMES, (k) => m.linear[k]);
    linearRows.set(m, row);
  }
  return row;
}

/**
 * The re-ranker's score of a candidate's features: the weighted sum and each hidden unit's, added in FEATURE_NAMES
 * order, over a row of numbers rather than the record. Reading a record's fields by name in a loop made a boxed
 * number of each read, and of each partial sum kept in a callback's closure: most of the garbage a question made.
 */
export function rankScore(f: Features, m: RankModel): number {
  const x = featureRow;
  const n = FEATURE_NAMES.length;
  for (let d = 0; d < n; d++) x[d] = f[FEATURE_NAMES[d] as FeatureName];
  const lw = linearRow(m);
  let s = 0;
  for (let d = 0; d < n; d++) s += (lw[d] as number) * (x[d] as number);
  for (const h of m.hidden) {
    let z = h.bias;
    const w = h.weights;
    for (let d = 0; d < n; d++) z += (w[d] ?? 0) * (x[d] as number);
    s += h.out * Math.tanh(z);
  }
  return s;
}

interface Doc {
  id: number;
  text: string;
  section: string;
}

/** Inline headings of plain text: a short capitalised label before a colon, or a run of capitals ("GRADING"). */
const LABEL =
  /(?:^|[.!?]\s+|\n|\p{Ll}\s+)((?:\p{Lu}|\d)[\p{L}\d&/()'-]*(?:\s+[\p{L}\d&/()'-]+){0,3}):|\b\p{Lu}{3,}(?:\s+\p{Lu}{2,})*\b/gu;

export function labelsOf(text: string): string {
  return [...text.matchAll(LABEL)].map((m) => m[1] ?? m[0]).join(' ');
}

const pairsOf = (stems: readonly string[]): string[] =>
  stems.slice(1).map((t, k) => `${stems[k] ?? ''} ${t}`);

export function createScorer(
  passages: readonly Passage[],
  rankModel: RankModel,
  vectors: WordVectors | null = wordVectors(),
  candidates: number = CANDIDATES,
): Scorer {
  const search = new MiniSearch<Doc>({
    fields: ['text', 'section'],
    tokenize: (text) => contentWords(text),
    processTerm: (w) => stem(w),
    searchOptions: { boost: { section: 1.5 } },
  });
  search.addAll(passages.map((p, id) => ({ id, text: p.text, section: p.section })));
  const sentenceTexts = passages.map((p) => sentencesOf(p.text));
  const passageWords = passages.map((p) => contentWords(`${p.section} ${p.text}`));
  const passageStemList = passageWords.map((ws) => ws.map(stem));
  const passageStems = passageStemList.map((ss) => new Set(ss));
  const passagePairs = passageStemList.map((ss) => new Set(pairsOf(ss)));
  const sentenceStems = sentenceTexts.map((ss) => ss.map((s) => new Set(contentWords(s).map(stem))));
  const cues: TextCues[] = passages.map((p) => textCues(p.text));
  const sentenceCues: TextCues[][] = sentenceTexts.map((ss) => ss.map(textCues));
  /** Share of each passage's words before each of its sentences. */
  const sentenceStarts = sentenceTexts.map((ss) => {
    const sizes = ss.map((x) => x.split(/\s+/).filter(Boolean).length);
    const total = sizes.reduce((a, b) => a + b, 0) || 1;
    let before = 0;
    return sizes.map((n) => {
      const at = before / total;
      before += n;
      return at;
    });
  });
  const headingStems = passages.map(
    (p) => new Set(contentWords(`${p.section} ${labelsOf(p.text)}`).map(stem)),
  );
  const lengths = passages.map((p) => p.text.split(/\s+/).filter(Boolean).length / LENGTH_UNIT);
  // Position within its own document: passages of one file are in document order.
  const position: number[] = [];
  const byFile = new Map<string, number[]>();
  passages.forEach((p, i) => byFile.set(p.file, [...(byFile.get(p.file) ?? []), i]));
  for (const ids of byFile.values())
    ids.forEach((i, k) => (position[i] = ids.length > 1 ? k / (ids.length - 1) : 0));
  const df = new Map<string, number>();
  for (const set of passageStems) for (const t of set) df.set(t, (df.get(t) ?? 0) + 1);
  const n = passages.length;
  const idf = (t: string): number => {
    const d = df.get(t) ?? 0;
    return Math.log(1 + (n - d + 0.5) / (d + 0.5));
  };
  const wordIdf = (w: string): number => idf(stem(w));
  // The passages' words that have vectors, each once and numbered (`vocabulary`; their vectors end to end in
  // `vocabularyVectors`), and each passage's distinct words among them, by number.
  const vocabulary = new Map<string, number>();
  const withVectors: Int8Array[] = [];
  const passageWordIds: Int32Array[] = passageWords.map((ws) => {
    if (!vectors) return new Int32Array(0);
    const ids: number[] = [];
    for (const w of new Set(ws)) {
      let id = vocabulary.get(w);
      if (id === undefined) {
        const v = vectors.get(w);
        if (!v) continue;
        id = withVectors.length;
        withVectors.push(v);
        vocabulary.set(w, id);
      }
      ids.push(id);
    }
    return Int32Array.from(ids);
  });
  const dim = vectors?.dims ?? 0;
  const vocabularyVectors = new Int8Array(withVectors.length * dim);
  withVectors.forEach((v, id) => vocabularyVectors.set(v, id * dim));
  const passageMeans = passageWords.map((ws) => (vectors ? meanVector(vectors, ws, wordIdf) : null));
  const sentenceVectors = sentenceTexts.map((ss) =>
    vectors ? ss.map((s) => meanVector(vectors, contentWords(s), wordIdf)) : [],
  );

  /**
   * The largest cosine of a word's vector `q` with one of a passage's words (`ids`, of passageWordIds). `products`
   * keeps q's product with each vocabulary word computed so far (NaN: not yet), for the other candidates: passages
   * share many words.
   */
  function nearest(q: Int8Array, ids: Int32Array, products: Float64Array): number {
    let best = 0;
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k] as number;
      let d = products[id] as number;
      if (Number.isNaN(d)) {
        d = 0;
        const at = id * dim;
        for (let x = 0; x < dim; x++) d += (vocabularyVectors[at + x] as number) * (q[x] as number);
        products[id] = d;
      }
      if (d > best) best = d;
    }
    return best / (VECTOR_SCALE * VECTOR_SCALE);
  }

  function rank(question: string): Ranking {
    const allWords = contentWords(question);
    const words = [...new Set(allWords)];
    const stems = [...new Set(words.map(stem))];
    const qCues = questionCues(question);
    const empty: Ranking = { candidates: [], unknown: 1, strength: 0 };
    if (stems.length === 0) return empty;
    const weights = stems.map(idf);
    const unseen = idf('');
    const prior = SMOOTH * unseen;
    const total = weights.reduce((a, b) => a + b, 0) + prior || 1;
    const unknown = stems.reduce((s, t, k) => s + (df.has(t) ? 0 : (weights[k] ?? 0)), 0) / total;
    const hits = search.search(stems.join(' '), {
      combineWith: 'OR',
      tokenize: (t) => t.split(' '),
      processTerm: (t) => t,
    });
    if (hits.length === 0) return { ...empty, unknown };
    const pairs = pairsOf(allWords.map(stem));
    let rarest = 0;
    weights.forEach((w, k) => {
      if (w > (weights[rarest] ?? 0)) rarest = k;
    });
    const wordVecs = vectors ? words.map((w) => vectors.get(w)) : [];
    // (each question word's products with the vocabulary's words, for nearest: made when first needed)
    const products: (Float64Array | undefined)[] = [];
    const wordStems = words.map(stem);
    const wordWeights = words.map(wordIdf);
    const wordTotal = wordWeights.reduce((a, b) => a + b, 0) + prior || 1;
    const questionVector = vectors ? meanVector(vectors, words, wordIdf) : null;
    const top = hits.slice(0, candidates);
    const maxBm25 = top[0]?.score || 1;
    const out: Candidate[] = [];
    top.forEach((hit, r) => {
      const i = hit.id as number;
      const own = passageStems[i] ?? new Set<string>();
      let coverage = 0;
      let matched = 0;
      const missing: Missing = { rare: 0, share: 0, known: 0, weakest: 0 };
      // (plain loops here, not callbacks: a sum a callback adds to lives in its closure, a boxed number per step)
      for (let k = 0; k < stems.length; k++) {
        const t = stems[k] as string;
        if (own.has(t)) {
          coverage += weights[k] ?? 0;
          matched++;
        } else {
          missing.rare = Math.max(missing.rare, (weights[k] ?? 0) / unseen);
          missing.share += 1 / stems.length;
          if (df.has(t)) missing.known += 1 / stems.length;
        }
      }
      const sents = sentenceStems[i] ?? [];
      let local = 0;
      let bestSentence = 0;
      for (let s = 0; s < sents.length; s++) {
        let c = 0;
        for (let k = 0; k < stems.length; k++) {
          const t = stems[k] as string;
          if (sents[s]?.has(t)) c += weights[k] ?? 0;
          else if (sents[s - 1]?.has(t) || sents[s + 1]?.has(t)) c += NEIGHBOUR * (weights[k] ?? 0);
        }
        if (c > local) {
          local = c;
          bestSentence = s;
        }
      }
      const near = (sentenceCues[i] ?? []).slice(Math.max(0, bestSentence - 1), bestSentence + 2);
      const localCue = (['time', 'amount', 'contact', 'place', 'count'] as const).some(
        (k) => qCues[k] && near.some((c) => c[k]),
      )
        ? 1
        : 0;
      const heads = headingStems[i] ?? new Set<string>();
      let heading = 0;
      for (let k = 0; k < stems.length; k++) if (heads.has(stems[k] as string)) heading += weights[k] ?? 0;
      const ownPairs = passagePairs[i] ?? new Set<string>();
      const bigram = pairs.length ? pairs.filter((p) => ownPairs.has(p)).length / pairs.length : 0;
      let soft = 0;
      let semantic = 0;
      let passageSemantic = 0;
      if (vectors) {
        for (let k = 0; k < words.length; k++) {
          const weight = wordWeights[k] ?? 0;
          if (own.has(wordStems[k] as string)) soft += weight;
          else {
            const v = wordVecs[k];
            const cos = v
              ? nearest(
                  v,
                  passageWordIds[i] ?? new Int32Array(0),
                  (products[k] ??= new Float64Array(vocabulary.size).fill(NaN)),
                )
              : 0;
            if (cos >= NEAR_COSINE) soft += weight * cos;
            missing.weakest = Math.max(missing.weakest, (weight * (1 - cos)) / unseen);
          }
        }
        soft /= wordTotal;
        if (questionVector) {
          for (const sv of sentenceVectors[i] ?? [])
            if (sv) semantic = Math.max(semantic, dot(questionVector, sv));
          const pv = passageMeans[i];
          if (pv) passageSemantic = dot(questionVector, pv);
        }
      } else {
        soft = coverage / total;
        missing.weakest = missing.rare;
      }
      const c = cues[i];
      const cue = (k: keyof TextCues): number => (qCues[k] && c?.[k] ? 1 : 0);
      const features: Features = {
        bm25: hit.score / maxBm25,
        bm25Rank: 1 / (1 + r),
        coverage: coverage / total,
        local: local / total,
        soft,
        semantic,
        passageSemantic,
        bigram,
        matched: matched / stems.length,
        rarest: own.has(stems[rarest] ?? '') ? 1 : 0,
        heading: heading / total,
        timeCue: cue('time'),
        amountCue: cue('amount'),
        contactCue: cue('contact'),
        placeCue: cue('place'),
        countCue: cue('count'),
        localCue,
        bestAt: sentenceStarts[i]?.[bestSentence] ?? 0,
        position: position[i] ?? 0,
        length: lengths[i] ?? 0,
        askYesNo: qCues.yesNo ? 1 : 0,
        askTime: qCues.time ? 1 : 0,
        askAmount: qCues.amount ? 1 : 0,
        askContact: qCues.contact ? 1 : 0,
        askPlace: qCues.place ? 1 : 0,
        askCount: qCues.count ? 1 : 0,
        askIf: qCues.conditional ? 1 : 0,
        askWhy: qCues.why ? 1 : 0,
        askTerms: Math.min(stems.length, 20) / 10,
      };
      out.push({ index: i, features, score: rankScore(features, rankModel), missing, best: bestSentence });
    });
    out.sort((a, b) => b.score - a.score);
    return { candidates: out, unknown, strength: maxBm25 / total };
  }

  return {
    passages,
    hasVectors: vectors !== null,
    rank,
    stems: (question) => [...new Set(contentWords(question).map(stem))],
    sentences: (index) => sentenceTexts[index] ?? [],
  };
}
