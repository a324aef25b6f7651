// `node --import tsx test/fit-passage-weights.ts DIR [--write] [--hidden N] [--keep-rank] [--with-val] [--hold-out-half]
// [--vectors-only] [--cv K]`: fits the passage re-ranker and the passage confidence model on SyllabusQA's train split (DIR: a
// local copy of the data set, outside the repository) and reports them on train and val; with --write it rewrites
// src/engine/passages/weights.ts. Both are fitted twice: with word vectors and on words alone (a machine without the
// vector file; --vectors-only skips it, for trials). --with-val fits on val's syllabi too, --hold-out-half keeps every
// other val syllabus out of the fit and reports on those: together they check whether fitting on more syllabi helps.
// --cv K writes nothing: it cross-validates by syllabus on train (with --with-val, on train and val), fitting both
// models on all folds but one and scoring the questions of that one, in turn. The confidence's base threshold is set
// on held-out confidences (each train question's from a fit without its syllabus), as a new course's would be, and
// for the reply the bot gives: a quote whose passage and quote fail the answer-type checks (answer-type.ts: no date
// for "when", no place for "where") is a fallback at any confidence, so it counts as one when the threshold is chosen.
// The test split is never read here.
//
// Re-ranker: a listwise logistic model (a softmax over a question's BM25 candidates; the mean of ENSEMBLE fits from
// different starting weights, which ranks better than any one of them), fitted on the answerable
// questions that have a candidate holding at least 80% of their answer span's words: it learns which features
// make a passage the one that holds the answer. Confidence: a logistic model of "the reply answers" (an answerable
// question whose reply, quote.ts, holds its span) against "the documents do not answer" (a "no answer" question), over the top passage's features, the re-ranker's certainty and question-level features.
// The models have a few dozen weights and a few thousand examples, so plain full-batch gradient descent (Adam)
// written out here is enough; no library is needed. The confidence is fitted on standardised inputs (one step size
// and one L2 penalty then suit inputs of any scale) and written with weights for the raw inputs; the re-ranker is
// fitted on the raw features (standardised, its hidden units fit train more closely and val less well).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  CONFIDENCE_FEATURES,
  confidenceFeatures,
  type ConfidenceModel,
  type ConfidenceWeights,
} from '../src/engine/passages/calibrate.ts';
import {
  createScorer,
  FEATURE_NAMES,
  rankScore,
  type RankModel,
  type Candidate,
  type FeatureWeights,
  type Ranking,
} from '../src/engine/passages/scorer.ts';
import { PASSAGE_MODEL, type PassageModel } from '../src/engine/passages/weights.ts';
import { wordVectors, type WordVectors } from '../src/engine/vectors.ts';
import { chooseQuotes } from '../src/engine/passages/quote.ts';
import { checkedText } from '../src/engine/passages/render-quote.ts';
import { answersQuestionType } from '../src/engine/answer-type.ts';
import { loadSplit, spanShare, SPAN_SHARE } from './eval-syllabusqa.ts';

const NO_ANSWER = 'no answer';
/** Share of "no answer" questions that must fall back at the base threshold (issue 11's target). */
const FALLBACK_TARGET = 0.6;
const L2 = 1e-3;
/** Hidden units of the re-ranker (--hidden N to try others; 0 is a weighted sum alone). */
const HIDDEN = 8;
/** Re-rankers fitted from different starting weights, whose mean is the re-ranker. */
const ENSEMBLE = 3;

interface Question {
  syllabus: string;
  type: string;
  answerable: boolean;
  ranking: Ranking;
  /** Per candidate (in BM25 order): does it hold the answer span? */
  holds: boolean[];
  /** Per candidate (in the order of holds): does it pass the answer-type checks the bot applies to a quote? */
  typeOk: boolean[];
  /** Does the reply for a ranking of these candidates (quote.ts) hold the answer span? */
  replyHolds: (candidates: Candidate[]) => boolean;
  /** The reply holds the span, for the ranking as it stands. */
  answered: boolean;
}

