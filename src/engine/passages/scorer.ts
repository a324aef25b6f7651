// Scores a course's passages for a question: BM25 (MiniSearch) picks candidates, and each candidate gets features
// in [0, 1] that say how much of the question it covers (exactly by stem, nearly by word vectors, in one place or
// spread out). Ranking and confidence are two weighted sums of the same features. Course-independent.
import MiniSearch from 'minisearch';
import type { Passage } from '../../content/split-passages.ts';
import { dot, meanVector, VECTOR_SCALE, wordVectors, type WordVectors } from '../vectors.ts';
import { contentWords, stem } from './terms.ts';

/** Candidates BM25 hands to the re-ranker. */
const CANDIDATES = 12;
/** A question word counts as nearly present when a passage word's vector is at least this close (cosine). */
const NEAR_COSINE = 0.6;
/** In the local feature, a question word in a neighbouring sentence counts this much of one in the sentence. */
const NEIGHBOUR = 0.5;
/**
 * Shares are taken of the question's weight plus this share of an unseen word's weight, as if every question also
 * asked something the documents do not say: a one-word question ("what time is it") then cannot be fully covered.
 */
const SMOOTH = 0.5;

export interface Features {
  /** Share of the question's weight (IDF) whose stems occur in the passage or its section. */
  coverage: number;
  /** The same for the best sentence, neighbours counting half: the answer is usually said in one place. */
  local: number;
  /** BM25 relative to the best candidate's. */
  bm25: number;
  /** Coverage where a word missing from the passage counts by its closest passage word's similarity. */
  soft: number;
  /** Cosine of the question's and the best sentence's weighted mean word vectors. */
  semantic: number;
}

export type FeatureWeights = Record<keyof Features, number>;

export const RANK_WEIGHTS: FeatureWeights = {
  coverage: 0.2,
  local: 0.8,
  bm25: 0.3,
  soft: 0.3,
  semantic: 0.3,
};

export interface Candidate {
  index: number;
  features: Features;
  score: number;
}

export interface Scorer {
  readonly passages: readonly Passage[];
  /** Whether word vectors were there to score with (else `soft` is `coverage` and `semantic` is 0). */
  readonly hasVectors: boolean;
  /** The candidates, best first; [] when no passage shares a content word with the question. */
  rank(question: string): Candidate[];
  /** The question's search stems (deduplicated). */
  stems(question: string): string[];
  /** Sentences of a passage as the scorer sees them. */
  sentences(index: number): readonly string[];
}

export function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?;:])\s+(?=\S)|\n+/).filter((s) => s.trim() !== '');
}

export function weighted(f: Features, w: FeatureWeights): number {
  let s = 0;
  for (const k of Object.keys(w) as (keyof Features)[]) s += w[k] * f[k];
  return s;
}

interface Doc {
  id: number;
  text: string;
  section: string;
}

