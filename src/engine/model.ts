// Builds the course's model at load time: classes from the content (FAQ entries, kinds of private request, declined
// topics), a featurizer learned from their texts, a nearest-neighbour classifier, and thresholds calibrated on the
// course's own phrasings (leave-one-out) against the engine's off-topic examples.
import type { Content } from '../content/load-content.ts';
import { requestExamplesByKind, type FaqEntry } from '../content/schemas.ts';
import { calibrate, calibrateGate, calibrateOverride, type Thresholds } from './calibrate.ts';
import { Classifier, type ClassScore, type Example } from './classifier.ts';
import { Featurizer, type Features } from './features.ts';
import { channelExamples, knowledge, REDIRECT_REASONS, type RedirectReason } from './knowledge.ts';
import { asksAboutNotFor, asksForTheRule, asksHypothetically, asksInGeneral } from './info-query.ts';
import { gateFrom, outOfFold, trainGate, type GateExample, type GateWeights } from './request-gate.ts';
import { outOfFoldProbabilities, Softmax, type SoftmaxExample } from './softmax.ts';
import { textKey } from './visit-order.ts';
import { Speller } from './spelling.ts';
import { phraseKey, stem, tokens } from './text.ts';
import { wordVectors } from './vectors.ts';

export type ClassInfo =
  | { kind: 'answer'; entry: FaqEntry }
  | { kind: 'redirect'; reason: RedirectReason }
  | { kind: 'decline'; source: 'course' | 'engine' | 'detail' };

export interface ScoredEntry {
  entry: FaqEntry;
  score: number;
}

export type Decision =
  | { kind: 'answer'; entries: ScoredEntry[]; score: number }
  | {
      kind: 'redirect';
      reason: RedirectReason;
      score: number;
      /** A FAQ entry ranked above every kind of private request, at the answer threshold: the request's subject. */
      related?: ScoredEntry;
    }
  | {
      kind: 'fallback';
      /** The nearest entries that score at least a share of the answer threshold (NEAR_SHARE): worth showing. */
      near: ScoredEntry[];
      /** The nearest entry, however low it scores (a question naming a person its answer names goes to it). */
      nearest?: ScoredEntry;
      score: number;
      /** When the question is nearest to a declined or off-topic example: which, and how near. */
      declined?: { by: 'course' | 'engine' | 'detail'; similarity: number };
      /**
       * Set when the nearest entry matched with confidence but gives no answer of the kind asked (no moment for
       * "when", no person for "who"): the engine's answer-type checks, not the model, made this a fallback.
       */
      wrongType?: true;
      /**
       * Set when the request gate leans toward a private request (LEANS_TOWARD_REQUEST) although it does not redirect:
       * the kind of request it would be. The engine redirects such a question when nothing else answers it.
       */
      leans?: RedirectReason;
    };

/**
 * What building a model learns by training and calibrating, the slow part of building it: a model built again from
 * the same content with this state is the same model, without the training (model-cache.ts keeps it between runs).
 */
export interface LearnedState {
  /** The engine's off-topic examples left out because the course's FAQ answers them. */
  disabled: number[];
  thresholds: Thresholds;
  /** The softmax classifier's weights; null when the course is too large to train at start-up. */
  softmax: { weights: Float32Array; bias: Float64Array } | null;
  gate: GateWeights;
}

export interface ModelOptions {
  /** Use the pre-trained word vectors when they are installed (default true). */
  vectors?: boolean;
  /**
   * A state learned before from the same content by the same engine: used instead of training when its sizes fit
   * the model (otherwise the model is trained as usual). A model built so cannot leave examples out (`decide`'s
   * `skip`), which needs the held-out probabilities that only training computes.
   */
  learned?: LearnedState;
  /**
   * Which training run this is (default 0, what the bot ships with): another number visits the examples in another
   * order in every pass of SGD, for measuring how much a score owes to that order (`npm run eval -- --runs N`).
   */
  run?: number;
}