function collect(
  dir: string,
  split: string,
  vectors: WordVectors | null,
  keep: (syllabus: string) => boolean = () => true,
): Question[] {
  const loaded = loadSplit(dir, split);
  const items = loaded.items;
  const syllabi = [...loaded.syllabi].filter(([name]) => keep(name));
  const zero: RankModel = {
    linear: Object.fromEntries(FEATURE_NAMES.map((k) => [k, 0])) as FeatureWeights,
    hidden: [],
  };
  const out: Question[] = [];
  for (const [name, syllabus] of syllabi) {
    const scorer = createScorer(syllabus.passages, zero, vectors);
    for (const q of items) {
      if (q.syllabus_name !== name) continue;
      const answerable = q.question_type !== NO_ANSWER;
      if (answerable && q.answer_span_1 === null) continue; // reasoning: no span to learn from
      const ranking = scorer.rank(q.question.trim());
      const span = q.answer_span_1 ?? '';
      const holds = ranking.candidates.map(
        (c) => answerable && spanShare(span, syllabus.passages[c.index]?.text ?? '') >= SPAN_SHARE,
      );
      const stems = scorer.stems(q.question.trim());
      // (on the text the bot checks when the candidate is quoted: its passage and its quote, checkedText)
      const typeOk = ranking.candidates.map((c) => {
        const passage = syllabus.passages[c.index];
        if (!passage) return true;
        const quotes = chooseQuotes([c], syllabus.passages, scorer.sentences, stems);
        return answersQuestionType(q.question.trim(), checkedText({ passage, quotes }), []);
      });
      const replyHolds = (candidates: Candidate[]): boolean =>
        answerable &&
        spanShare(
          span,
          chooseQuotes(candidates, syllabus.passages, scorer.sentences, stems)
            .map((x) => x.text)
            .join(' '),
        ) >= SPAN_SHARE;
      out.push({
        syllabus: name,
        type: q.question_type,
        answerable,
        ranking,
        holds,
        typeOk,
        replyHolds,
        answered: false,
      });
    }
  }
  return out;
}

/** The split's questions (as collect), by syllabus. */
function collectBySyllabus(dir: string, split: string, vectors: WordVectors | null): Map<string, Question[]> {
  const out = new Map<string, Question[]>();
  for (const q of collect(dir, split, vectors)) out.set(q.syllabus, [...(out.get(q.syllabus) ?? []), q]);
  return out;
}

const vec = (f: Candidate['features']): number[] => FEATURE_NAMES.map((k) => f[k]);

/** Adam on a differentiable loss over a weight vector. */
export function minimise(
  dims: number,
  lossGrad: (w: number[]) => { loss: number; grad: number[] },
  steps = 600,
  start?: number[],
) {
  const w = start ? [...start] : new Array<number>(dims).fill(0);
  const m = new Array<number>(dims).fill(0);
  const v = new Array<number>(dims).fill(0);
  const rate = 0.05;
  let loss = 0;
  for (let t = 1; t <= steps; t++) {
    const r = lossGrad(w);
    loss = r.loss;
    for (let d = 0; d < dims; d++) {
      const g = (r.grad[d] ?? 0) + 2 * L2 * (w[d] ?? 0);
      m[d] = 0.9 * (m[d] ?? 0) + 0.1 * g;
      v[d] = 0.999 * (v[d] ?? 0) + 0.001 * g * g;
      const mh = (m[d] ?? 0) / (1 - 0.9 ** t);
      const vh = (v[d] ?? 0) / (1 - 0.999 ** t);
      w[d] = (w[d] ?? 0) - (rate * mh) / (Math.sqrt(vh) + 1e-8);
    }
  }
  return { w, loss };
}