export function createScorer(
  passages: readonly Passage[],
  rankWeights: FeatureWeights = RANK_WEIGHTS,
  vectors: WordVectors | null = wordVectors(),
): Scorer {
  const search = new MiniSearch<Doc>({
    fields: ['text', 'section'],
    tokenize: (text) => contentWords(text),
    processTerm: (w) => stem(w),
    searchOptions: { boost: { section: 1.5 } },
  });
  search.addAll(passages.map((p, id) => ({ id, text: p.text, section: p.section })));
  const sentenceTexts = passages.map((p) => sentencesOf(p.text));
  const passageStems = passages.map((p) => new Set(contentWords(`${p.section} ${p.text}`).map(stem)));
  const sentenceStems = sentenceTexts.map((ss) => ss.map((s) => new Set(contentWords(s).map(stem))));
  const df = new Map<string, number>();
  for (const set of passageStems) for (const t of set) df.set(t, (df.get(t) ?? 0) + 1);
  const n = passages.length;
  const idf = (t: string): number => {
    const d = df.get(t) ?? 0;
    return Math.log(1 + (n - d + 0.5) / (d + 0.5));
  };
  const wordIdf = (w: string): number => idf(stem(w));
  const passageVectors: Int8Array[][] = passages.map((p) => {
    if (!vectors) return [];
    const out: Int8Array[] = [];
    for (const w of new Set(contentWords(`${p.section} ${p.text}`))) {
      const v = vectors.get(w);
      if (v) out.push(v);
    }
    return out;
  });
  const sentenceVectors = sentenceTexts.map((ss) =>
    vectors ? ss.map((s) => meanVector(vectors, contentWords(s), wordIdf)) : [],
  );

  function nearest(q: Int8Array, vs: readonly Int8Array[]): number {
    let best = 0;
    for (const v of vs) {
      let d = 0;
      for (let x = 0; x < v.length; x++) d += (v[x] ?? 0) * (q[x] ?? 0);
      if (d > best) best = d;
    }
    return best / (VECTOR_SCALE * VECTOR_SCALE);
  }

  function rank(question: string): Candidate[] {
    const words = [...new Set(contentWords(question))];
    const stems = [...new Set(words.map(stem))];
    if (stems.length === 0) return [];
    const hits = search.search(stems.join(' '), {
      combineWith: 'OR',
      tokenize: (t) => t.split(' '),
      processTerm: (t) => t,
    });
    if (hits.length === 0) return [];
    const weights = stems.map(idf);
    const prior = SMOOTH * idf('');
    const total = weights.reduce((a, b) => a + b, 0) + prior || 1;
    const wordVecs = vectors ? words.map((w) => vectors.get(w)) : [];
    const wordWeights = words.map(wordIdf);
    const wordTotal = wordWeights.reduce((a, b) => a + b, 0) + prior || 1;
    const questionVector = vectors ? meanVector(vectors, words, wordIdf) : null;
    const top = hits.slice(0, CANDIDATES);
    const maxBm25 = top[0]?.score || 1;
    const out: Candidate[] = [];
    for (const hit of top) {
      const i = hit.id as number;
      const own = passageStems[i] ?? new Set<string>();
      let coverage = 0;
      stems.forEach((t, k) => {
        if (own.has(t)) coverage += weights[k] ?? 0;
      });
      const sents = sentenceStems[i] ?? [];
      let local = 0;
      for (let s = 0; s < sents.length; s++) {
        let c = 0;
        stems.forEach((t, k) => {
          if (sents[s]?.has(t)) c += weights[k] ?? 0;
          else if (sents[s - 1]?.has(t) || sents[s + 1]?.has(t)) c += NEIGHBOUR * (weights[k] ?? 0);
        });
        if (c > local) local = c;
      }
      let soft = 0;
      let semantic = 0;
      if (vectors) {
        words.forEach((w, k) => {
          const weight = wordWeights[k] ?? 0;
          if (own.has(stem(w))) soft += weight;
          else {
            const v = wordVecs[k];
            const cos = v ? nearest(v, passageVectors[i] ?? []) : 0;
            if (cos >= NEAR_COSINE) soft += weight * cos;
          }
        });
        soft /= wordTotal;
        if (questionVector) {
          for (const sv of sentenceVectors[i] ?? [])
            if (sv) semantic = Math.max(semantic, dot(questionVector, sv));
        }
      } else {
        soft = coverage / total;
      }
      const features: Features = {
        coverage: coverage / total,
        local: local / total,
        bm25: hit.score / maxBm25,
        soft,
        semantic,
      };
      out.push({ index: i, features, score: weighted(features, rankWeights) });
    }
    return out.sort((a, b) => b.score - a.score);
  }

  return {
    passages,
    hasVectors: vectors !== null,
    rank,
    stems: (question) => [...new Set(contentWords(question).map(stem))],
    sentences: (index) => sentenceTexts[index] ?? [],
  };
}