export interface Model {
  readonly classes: readonly ClassInfo[];
  readonly classifier: Classifier;
  readonly thresholds: Thresholds;
  readonly synonyms: ReadonlyMap<string, string>;
  /** Whether the softmax classifier was trained (false for a course too large to train at start-up). */
  readonly trained: boolean;
  /** What training and calibration learned; `restored` when it was given rather than learned in this build. */
  readonly learned: LearnedState;
  readonly restored: boolean;
  /** The decision for a question; `skip` leaves one example out (leave-one-out evaluation). */
  decide(question: string, skip?: number): Decision;
  /** Why the model decides a question as it does, for a TA trying questions out (`ask --why`). */
  explain(question: string): Explanation;
  /**
   * True when the text has at least one content word ("hi", "thanks!" have none), or is one of the FAQ's phrasings
   * word for word ("whats an A-" written as a phrasing is answered by its entry).
   */
  hasTopic(text: string): boolean;
  /** True when the text is one of the FAQ's phrasings word for word, of one entry only. */
  isPhrasing(text: string): boolean;
  /** True when the course's content uses this word (or a word with its stem). */
  knowsWord(word: string): boolean;
  /** The text's words, each misspelt one as the course spells it ("assignmnet" -> "assignment"). */
  spelled(text: string): string;
}

/** How the model sees a question: its nearest entries and the request gate's view, beside the course's thresholds. */
export interface Explanation {
  /** The FAQ entries that score best, best first (EXPLAINED_ENTRIES at most). */
  nearest: ScoredEntry[];
  /**
   * The request gate's probability that the question is a private request; 0 when decide does not ask the gate (a FAQ
   * phrasing asked word for word, or a question about a request rather than for one).
   */
  request: number;
  thresholds: Thresholds;
  /** When the class nearest of all is a declined topic or one of the engine's off-topic or course-detail examples. */
  declined?: { by: 'course' | 'engine' | 'detail'; similarity: number };
}

/** How many of the nearest entries an explanation names. */
const EXPLAINED_ENTRIES = 3;

/** How much a FAQ entry's coverage of the question counts beside its examples' similarity. */
const PROFILE_WEIGHT = 0.5;
/** A second entry within this share of the best one is named as "See also". */
const SEE_ALSO_RATIO = 0.9;
/** On a fallback, entries at or above this share of the answer threshold are offered as the closest entries. */
const NEAR_SHARE = 0.6;
/**
 * A question no FAQ entry answers leans toward a private request when the request gate's probability is at least this
 * share of its threshold, unless it is nearest an off-topic example or a topic the course declines: a request put in
 * words the gate has not seen ("overslept, missed midterm, help", "pls recount my points") is better sent to the staff
 * than to the discussion board, where nobody can answer it. Measured on the tuning sets (docs/engine.md).
 */
const LEANS_TOWARD_REQUEST = 0.8;
/** An engine off-topic example this similar to one of the course's FAQ phrasings is a question the course answers. */
const COVERED = 0.6;
/** The trained classifier's probability's share of a class's score (measured on the tuning sets, docs/engine.md). */
const TRAINED_WEIGHT = 0.4;
/**
 * The classifier is trained only while examples x classes stays within this: its training time grows with both. A
 * course of about a hundred entries with a dozen phrasings each is within it; a larger FAQ is answered by the
 * nearest examples alone.
 */
const TRAINING_LIMIT = 200_000;

/**
 * Trains the softmax classifier on the examples still in play (and, for calibration and leave-one-out, the same
 * model on each fold without it), and has the classifier blend its probabilities into the class scores. Null when
 * the course is too large to train at start-up.
 */
function trainClassifier(
  classifier: Classifier,
  featurizer: Featurizer,
  classCount: number,
  run: number,
): Softmax | null {
  const sizes = { word: featurizer.stemCount, form: featurizer.formCount };
  const examples: SoftmaxExample[] = [];
  const index: number[] = [];
  classifier.examples.forEach((e, i) => {
    if (classifier.isDisabled(i)) return;
    index.push(i);
    examples.push({ features: classifier.features[i] as Features, cls: e.cls, key: textKey(e.text) });
  });
  if (examples.length * classCount > TRAINING_LIMIT) return null;
  const model = Softmax.train(sizes, classCount, examples, run);
  const rows = outOfFoldProbabilities(sizes, classCount, examples, undefined, run);
  const heldOut = new Float32Array(classifier.examples.length * classCount);
  index.forEach((i, j) => heldOut.set(rows.subarray(j * classCount, (j + 1) * classCount), i * classCount));
  classifier.useTrained({
    probabilities: (f, out) => model.probabilities(f, out),
    heldOut,
    weight: TRAINED_WEIGHT,
  });
  return model;
}