/** Listwise re-ranker: maximise the softmax probability of the candidates that hold the span. */
function fitRanker(questions: Question[], hidden: number): RankModel {
  const lists = questions
    .filter((q) => q.holds.some(Boolean) && q.holds.length > 1)
    .map((q) => ({ xs: q.ranking.candidates.map((c) => vec(c.features)), holds: q.holds }));
  // The mean of a few fits from different starting weights: one model whose weighted sum is their mean and whose
  // hidden units are all of theirs, each counting 1/ENSEMBLE.
  const fits = Array.from({ length: ENSEMBLE }, (_, k) =>
    fitListwise(lists, FEATURE_NAMES.length, hidden, undefined, 11 + k),
  );
  return {
    linear: Object.fromEntries(
      FEATURE_NAMES.map((k, d) => [k, round(fits.reduce((a, f) => a + (f.linear[d] ?? 0), 0) / ENSEMBLE)]),
    ) as FeatureWeights,
    hidden: fits.flatMap((f) =>
      f.hidden.map((h) => ({
        weights: h.weights.map(round),
        bias: round(h.bias),
        out: round(h.out / ENSEMBLE),
      })),
    ),
  };
}

/** A small deterministic generator for the hidden units' starting weights. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32 - 0.5;
  };
}

interface Listwise {
  linear: number[];
  hidden: { weights: number[]; bias: number; out: number }[];
}

/**
 * A score (a weighted sum of the inputs plus `hidden` tanh units) whose softmax over each list puts the most
 * probability on the marked items. Parameters: the linear weights, then per hidden unit its input weights, bias
 * and output weight.
 */
