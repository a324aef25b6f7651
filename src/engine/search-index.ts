// The FAQ index: MiniSearch (BM25) finds candidates, then each is scored by how much of the question it covers.
import MiniSearch from 'minisearch';
import type { FaqEntry } from '../content/schemas.ts';
import { analyze, canonicalText, surfaceWords, termOf } from './normalize.ts';
import { STOPWORDS, WORDS } from './synonyms.ts';
import { createTypoCorrector, type TypoCorrector } from './typo.ts';

export interface Scored {
  entry: FaqEntry;
  /** Confidence in [0, 1]: see CONFIDENCE in confidence.ts for how it is read. */
  score: number;
  /** Share of the question's (IDF-weighted) terms found in the entry. */
  coverage: number;
}

export interface QueryTerms {
  terms: string[];
  /** Terms that appear nowhere in the FAQ, even after typo correction. */
  unknown: string[];
}

interface IndexedEntry {
  entry: FaqEntry;
  /** Terms of the questions, title and tags: what the entry is about. */
  about: Set<string>;
  /** Terms of the answer only: what it mentions. */
  mentions: Set<string>;
  variants: Set<string>[];
}

// Field boosts: the authored question variants say best what an entry answers; the answer text mentions
// many things it is not about, so it counts least.
const BOOST = { questions: 3, title: 2, tags: 1.5, answer: 0.6 };
const CANDIDATES = 12;
const RETRIEVAL_TERMS = 3;
// Blend of the three signals (coverage of the question, closeness to one authored variant, relative BM25).
const W_COVERAGE = 0.55;
const W_VARIANT = 0.3;
const W_BM25 = 0.15;
/** A term found only in the answer counts this much of a term the entry is about. */
const ANSWER_ONLY = 0.5;
/**
 * A word the FAQ never uses weighs this many times the rarest FAQ word: in an off-topic question it is usually
 * the subject ("thesis", "password", "calculator"), and the FAQ cannot answer what it never mentions.
 */
const UNKNOWN_WEIGHT = 1.5;

/**
 * The course's main things. An entry about one of them (the assignments) does not answer a question that names
 * another (the lectures) but not its own: "what are the lectures about" is not "what are the assignments about",
 * however rare the shared word ("topic") is. Such a match keeps this share of its score: 0.7 until batch 8, when
 * "how do i register for the exam" still reached the practical sign-up entry (0.47); at 0.65 it falls back, and
 * the dev set, questions.yaml and batches 5 to 8 still score as before.
 */
const SUBJECTS = ['assignment', 'exam', 'lecture', 'practical'].map((w) => termOf(w) ?? w);
const OTHER_SUBJECT_FACTOR = 0.65;

const CALENDAR_DETAIL =
  /^(\d+s?|min|mins|minutes?|hrs?|hours?|secs?|seconds?|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|tonight|tomorrow|yesterday|morning|afternoon|evening|weekend)$/;

export class SearchIndex {
  private readonly mini: MiniSearch<{ id: number }>;
  private readonly entries: IndexedEntry[];
  private readonly df = new Map<string, number>();
  private readonly corrector: TypoCorrector;
  private readonly maxIdf: number;
  private readonly surface: Set<string>;

  constructor(faq: readonly FaqEntry[]) {
    this.entries = faq.map((entry) => {
      const variants = [...entry.questions, entry.title].map((q) => new Set(analyze(q)));
      const about = new Set([...variants.flatMap((v) => [...v]), ...analyze(entry.tags.join(' '))]);
      const mentions = new Set(analyze(entry.answer));
      return { entry, about, mentions, variants };
    });
    const surface = new Set<string>(Object.keys(WORDS));
    for (const e of this.entries) {
      for (const t of new Set([...e.about, ...e.mentions])) this.df.set(t, (this.df.get(t) ?? 0) + 1);
      const texts = [...e.entry.questions, e.entry.title, ...e.entry.tags, e.entry.answer];
      for (const text of texts) {
        for (const w of surfaceWords(text)) surface.add(w);
        for (const w of text.toLowerCase().match(/[a-z]+/g) ?? []) surface.add(w);
      }
    }
    this.maxIdf = Math.log(1 + Math.max(1, this.entries.length));
    this.surface = surface;
    this.corrector = createTypoCorrector(surface, STOPWORDS);
    this.mini = new MiniSearch<{ id: number }>({
      fields: ['questions', 'title', 'tags', 'answer'],
      idField: 'id',
      tokenize: (text) => analyze(text),
      processTerm: (term) => term,
      searchOptions: {
        boost: BOOST,
        combineWith: 'OR',
        tokenize: (text) => text.split(' '),
        processTerm: (t) => t,
      },
      extractField: (doc, field) => {
        const e = this.entries[doc.id]?.entry;
        if (!e) return '';
        if (field === 'id') return doc.id;
        if (field === 'questions') return e.questions.join(' \n ');
        if (field === 'tags') return e.tags.join(' ');
        return field === 'title' ? e.title : e.answer;
      },
    });
    this.mini.addAll(this.entries.map((_, id) => ({ id })));
  }

  get size(): number {
    return this.entries.length;
  }

  isKnown(term: string): boolean {
    return this.df.has(term);
  }