/** Whether a learned state fits this model's examples, classes and features (a stale or damaged one does not). */
function fits(
  learned: LearnedState,
  classifier: Classifier,
  featurizer: Featurizer,
  classCount: number,
  dims: number,
): boolean {
  const n = classifier.examples.length;
  const features = featurizer.stemCount + featurizer.formCount;
  const { softmax, gate, thresholds } = learned;
  return (
    learned.disabled.every((i) => Number.isInteger(i) && i >= 0 && i < n) &&
    [thresholds.answer, thresholds.redirect, thresholds.override, thresholds.examples].every(
      Number.isFinite,
    ) &&
    (softmax === null ||
      (softmax.weights.length === features * classCount && softmax.bias.length === classCount)) &&
    gate.sparse.length === featurizer.formCount &&
    gate.dense.length === dims &&
    Number.isFinite(gate.bias)
  );
}

/**
 * A text with the course's synonyms that are more than one word as the tokenizer reads them ("mini-quiz", "e-book":
 * a hyphen or apostrophe splits words) replaced by the word they stand for, written with the hyphen, a space or
 * joined: a synonym of one word is applied word by word (synonymMap).
 */
function phraseSynonyms(content: Content): (text: string) => string {
  const phrases: [RegExp, string][] = [];
  for (const [word, others] of Object.entries(content.course.synonyms ?? {}))
    for (const other of others) {
      const parts = tokens(other).map((t) => t.replace(/[^a-z0-9]/g, ''));
      if (parts.length > 1 && parts.every(Boolean))
        phrases.push([new RegExp(`\\b${parts.join("[-' ]?")}\\b`, 'gi'), word]);
    }
  if (phrases.length === 0) return (text) => text;
  return (text) => phrases.reduce((t, [phrase, word]) => t.replace(phrase, word), text);
}

/**
 * A text with the course's synonyms replaced by the words they stand for, the rest as written: what the course's
 * documents are searched with, since they use the course's words ("what are the prereqs" with `prerequisites:
 * [prereqs]` finds the syllabus's "Prerequisites"). The text itself when the course gives no synonyms.
 */