export function fitListwise(
  lists: { xs: number[][]; holds: boolean[] }[],
  dims: number,
  hidden = 0,
  steps = 600,
  seed = 11,
): Listwise {
  const unit = dims + 2;
  const size = dims + hidden * unit;
  const rand = seeded(seed);
  const start = Array.from({ length: size }, (_, k) => (k < dims ? 0 : 0.6 * rand()));
  const unpack = (w: number[]): Listwise => ({
    linear: w.slice(0, dims),
    hidden: Array.from({ length: hidden }, (_, h) => {
      const at = dims + h * unit;
      return { weights: w.slice(at, at + dims), bias: w[at + dims] ?? 0, out: w[at + dims + 1] ?? 0 };
    }),
  });
  const { w } = minimise(
    size,
    (w) => {
      const grad = new Array<number>(size).fill(0);
      const model = unpack(w);
      let loss = 0;
      for (const { xs, holds } of lists) {
        // forward: each item's hidden activations and score
        const acts = xs.map((x) =>
          model.hidden.map((h) => Math.tanh(x.reduce((a, xi, d) => a + xi * (h.weights[d] ?? 0), h.bias))),
        );
        const s = xs.map(
          (x, i) =>
            x.reduce((a, xi, d) => a + xi * (model.linear[d] ?? 0), 0) +
            model.hidden.reduce((a, h, k) => a + h.out * (acts[i]?.[k] ?? 0), 0),
        );
        const max = Math.max(...s);
        const e = s.map((si) => Math.exp(si - max));
        const all = e.reduce((a, b) => a + b, 0);
        const pos = e.reduce((a, b, i) => a + (holds[i] ? b : 0), 0);
        loss -= Math.log(pos / all);
        xs.forEach((x, i) => {
          const g = (e[i] ?? 0) / all - (holds[i] ? (e[i] ?? 0) / pos : 0);
          if (g === 0) return;
          x.forEach((xi, d) => (grad[d] = (grad[d] ?? 0) + g * xi));
          model.hidden.forEach((h, k) => {
            const t = acts[i]?.[k] ?? 0;
            const at = dims + k * unit;
            const back = g * h.out * (1 - t * t);
            x.forEach((xi, d) => (grad[at + d] = (grad[at + d] ?? 0) + back * xi));
            grad[at + dims] = (grad[at + dims] ?? 0) + back;
            grad[at + dims + 1] = (grad[at + dims + 1] ?? 0) + g * t;
          });
        });
      }
      return { loss: loss / lists.length, grad: grad.map((g) => g / lists.length) };
    },
    steps,
    start,
  );
  return unpack(w);
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

/** The questions re-ranked with the fitted weights (holds follows its candidate). */
function rerank(questions: Question[], model: RankModel): Question[] {
  return questions.map((q) => {
    const pairs = q.ranking.candidates
      .map((c, i) => ({
        c: { ...c, score: rankScore(c.features, model) },
        h: q.holds[i] ?? false,
        ok: q.typeOk[i] ?? true,
      }))
      .sort((a, b) => b.c.score - a.c.score);
    const candidates = pairs.map((p) => p.c);
    return {
      ...q,
      ranking: { ...q.ranking, candidates },
      holds: pairs.map((p) => p.h),
      typeOk: pairs.map((p) => p.ok),
      answered: q.replyHolds(candidates),
    };
  });
}

/** Logistic model of "the reply answers" against "no answer"; answerable questions whose reply misses are left out. */
function fitConfidence(questions: Question[]): ConfidenceWeights {
  const rows: { x: number[]; y: number }[] = [];
  for (const q of questions) {
    const f = confidenceFeatures(q.ranking);
    if (!f) continue;
    if (!q.answerable) rows.push({ x: CONFIDENCE_FEATURES.map((k) => f[k]), y: 0 });
    else if (q.answered) rows.push({ x: CONFIDENCE_FEATURES.map((k) => f[k]), y: 1 });
  }
  const w = fitLogistic(rows, CONFIDENCE_FEATURES.length);
  const dims = CONFIDENCE_FEATURES.length + 1;
  return {
    ...(Object.fromEntries(CONFIDENCE_FEATURES.map((k, d) => [k, round(w[d] ?? 0)])) as Record<
      (typeof CONFIDENCE_FEATURES)[number],
      number
    >),
    bias: round(w[dims - 1] ?? 0),
  };
}

/**
 * Each input's mean and spread over some rows. The fits work on standardised inputs ((x - mean) / spread), so one
 * step size and one L2 penalty suit inputs of any scale, and fold the scaling back into the weights they return.
 */
export function scaling(xs: readonly number[][], dims: number): { mean: number[]; spread: number[] } {
  const mean = new Array<number>(dims).fill(0);
  const spread = new Array<number>(dims).fill(0);
  for (const x of xs) for (let d = 0; d < dims; d++) mean[d] = (mean[d] ?? 0) + (x[d] ?? 0) / xs.length;
  for (const x of xs)
    for (let d = 0; d < dims; d++)
      spread[d] = (spread[d] ?? 0) + ((x[d] ?? 0) - (mean[d] ?? 0)) ** 2 / xs.length;
  return { mean, spread: spread.map((v) => Math.sqrt(v) || 1) };
}

const standardise = (x: readonly number[], s: { mean: number[]; spread: number[] }): number[] =>
  x.map((xi, d) => (xi - (s.mean[d] ?? 0)) / (s.spread[d] ?? 1));

/** Weights for standardised inputs, with their bias, as weights and bias for the raw inputs. */
function unscale(
  w: readonly number[],
  bias: number,
  s: { mean: number[]; spread: number[] },
): { w: number[]; bias: number } {
  const raw = w.map((wi, d) => wi / (s.spread[d] ?? 1));
  return { w: raw, bias: bias - raw.reduce((a, wi, d) => a + wi * (s.mean[d] ?? 0), 0) };
}

/** Logistic regression: weights for each input, then the bias last. */
export function fitLogistic(rows: { x: number[]; y: number }[], inputs: number): number[] {
  const dims = inputs + 1;
  const scale = scaling(
    rows.map((r) => r.x),
    inputs,
  );
  const scaled = rows.map((r) => ({ x: standardise(r.x, scale), y: r.y }));
  const { w } = minimise(
    dims,
    (w) => {
      const grad = new Array<number>(dims).fill(0);
      let loss = 0;
      for (const { x, y } of scaled) {
        const z = x.reduce((a, xi, d) => a + xi * (w[d] ?? 0), w[dims - 1] ?? 0);
        const p = 1 / (1 + Math.exp(-z));
        loss -= y ? Math.log(p + 1e-12) : Math.log(1 - p + 1e-12);
        x.forEach((xi, d) => (grad[d] = (grad[d] ?? 0) + (p - y) * xi));
        grad[dims - 1] = (grad[dims - 1] ?? 0) + (p - y);
      }
      return { loss: loss / rows.length, grad: grad.map((g) => g / rows.length) };
    },
    1500,
  );
  const raw = unscale(w.slice(0, inputs), w[inputs] ?? 0, scale);
  return [...raw.w, raw.bias];
}

function confidence(q: Question, w: ConfidenceWeights): number {
  const f = confidenceFeatures(q.ranking);
  if (!f) return 0;
  let z = w.bias;
  for (const k of CONFIDENCE_FEATURES) z += w[k] * f[k];
  return 1 / (1 + Math.exp(-z));
}

interface Scores {
  top1: number;
  answerable: number;
  fallback: number;
  overall: number;
}

/**
 * What scoring a question needs: is it answerable, does its reply hold the span, which candidates hold it and which
 * pass the type checks.
 */
type Scorable = Pick<Question, 'answerable' | 'answered' | 'holds' | 'typeOk'>;

/** Whether the bot quotes for a question at this threshold: it is confident, and its passage passes the type checks. */
const quotes = (q: Scorable, confidence: number, threshold: number): boolean =>
  confidence >= threshold && (q.typeOk[0] ?? true);

/** Scores at a threshold on each question's confidence (`score`). */
function evaluate<T extends Scorable>(questions: T[], threshold: number, score: (q: T) => number): Scores {
  let answerable = 0;
  let right = 0;
  let noAnswer = 0;
  let fallback = 0;
  let top1 = 0;
  for (const q of questions) {
    const confident = quotes(q, score(q), threshold);
    if (q.answerable) {
      answerable++;
      if (q.holds[0]) top1++;
      if (q.answered && confident) right++;
    } else {
      noAnswer++;
      if (!confident) fallback++;
    }
  }
  return {
    top1: top1 / answerable,
    answerable: right / answerable,
    fallback: fallback / noAnswer,
    overall: (right + fallback) / (answerable + noAnswer),
  };
}

/** The threshold with the best overall score on these questions among those where enough fall back. */
export function baseThreshold<T extends Scorable>(questions: T[], score: (q: T) => number): number {
  let best = { t: 0.5, overall: -1 };
  for (let k = 5; k < 95; k++) {
    const t = k / 100;
    const s = evaluate(questions, t, score);
    if (s.fallback >= FALLBACK_TARGET && s.overall > best.overall) best = { t, overall: s.overall };
  }
  return best.t;
}

/** Folds for the held-out confidences that set the base threshold. */
const THRESHOLD_FOLDS = 5;

/**
 * The base threshold, set on confidences for syllabi the confidence was not fitted on: each question's confidence
 * comes from a fit on the other folds' syllabi. Fitted syllabi's "no answer" questions look less sure than unseen
 * ones', so a threshold set on them lets fewer of an unseen course's fall back than FALLBACK_TARGET.
 */
function heldOutThreshold(questions: Question[]): number {
  const held = heldOut(questions, THRESHOLD_FOLDS, fitConfidence, (w, q) => confidence(q, w));
  return baseThreshold(questions, (q) => held.get(q) ?? 0);
}

/**
 * Each item's score from a model fitted without its syllabus: the syllabi (in name order) are dealt into `folds`
 * folds, and each fold's items are scored by a model fitted on the other folds' items.
 */
export function heldOut<T extends { syllabus: string }, M>(
  items: readonly T[],
  folds: number,
  fitOn: (items: T[]) => M,
  scoreOf: (model: M, item: T) => number,
): Map<T, number> {
  const names = [...new Set(items.map((q) => q.syllabus))].sort();
  const out = new Map<T, number>();
  for (let k = 0; k < folds; k++) {
    const left = new Set(names.filter((_, i) => i % folds === k));
    if (left.size === 0) continue;
    const model = fitOn(items.filter((q) => !left.has(q.syllabus)));
    for (const q of items) if (left.has(q.syllabus)) out.set(q, scoreOf(model, q));
  }
  return out;
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const show = (label: string, s: Scores): string =>
  `${label.padEnd(8)} top-1 ${pct(s.top1)}  answerable ${pct(s.answerable)}  fallback ${pct(s.fallback)}  overall ${pct(s.overall)}`;

interface Plan {
  hidden: number;
  /** Refit the confidence model alone, on the re-ranker as committed (minutes faster). */
  keepRank: boolean;
  /** Fit on val's syllabi as well as train's. */
  withVal: boolean;
  /** Keep every other val syllabus (in name order) out of the fit, to check on. */
  holdOutHalf: boolean;
  /** Cross-validate on train by syllabus with this many folds instead of fitting (0: fit). */
  folds: number;
}

/** The re-ranker (or the committed one, --keep-rank), then the confidence and its base threshold, fitted on `train`. */
function fitModels(train: Question[], vectors: WordVectors | null, plan: Plan) {
  const rank = plan.keepRank
    ? PASSAGE_MODEL[vectors ? 'vectors' : 'words'].rank
    : fitRanker(train, plan.hidden);
  const trainRanked = rerank(train, rank);
  return { rank, trainRanked, weights: fitConfidence(trainRanked), base: heldOutThreshold(trainRanked) };
}

/** Adds a fold's held-out questions to pooled counts, at that fold's confidence weights and base threshold. */
function pool(
  total: Record<string, number>,
  questions: Question[],
  w: ConfidenceWeights,
  base: number,
): void {
  for (const q of questions) {
    const confident = quotes(q, confidence(q, w), base);
    const key = q.answerable ? q.type : NO_ANSWER;
    total[`${key} n`] = (total[`${key} n`] ?? 0) + 1;
    const right = q.answerable ? q.answered && confident : !confident;
    if (right) total[`${key} right`] = (total[`${key} right`] ?? 0) + 1;
    if (q.answerable && q.holds[0]) total['top1'] = (total['top1'] ?? 0) + 1;
  }
}

/**
 * Cross-validation on train by syllabus: each fold's syllabi are held out, both models are fitted on the others, and
 * the held-out questions are scored; the counts are pooled. An estimate for syllabi the fit never saw.
 */
function crossValidate(dir: string, vectors: WordVectors | null, plan: Plan): void {
  const all = collectBySyllabus(dir, 'train', vectors);
  if (plan.withVal) for (const [n, qs] of collectBySyllabus(dir, 'val', vectors)) all.set(n, qs);
  const names = [...all.keys()].sort();
  const total: Record<string, number> = {};
  for (let k = 0; k < plan.folds; k++) {
    const held = new Set(names.filter((_, i) => i % plan.folds === k));
    const train = names.filter((n) => !held.has(n)).flatMap((n) => all.get(n) ?? []);
    const check = [...held].flatMap((n) => all.get(n) ?? []);
    const { rank, weights, base } = fitModels(train, vectors, plan);
    pool(total, rerank(check, rank), weights, base);
  }
  const types = [...new Set(Object.keys(total).map((k) => k.replace(/ (n|right)$/, '')))].filter(
    (t) => t !== 'top1',
  );
  const answerable = types.filter((t) => t !== NO_ANSWER);
  const sum = (ts: string[], what: string): number =>
    ts.reduce((a, t) => a + (total[`${t} ${what}`] ?? 0), 0);
  const line = (label: string, ts: string[]): string =>
    `${label.padEnd(20)}${String(sum(ts, 'n')).padStart(6)}  ${pct(sum(ts, 'right') / (sum(ts, 'n') || 1))}`;
  console.log(
    `${vectors ? 'with word vectors' : 'words alone'}: ${plan.withVal ? 'train and val' : 'train'}, ${plan.folds}-fold cross-validation by syllabus`,
  );
  for (const t of types.sort()) console.log(line(t, [t]));
  console.log(
    `${'top-1 holds'.padEnd(20)}${String(sum(answerable, 'n')).padStart(6)}  ${pct((total['top1'] ?? 0) / (sum(answerable, 'n') || 1))}`,
  );
  console.log(line('answerable', answerable));
  console.log(line('overall', types));
}

function fit(dir: string, vectors: WordVectors | null, plan: Plan): PassageModel {
  const valNames = [...new Set(loadSplit(dir, 'val').items.map((q) => q.syllabus_name))].sort();
  const held = new Set(plan.holdOutHalf ? valNames.filter((_, k) => k % 2 === 1) : []);
  const train = [
    ...collect(dir, 'train', vectors),
    ...(plan.withVal ? collect(dir, 'val', vectors, (name) => !held.has(name)) : []),
  ];
  const check = collect(dir, 'val', vectors, (name) => held.size === 0 || held.has(name));
  const { rank, trainRanked, weights, base } = fitModels(train, vectors, plan);
  const model: ConfidenceModel = { weights, base };
  console.log(`${vectors ? 'with word vectors' : 'words alone'}: base threshold ${base}`);
  console.log(
    show(
      plan.withVal ? 'fitted' : 'train',
      evaluate(trainRanked, base, (q) => confidence(q, weights)),
    ),
  );
  if (check.length)
    console.log(
      show(
        plan.holdOutHalf ? 'val half' : 'val',
        evaluate(rerank(check, rank), base, (q) => confidence(q, weights)),
      ) + (plan.holdOutHalf ? `  (held out: ${held.size} of val's ${valNames.length} syllabi)` : ''),
    );
  return { rank, confidence: model };
}

function main(): void {
  const [dir] = process.argv.slice(2);
  if (!dir) {
    console.error(
      'usage: node --import tsx test/fit-passage-weights.ts DIR [--write]  (DIR: a copy of SyllabusQA)',
    );
    process.exitCode = 2;
    return;
  }
  const at = process.argv.indexOf('--hidden');
  const plan: Plan = {
    hidden: at > 0 ? Number(process.argv[at + 1]) : HIDDEN,
    keepRank: process.argv.includes('--keep-rank'),
    withVal: process.argv.includes('--with-val'),
    holdOutHalf: process.argv.includes('--hold-out-half'),
    folds: process.argv.includes('--cv') ? Number(process.argv[process.argv.indexOf('--cv') + 1]) || 5 : 0,
  };
  if (plan.folds) {
    crossValidate(dir, wordVectors(), plan);
    if (!process.argv.includes('--vectors-only')) crossValidate(dir, null, plan);
    return;
  }
  const vectors = fit(dir, wordVectors(), plan);
  if (process.argv.includes('--vectors-only')) return;
  const model = { vectors, words: fit(dir, null, plan) };
  console.log(JSON.stringify(model, null, 2));
  if (process.argv.includes('--write')) {
    const file = path.join(import.meta.dirname, '..', 'src', 'engine', 'passages', 'weights.ts');
    writeFileSync(
      file,
      `// Fitted by test/fit-passage-weights.ts on SyllabusQA's ${plan.withVal ? 'train and val splits' : 'train split'} (do not edit by hand; run it with --write).\n` +
        `import type { ConfidenceModel } from './calibrate.ts';\nimport type { RankModel } from './scorer.ts';\n\n` +
        `export interface PassageModel {\n  rank: RankModel;\n  confidence: ConfidenceModel;\n}\n\n` +
        `export const PASSAGE_MODEL: Record<'vectors' | 'words', PassageModel> = ${JSON.stringify(model, null, 2)};\n`,
    );
    console.log(`wrote ${file}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