  /** True when the FAQ uses this word as written (or a form with the same term), without typo correction. */
  knowsWord(word: string): boolean {
    const lower = word.toLowerCase();
    const term = termOf(lower);
    return this.surface.has(lower) || (term !== null && this.df.has(term));
  }

  /** True when every word of `text` is one some entry is about (its questions, title or tags). */
  isAbout(text: string): boolean {
    return analyze(text).every((t) => this.entries.some((e) => e.about.has(t)));
  }

  /** Analyses a question, correcting words the FAQ does not know to the nearest word it does. */
  queryTerms(text: string): QueryTerms {
    const terms: string[] = [];
    const unknown: string[] = [];
    // Typos are fixed on the raw words first, so a fixed word can still join a phrase ("teching assistants").
    const canonical = canonicalText(text);
    const fixedText = text.replace(/[A-Za-z]{4,}/g, (w) => {
      const lower = w.toLowerCase();
      if (this.surface.has(lower) || STOPWORDS.has(lower)) return w;
      // a word a course phrase already took in ("get back up to speed") is not a typo of another word ("spend")
      if (!new RegExp(`\\b${lower}\\b`).test(canonical)) return w;
      // (corrections may land on a stopword such as "course"; it is then dropped like any stopword)
      const t = termOf(lower);
      if (t === null || this.df.has(t)) return w;
      return this.corrector.correct(lower) ?? w;
    });
    for (const word of surfaceWords(fixedText)) {
      let term = termOf(word);
      if (term === null) continue;
      if (!this.df.has(term)) {
        const fixed = this.corrector.correct(word);
        const fixedTerm = fixed === null ? null : termOf(fixed);
        if (fixedTerm !== null && this.df.has(fixedTerm)) term = fixedTerm;
        // A bare number or a calendar word the FAQ never uses ("around 5 points", "the wednesday session") is a
        // detail of the question, not its subject.
        else if (CALENDAR_DETAIL.test(word)) continue;
        else unknown.push(term);
      }
      terms.push(term);
    }
    return { terms: [...new Set(terms)], unknown: [...new Set(unknown)] };
  }

  /** The share of the question's weight carried by words the FAQ never uses. */
  unknownShare(query: QueryTerms): number {
    const total = query.terms.reduce((sum, t) => sum + this.weight(t), 0);
    const unknown = query.unknown.reduce((sum, t) => sum + this.weight(t), 0);
    return total > 0 ? unknown / total : 1;
  }

  private weight(term: string): number {
    const df = this.df.get(term);
    return df === undefined ? UNKNOWN_WEIGHT * this.maxIdf : Math.log(1 + this.entries.length / df);
  }

  /** The best entries for the query terms, best first, each with its confidence. */
  search(query: QueryTerms, limit = 5): Scored[] {
    const known = query.terms.filter((t) => this.df.has(t));
    if (known.length === 0) return [];
    // Candidates come from the rarest terms: they single out the entry, while a common word ("exam", "group")
    // would make BM25 score a large part of a big FAQ for little gain. All terms count in the scoring below.
    const rarest = [...known]
      .sort((a, b) => (this.df.get(a) ?? 0) - (this.df.get(b) ?? 0))
      .slice(0, RETRIEVAL_TERMS);
    const hits = this.mini.search(rarest.join(' ')).slice(0, CANDIDATES);
    const top = hits[0]?.score ?? 0;
    const weights = query.terms.map((t) => this.weight(t));
    const total = weights.reduce((a, b) => a + b, 0);
    const scored: Scored[] = [];
    for (const hit of hits) {
      const e = this.entries[hit.id as number];
      if (!e) continue;
      let covered = 0;
      query.terms.forEach((t, i) => {
        const w = weights[i] ?? 0;
        if (e.about.has(t)) covered += w;
        else if (e.mentions.has(t)) covered += w * ANSWER_ONLY;
      });
      const coverage = total > 0 ? covered / total : 0;
      let variant = 0;
      for (const v of e.variants) variant = Math.max(variant, this.weightedJaccard(query.terms, weights, v));
      let score = W_COVERAGE * coverage + W_VARIANT * variant + W_BM25 * (top > 0 ? hit.score / top : 0);
      if (this.namesOtherSubject(query.terms, e.about)) score *= OTHER_SUBJECT_FACTOR;
      scored.push({ entry: e.entry, score, coverage });
    }
    return scored.sort((a, b) => b.score - a.score).slice(0, limit);
  }

  /** True when the question names a main subject the entry is not about, and the entry is about another one. */
  private namesOtherSubject(terms: string[], about: Set<string>): boolean {
    const named = SUBJECTS.filter((t) => terms.includes(t));
    if (named.length === 0 || named.some((t) => about.has(t))) return false;
    return SUBJECTS.some((t) => about.has(t) && !terms.includes(t));
  }

  private weightedJaccard(terms: string[], weights: number[], variant: Set<string>): number {
    let inter = 0;
    let union = 0;
    const seen = new Set<string>();
    terms.forEach((t, i) => {
      const w = weights[i] ?? 0;
      seen.add(t);
      union += w;
      if (variant.has(t)) inter += w;
    });
    for (const t of variant) if (!seen.has(t)) union += this.weight(t);
    return union > 0 ? inter / union : 0;
  }
}