export function withCourseSynonyms(content: Content): (text: string) => string {
  const phrases = phraseSynonyms(content);
  // (the course file's words are lower case already; one with a hyphen or apostrophe is a phrase, done above)
  const words = synonymMap(content);
  const single = [...words.keys()].filter((w) => /^[a-z0-9]+$/.test(w));
  if (single.length === 0) return phrases;
  const word = new RegExp(`(?<![\\p{L}\\p{N}])(${single.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return (text) => phrases(text).replace(word, (w) => words.get(w.toLowerCase()) ?? w);
}

function synonymMap(content: Content): Map<string, string> {
  const map = new Map<string, string>();
  for (const [word, others] of Object.entries(content.course.synonyms ?? {})) {
    for (const other of others) map.set(other, word);
  }
  return map;
}

/**
 * The course's own code in a text, as "course": "what is educ 623 about" asks what "what is this course about" does,
 * and a phrasing that names the code ("who teaches EDUC 623") does not draw every question that names it. The code's
 * parts count written apart, joined or hyphenated ("EDUC 623", "educ623", "educ-623"); a code of several ("BIO
 * 497G/697G") counts in each. A part of one or two digits alone is not a code.
 */
export function courseCodeAsCourse(code: string | undefined): (text: string) => string {
  const parts = (code ?? '')
    .split('/')
    .map((p) => p.trim().match(/^([a-z]+)?\s*-?\s*(\d+[a-z]*)$/i))
    .filter((m): m is RegExpMatchArray => m !== null);
  const prefix = parts.find((m) => m[1])?.[1] ?? '';
  const patterns = parts.map((m) => {
    const letters = (m[1] ?? prefix).toLowerCase();
    const number = (m[2] ?? '').toLowerCase();
    // (the number alone, of three digits or more, names the course too: "what room is 455 in"; not in a code of
    // several, whose numbers tell its sections apart: "the 668 section" of "GEO 468/668")
    if (letters && parts.length === 1 && /^\d{3,}/.test(number)) return `(?:${letters}\\s*-?\\s*)?${number}`;
    return letters ? `${letters}\\s*-?\\s*${number}` : number;
  });
  if (patterns.length === 0) return (text) => text;
  const re = new RegExp(`\\b(${patterns.join('|')})\\b`, 'gi');
  return (text) => text.replace(re, 'course');
}

export function buildModel(content: Content, options: ModelOptions = {}): Model {
  const classes: ClassInfo[] = [];
  const examples: Example[] = [];
  const classTexts: string[][] = [];
  const codeAsCourse = courseCodeAsCourse(content.course.code);
  const phrases = phraseSynonyms(content);
  const asCourse = (text: string): string => phrases(codeAsCourse(text));
  const add = (info: ClassInfo, raw: readonly string[]): void => {
    const cls = classes.length;
    const texts = raw.map(asCourse);
    classes.push(info);
    classTexts.push(texts);
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
  // A course without FAQ entries has no phrasings to show the request gate what students ask about the course, and
  // the gate then took terse course questions ("quiz 4 due date?", "lab 1 weight") for requests: the engine's terse
  // examples of both kinds stand in for them. (In courses with a FAQ they changed as many replies for the worse as
  // for the better: docs/engine.md.)
  const terse = content.faq.length === 0 ? k.terse : { general: [], requests: {} };
  const general = [...k.generalQuestions, ...terse.general];
  const own = content.course.private_requests;
  const ownRequests = requestExamplesByKind(own?.examples);
  for (const reason of REDIRECT_REASONS) {
    if (reason === 'channel') {
      if (own?.unanswered_channel) add({ kind: 'redirect', reason }, channelExamples(own.unanswered_channel));
      continue;
    }
    add({ kind: 'redirect', reason }, [
      ...k.privateRequests[reason],
      ...(terse.requests[reason] ?? []),
      ...ownRequests[reason],
    ]);
  }
  const declined = content.course.declined ?? [];
  if (declined.length > 0) add({ kind: 'decline', source: 'course' }, declined);

  const synonyms = synonymMap(content);
  const vectors = options.vectors === false ? null : wordVectors();
  const run = options.run ?? 0;
  // IDF is learned from the course's own classes (the FAQ entries and its declined topics): the engine's generic
  // examples must not make the course's words look common or rare.
  const featurizer = new Featurizer(
    classTexts.filter((_, i) => classes[i]?.kind !== 'redirect'),
    { synonyms, vectors, formTexts: [...classTexts, general] },
  );

  add({ kind: 'decline', source: 'engine' }, k.offTopic);
  // (details of a course that many courses leave out: "is the class curved", "who is the TA")
  add({ kind: 'decline', source: 'detail' }, k.courseDetails);
  const classifier = new Classifier(featurizer, examples, classes.length);
  const profiles = classes.map((c) =>
    c.kind === 'answer' ? new Set(featurizer.contentWords(c.entry.answer).map(stem)) : null,
  );
  const dims = vectors?.dims ?? 0;
  const given =
    options.learned && fits(options.learned, classifier, featurizer, classes.length, dims)
      ? options.learned
      : null;
  const { learned, heldOutOf } = given ? { learned: restore(given), heldOutOf: null } : learn();

  /** The state given, put back: the same classifier, gate and thresholds as `learn` made, without training. */
  function restore(state: LearnedState): LearnedState {
    for (const i of state.disabled) classifier.disable(i);
    classifier.setProfiles(profiles, PROFILE_WEIGHT);
    if (state.softmax) {
      const model = new Softmax(
        { word: featurizer.stemCount, form: featurizer.formCount },
        classes.length,
        state.softmax.weights,
        state.softmax.bias,
      );
      classifier.useTrained({
        probabilities: (f, out) => model.probabilities(f, out),
        heldOut: new Float32Array(0),
        weight: TRAINED_WEIGHT,
      });
    }
    return state;
  }

  /** Trains the classifier and the request gate, and calibrates the thresholds. */
  function learn(): { learned: LearnedState; heldOutOf: (example: number) => number } {
    // The engine's off-topic examples and course details, less those the course's FAQ itself answers.
    const ofEngine = (cls: number): boolean => {
      const info = classes[cls];
      return info?.kind === 'decline' && info.source !== 'course';
    };
    const isDetail = (cls: number): boolean => {
      const info = classes[cls];
      return info?.kind === 'decline' && info.source === 'detail';
    };
    const disabled: number[] = [];
    // (the stems of each entry's phrasings, title, tags and answer)
    const vocabulary = classes.map((c, cls) =>
      c.kind === 'answer'
        ? new Set(
            [...(classTexts[cls] ?? []), c.entry.answer].flatMap((t) => featurizer.contentWords(t).map(stem)),
          )
        : null,
    );
    classifier.examples.forEach((example, i) => {
      if (!ofEngine(example.cls)) return;
      const top = classifier.rank(classifier.features[i] as Features, i).find((r) => !ofEngine(r.cls));
      if (!top || classes[top.cls]?.kind !== 'answer' || top.score < COVERED) return;
      // (a course detail is covered only by an entry that has all its words: "the last day to drop the class" is not
      // answered by an entry on "the last day of class")
      const words = isDetail(example.cls) ? featurizer.contentWords(example.text) : [];
      if (words.every((w) => vocabulary[top.cls]?.has(stem(w)))) {
        classifier.disable(i);
        disabled.push(i);
      }
    });
    classifier.setProfiles(profiles, PROFILE_WEIGHT);
    const softmax = trainClassifier(classifier, featurizer, classes.length, run);
    // The request gate learns from every example still in play: private requests against everything else.
    const gateExamples: GateExample[] = [];
    const gateIndex = new Int32Array(classifier.examples.length).fill(-1);
    classifier.examples.forEach((example, i) => {
      if (classifier.isDisabled(i)) return;
      gateIndex[i] = gateExamples.length;
      gateExamples.push({
        features: classifier.features[i] as Features,
        label: classes[example.cls]?.kind === 'redirect' ? 1 : 0,
        key: textKey(example.text),
        group: example.cls,
      });
    });
    // (the engine's general questions are not a class: they only show the gate questions that are not requests)
    for (const text of general) {
      gateExamples.push({ features: featurizer.featurize(text), label: 0, key: textKey(text), group: -1 });
    }
    const gate = trainGate(gateExamples, featurizer.formCount, dims, run);
    const heldOut = outOfFold(gateExamples, featurizer.formCount, dims, undefined, run);
    const heldOutOf = (i: number): number =>
      (gateIndex[i] ?? -1) >= 0 ? (heldOut[gateIndex[i] as number] ?? 0) : 0;
    const generalFrom = gateExamples.length - general.length;
    const redirect = calibrateGate(classifier, classes, heldOutOf, heldOut.subarray(generalFrom));
    const thresholds: Thresholds = {
      // (the course details are left out: questions about a course, which many courses do answer, they would raise
      // every course's threshold as if they were off-topic)
      ...calibrate(
        classifier,
        classes,
        (i) => heldOutOf(i) >= redirect,
        (i) => isDetail(classifier.examples[i]?.cls ?? -1),
      ),
      redirect,
      override: calibrateOverride(classifier, classes, (i) => heldOutOf(i) >= redirect),
    };
    const softmaxWeights = softmax && { weights: softmax.weights, bias: softmax.bias };
    return {
      learned: { disabled, thresholds, softmax: softmaxWeights, gate: gate.weights },
      heldOutOf,
    };
  }
  const { thresholds } = learned;
  const gate = gateFrom(learned.gate);

  // The FAQ's phrasings word for word: a question asked exactly as a TA wrote it under an entry is answered by that
  // entry, whatever the engine's own examples say, unless the course gives the same words to another entry, its
  // private requests or its declined questions. So a question that is redirected or falls back is fixed by adding it
  // as a phrasing.
  const verbatim = new Map<string, { cls: number; examples: number[] }>();
  const ambiguous = new Set([...Object.values(ownRequests).flat(), ...declined].map(phraseKey));
  classifier.examples.forEach((example, i) => {
    const info = classes[example.cls];
    if (info?.kind !== 'answer') return;
    const key = phraseKey(example.text);
    if (key === '' || ambiguous.has(key)) return;
    const seen = verbatim.get(key);
    if (seen && seen.cls !== example.cls) {
      verbatim.delete(key);
      ambiguous.add(key);
    } else if (seen) seen.examples.push(i);
    else verbatim.set(key, { cls: example.cls, examples: [i] });
  });

  // The course's vocabulary (its classes' texts, the FAQ's answers and the words its synonyms map): typos are read
  // against it, and a thing a student asks to bring or use is known when the course names it.
  const speller = new Speller(
    [...classTexts.flat(), ...content.faq.map((e) => e.answer), [...synonyms.keys()].join(' ')],
    vectors,
  );

  /**
   * The question's classes ranked, and the request gate's probability for it: 0 for a question about a request rather
   * than for one (below), and for a left-out example what the gate that did not see it says.
   */
  function weigh(question: string, skip: number): { ranked: ClassScore[]; p: number; listed: boolean } {
    const features = featurizer.featurize(speller.correct(question));
    const ranked = classifier.rank(features, skip);
    // (a short query that ends in what it wants to know, "regrade deadline", a case put about someone in general,
    // "what happens if someone copies answers", or a question what is so that says nothing of the student, "is the
    // lowest lab score dropped", asks about a request, not for one, unless the course lists it as one of its
    // own; one about the channel that goes unanswered still gets its reply)
    const listed = ambiguous.has(phraseKey(question));
    const about =
      !listed &&
      (asksAboutNotFor(question) ||
        asksHypothetically(question) ||
        asksForTheRule(question) ||
        (asksInGeneral(question) && requestReason(ranked, classes) !== 'channel'));
    const p = about ? 0 : skip >= 0 && heldOutOf ? heldOutOf(skip) : gate.probability(features);
    return { ranked, p, listed };
  }

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
    trained: learned.softmax !== null,
    learned,
    restored: given !== null,
    decide(asked, skip = -1) {
      const question = asCourse(asked);
      if (skip >= 0 && !heldOutOf)
        throw new Error('a model built from a learned state cannot leave examples out');
      const own = verbatim.get(phraseKey(question));
      if (own && !(skip >= 0 && own.examples.length === 1 && own.examples[0] === skip)) {
        const info = classes[own.cls];
        if (info?.kind === 'answer')
          return { kind: 'answer', entries: [{ entry: info.entry, score: 1 }], score: 1 };
      }
      const { ranked, p, listed } = weigh(question, skip);
      // (words the course also lists as a private request or declined question are never answered past the gate)
      const request =
        p >= thresholds.redirect &&
        (listed || !overridden(ranked, classes, thresholds.override)) &&
        !offTopicFirst(ranked, classes);
      return decideFrom(ranked, classes, thresholds, scoredEntries, request, p);
    },
    explain(asked) {
      const question = asCourse(asked);
      // (a phrasing asked word for word is its entry's, as decide has it, without asking the gate)
      const own = verbatim.get(phraseKey(question));
      const info = own && classes[own.cls];
      const phrasing = info?.kind === 'answer' ? info.entry : undefined;
      const { ranked, p } = weigh(question, -1);
      const top = route(ranked, classes, false);
      const topInfo = top ? classes[top.cls] : undefined;
      const nearest = scoredEntries(ranked, 0).filter((e) => e.entry !== phrasing);
      return {
        nearest: [...(phrasing ? [{ entry: phrasing, score: 1 }] : []), ...nearest].slice(
          0,
          EXPLAINED_ENTRIES,
        ),
        request: phrasing ? 0 : p,
        thresholds,
        ...(!phrasing &&
          top &&
          topInfo?.kind === 'decline' && { declined: { by: topInfo.source, similarity: top.knn } }),
      };
    },
    hasTopic(asked) {
      const text = asCourse(asked);
      return featurizer.contentWords(text).length > 0 || verbatim.has(phraseKey(text));
    },
    isPhrasing(text) {
      return verbatim.has(phraseKey(asCourse(text)));
    },
    spelled: (text) => speller.correct(text),
    knowsWord(word) {
      const w = word.toLowerCase();
      return speller.knows(w) || featurizer.knowsStem(stem(w));
    },
  };
}

/**
 * The class that decides the kind of reply. For a request (by the gate), the kind of private request scored best,
 * which picks the reply's wording (the trained classifier's score beside the examples' similarity: the kind of each
 * of the engine's request examples, left out in turn, comes out right 86 to 88% of the time, against 83 to 85% by
 * similarity alone, on this course and two others). Otherwise the best class by score: a FAQ entry's score counts its
 * coverage of the question beside its examples' similarity, a declined topic's is its examples' similarity, so an
 * entry that covers the question wins over a declined topic that merely shares its form (the same order the
 * calibration uses).
 */
export function route(
  ranked: readonly ClassScore[],
  classes: readonly ClassInfo[],
  request: boolean,
): ClassScore | undefined {
  if (!request) return ranked.find((r) => classes[r.cls]?.kind !== 'redirect');
  let top: ClassScore | undefined;
  for (const r of ranked) {
    if (classes[r.cls]?.kind === 'redirect' && (!top || r.score > top.score)) top = r;
  }
  return top;
}

/** The FAQ entry ranked above every kind of private request (declined topics aside), if one is. */
export function entryAboveRequests(
  ranked: readonly ClassScore[],
  classes: readonly ClassInfo[],
): ClassScore | undefined {
  const top = ranked.find((r) => classes[r.cls]?.kind !== 'decline');
  return top && classes[top.cls]?.kind === 'answer' ? top : undefined;
}

/**
 * A question the gate reads as a request is not one for the staff when the class it is nearest of all is one of the
 * engine's off-topic examples, at least this similar: "could you write me a cover letter", "can u help me with my
 * calc homework" ask the staff to do something that is not theirs, and fall back as off-topic. (Measured 0.5, 0.6 and
 * 0.7 on the tuning sets: 0.5 and 0.6 best; 0.5 lost 3 questions on the other courses' measuring sets, 0.6 none.)
 */
const OFF_TOPIC_FIRST = 0.6;
/**
 * So too when that off-topic example, less similar, scores at least this much above every kind of private request:
 * "could you write my cover letter for a job application" is nearer what a course assistant does not do than to any
 * request for the staff. (Measured 0.05, 0.1, 0.15 and 0.2 on the tuning sets: 0.1
 * best, 3 such questions more right of 5,888 and none less; 0.05 gained 2 and lost 3.)
 */
const OFF_TOPIC_MARGIN = 0.1;
function offTopicFirst(ranked: readonly ClassScore[], classes: readonly ClassInfo[]): boolean {
  const [top] = ranked;
  const info = top && classes[top.cls];
  if (!top || info?.kind !== 'decline' || info.source !== 'engine') return false;
  const request = ranked.find((r) => classes[r.cls]?.kind === 'redirect');
  return (top.knn ?? 0) >= OFF_TOPIC_FIRST || !request || top.score >= request.score + OFF_TOPIC_MARGIN;
}

/**
 * Whether a question the gate redirects is answered after all: a FAQ entry ranks above every kind of private request
 * and scores at least the override threshold (calibrate.ts).
 */
function overridden(
  ranked: readonly ClassScore[],
  classes: readonly ClassInfo[],
  threshold: number,
): boolean {
  return (entryAboveRequests(ranked, classes)?.score ?? -Infinity) >= threshold;
}

function decideFrom(
  ranked: ClassScore[],
  classes: readonly ClassInfo[],
  thresholds: Thresholds,
  scoredEntries: (ranked: ClassScore[], min: number) => ScoredEntry[],
  request: boolean,
  requestProbability: number,
): Decision {
  if (request) {
    const above = entryAboveRequests(ranked, classes);
    const related = above && above.score >= thresholds.answer ? scoredEntries([above], 0)[0] : undefined;
    return {
      kind: 'redirect',
      reason: requestReason(ranked, classes),
      score: requestProbability,
      ...(related && { related }),
    };
  }
  const top = route(ranked, classes, false);
  const info = top ? classes[top.cls] : undefined;
  if (!top || !info) return { kind: 'fallback', near: [], score: 0 };
  const best = ranked.find((r) => classes[r.cls]?.kind === 'answer');
  if (info.kind !== 'decline' && best && best.score >= thresholds.answer) {
    const entries = scoredEntries(ranked.slice(0, 4), best.score * SEE_ALSO_RATIO).slice(0, 2);
    return { kind: 'answer', entries, score: best.score };
  }
  // (a question nearest a course detail its content leaves out may be a request: "pls recount my points")
  const declinedTopic = info.kind === 'decline' && info.source !== 'detail';
  const leans = !declinedTopic && requestProbability >= thresholds.redirect * LEANS_TOWARD_REQUEST;
  const nearest = best && scoredEntries([best], 0)[0];
  return {
    kind: 'fallback',
    near: scoredEntries(ranked.slice(0, 6), thresholds.answer * NEAR_SHARE).slice(0, 3),
    ...(nearest && { nearest }),
    score: best?.score ?? 0,
    ...(info.kind === 'decline' && { declined: { by: info.source, similarity: top.knn } }),
    ...(leans && { leans: requestReason(ranked, classes) }),
  };
}

/** The kind of private request a question would be: that of the request class routed to (route). */
function requestReason(ranked: readonly ClassScore[], classes: readonly ClassInfo[]): RedirectReason {
  const top = route(ranked, classes, true);
  const info = top ? classes[top.cls] : undefined;
  return info?.kind === 'redirect' ? info.reason : 'private';
}
