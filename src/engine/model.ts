// Builds the course's model at load time: classes from the content (FAQ entries, kinds of private request, declined
// topics), a featurizer learned from their texts, a nearest-neighbour classifier, and thresholds calibrated on the
// course's own phrasings (leave-one-out) against the engine's off-topic examples.
import type { Content } from '../content/load-content.ts';
import type { FaqEntry } from '../content/schemas.ts';
import { calibrate, type Thresholds } from './calibrate.ts';
import { Classifier, type ClassScore, type Example } from './classifier.ts';
import { Featurizer, type Features } from './features.ts';
import { channelExamples, knowledge, REDIRECT_REASONS, type RedirectReason } from './knowledge.ts';
import { normalize, stem, tokens } from './text.ts';
import { wordVectors } from './vectors.ts';

export type ClassInfo =
  | { kind: 'answer'; entry: FaqEntry }
  | { kind: 'redirect'; reason: RedirectReason }
  | { kind: 'decline'; source: 'course' | 'engine' };

export interface ScoredEntry {
  entry: FaqEntry;
  score: number;
}

export type Decision =
  | { kind: 'answer'; entries: ScoredEntry[]; score: number }
  | { kind: 'redirect'; reason: RedirectReason; score: number }
  | {
      kind: 'fallback';
      near: ScoredEntry[];
      score: number;
      /** When the question is nearest to a declined or off-topic example: which, and how near. */
      declined?: { by: 'course' | 'engine'; similarity: number };
    };

export interface Model {
  readonly classes: readonly ClassInfo[];
  readonly classifier: Classifier;
  readonly thresholds: Thresholds;
  readonly synonyms: ReadonlyMap<string, string>;
  /** The decision for a question; `skip` leaves one example out (leave-one-out evaluation). */
  decide(question: string, skip?: number): Decision;
  /** True when the text has at least one content word ("hi", "thanks!" have none). */
  hasTopic(text: string): boolean;
  /** True when the course's content uses this word (or a word with its stem). */
  knowsWord(word: string): boolean;
}

/** How much a FAQ entry's coverage of the question counts beside its examples' similarity. */
const PROFILE_WEIGHT = 0.5;
/** A second entry within this share of the best one is named as "See also". */
const SEE_ALSO_RATIO = 0.9;
/** On a fallback, entries at or above this share of the answer threshold are offered as the closest entries. */
const NEAR_SHARE = 0.6;
/** An engine off-topic example this similar to one of the course's FAQ phrasings is a question the course answers. */
const COVERED = 0.6;

function synonymMap(content: Content): Map<string, string> {
  const map = new Map<string, string>();
  for (const [word, others] of Object.entries(content.course.synonyms ?? {})) {
    for (const other of others) map.set(other, word);
  }
  return map;
}

export function buildModel(content: Content, options: { vectors?: boolean } = {}): Model {
  const classes: ClassInfo[] = [];
  const examples: Example[] = [];
  const classTexts: string[][] = [];
  const add = (info: ClassInfo, texts: readonly string[]): void => {
    const cls = classes.length;
    classes.push(info);
    classTexts.push([...texts]);
    const form = info.kind !== 'decline';
    for (const text of texts) examples.push({ text, cls, form });
  };
  for (const entry of content.faq) {
    add({ kind: 'answer', entry }, [
      ...entry.questions,
      entry.title,
      ...(entry.tags.length ? [entry.tags.join(' ')] : []),
    ]);
  }
  const k = knowledge();
  const own = content.course.private_requests;
  for (const reason of REDIRECT_REASONS) {
    if (reason === 'channel') {
      if (own?.unanswered_channel) add({ kind: 'redirect', reason }, channelExamples(own.unanswered_channel));
      continue;
    }
    add({ kind: 'redirect', reason }, [
      ...k.privateRequests[reason],
      ...(reason === 'private' ? (own?.examples ?? []) : []),
    ]);
  }
  const declined = content.course.declined ?? [];
  if (declined.length > 0) add({ kind: 'decline', source: 'course' }, declined);

  const synonyms = synonymMap(content);
  const vectors = options.vectors === false ? null : wordVectors();
  // IDF is learned from the course's own classes (the FAQ entries and its declined topics): the engine's generic
  // examples must not make the course's words look common or rare.
  const featurizer = new Featurizer(
    classTexts.filter((_, i) => classes[i]?.kind !== 'redirect'),
    { synonyms, vectors, formTexts: classTexts },
  );

  add({ kind: 'decline', source: 'engine' }, k.offTopic);
  const classifier = new Classifier(featurizer, examples, classes.length);
  // The engine's off-topic examples, less those the course's FAQ itself answers.
  const offTopicClass = classes.length - 1;
  classifier.examples.forEach((example, i) => {
    if (example.cls !== offTopicClass) return;
    const top = classifier.rank(classifier.features[i] as Features, i).find((r) => r.cls !== offTopicClass);
    if (top && classes[top.cls]?.kind === 'answer' && top.score >= COVERED) classifier.disable(i);
  });
  const profiles = classes.map((c) =>
    c.kind === 'answer' ? new Set(featurizer.contentWords(c.entry.answer).map(stem)) : null,
  );
  classifier.setProfiles(profiles, PROFILE_WEIGHT);
  const thresholds = calibrate(classifier, classes);

  const knownWords = new Set<string>();
  for (const texts of classTexts) for (const t of texts) for (const w of tokens(t)) knownWords.add(w);
  for (const e of content.faq) for (const w of tokens(e.answer)) knownWords.add(w);

  function scoredEntries(ranked: ClassScore[], min: number): ScoredEntry[] {
    const out: ScoredEntry[] = [];
    for (const r of ranked) {
      const c = classes[r.cls];
      if (c?.kind === 'answer' && r.score >= min) out.push({ entry: c.entry, score: r.score });
    }
    return out;
  }

  return {
    classes,
    classifier,
    thresholds,
    synonyms,
    decide(question, skip = -1) {
      const ranked = classifier.rank(featurizer.featurize(question), skip);
      return decideFrom(ranked, classes, thresholds, scoredEntries, isPersonal(question));
    },
    hasTopic(text) {
      return featurizer.contentWords(text).length > 0;
    },
    knowsWord(word) {
      const w = word.toLowerCase();
      return knownWords.has(w) || featurizer.knowsStem(stem(w));
    },
  };
}

/**
 * A private request is always the student's own: it speaks of "I", "my", "we" or asks the reader to do something
 * ("can you", "please"). A question without any of these ("what is the late penalty") is a general one, however
 * close its words are to a request.
 */
const PERSONAL =
  /\b(i|im|ive|me|my|mine|myself|we|us|our|ours|please|pls|plz)\b|\b(can|could|would|will) (you|someone|somebody|anyone)\b/;

export function isPersonal(question: string): boolean {
  return PERSONAL.test(normalize(question));
}

/**
 * The class whose examples are most similar to the question: it decides the kind of reply (only the examples'
 * similarity is comparable between kinds of class). Private-request classes only take part for personal questions.
 */
export function route(
  ranked: readonly ClassScore[],
  classes: readonly ClassInfo[],
  personal: boolean,
  redirectBias = 0,
): ClassScore | undefined {
  let top: ClassScore | undefined;
  let topValue = -Infinity;
  for (const r of ranked) {
    const request = classes[r.cls]?.kind === 'redirect';
    if (!personal && request) continue;
    const value = r.knn + (request ? redirectBias : 0);
    if (value > topValue) {
      top = r;
      topValue = value;
    }
  }
  return top;
}

function decideFrom(
  ranked: ClassScore[],
  classes: readonly ClassInfo[],
  thresholds: Thresholds,
  scoredEntries: (ranked: ClassScore[], min: number) => ScoredEntry[],
  personal: boolean,
): Decision {
  const top = route(ranked, classes, personal, thresholds.redirectBias);
  const info = top ? classes[top.cls] : undefined;
  if (!top || !info) return { kind: 'fallback', near: [], score: 0 };
  if (info.kind === 'redirect' && top.knn >= thresholds.redirect) {
    return { kind: 'redirect', reason: info.reason, score: top.knn };
  }
  const best = ranked.find((r) => classes[r.cls]?.kind === 'answer');
  if (info.kind !== 'decline' && best && best.score >= thresholds.answer) {
    const entries = scoredEntries(ranked.slice(0, 4), best.score * SEE_ALSO_RATIO).slice(0, 2);
    return { kind: 'answer', entries, score: best.score };
  }
  return {
    kind: 'fallback',
    near: scoredEntries(ranked.slice(0, 6), thresholds.answer * NEAR_SHARE).slice(0, 3),
    score: best?.score ?? 0,
    ...(info.kind === 'decline' && { declined: { by: info.source, similarity: top.knn } }),
  };
}
