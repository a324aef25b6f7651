// The answer engine's public API: one engine per Content object, built from that content at first use; `answer`
// never throws. The pipeline: clean -> schedule question? -> classify (FAQ entries, private requests, declined
// topics) -> calibrated decision -> reply. See docs/engine.md.
import type { Content } from '../content/load-content.ts';
import type { FaqEntry } from '../content/schemas.ts';
import type { Passage } from '../content/split-passages.ts';
import { mentionsPerson, personNamed } from './people.ts';
import {
  answersQuestionType,
  asksForUnknownThing,
  countsWhatIsAsked,
  findsWhatIsNear,
  kindAskedOnlyUnsaid,
  namesWhatLasts,
} from './answer-type.ts';
import { courseNamedByWordsCheck, courseNamedCheck } from './other-course.ts';
import { asksHowMuch, lateDaysAsked, namesOtherWork } from './late-question.ts';
import { buildModel, withCourseSynonyms, type Decision, type Model, type ScoredEntry } from './model.ts';
import { readState, stateKey, writeState } from './model-cache.ts';
import { answeringSentence, focusClauses, focusSentences, unwrappedQuestion } from './long-message.ts';
import { ownRecord } from './own-record.ts';
import { asksStaffOnly, asksStaffToAct, asksStaffToActForMe } from './staff-action.ts';
import { definesTermAsked } from './definition.ts';
import {
  courseWords,
  matchAboutQuestion,
  matchDayQuestion,
  matchScheduleQuestion,
  namesByCode,
  saysWhatIsAsked,
  timeAskedNotGiven,
} from './schedule-questions.ts';
import { daysGiven, namesOnlyUndated, type ScheduleAnswer } from './schedule-answer.ts';
import { renderScheduleAnswer } from './schedule-reply.ts';
import { namesOneOfDays } from './schedule-days.ts';
import {
  renderAnswer,
  renderEmpty,
  renderFallback,
  renderNoTopic,
  renderOwnCase,
  renderRedirect,
  renderRelated,
  renderUnstated,
  truncationNote,
} from './render.ts';
import { asksWhatIsSo, FIRST_PERSON_SINGULAR } from './info-query.ts';
import { createPassageIndex, type PassageAnswer } from './passages/index.ts';
import { entryIdOfPassage, faqAnswerPassages, faqQuoteSources } from './faq-quotes.ts';
import { matchPlaceQuestion, renderPlaceAnswer } from './place-questions.ts';
import { renderStaffAnswer, staffRoleAsked } from './staff-questions.ts';
import { checkedText, passageSources, renderPassageAnswer } from './passages/render-quote.ts';
import { analyze, cleanQuestion, normalize, unmarked } from './text.ts';
import { unstatedSentence } from './unstated.ts';
import { namesDayOrMonth, namesRecurringWeekday } from './calendar-names.ts';
import { topicFinder } from './topic-line.ts';
import { isSmallTalk } from './small-talk.ts';
import { answerByParts } from './compound-question.ts';
import { gradeRangeSentence, letterGradeSentence } from '../grade/letter-question.ts';
import { lateCostSentence } from '../grade/late-penalty.ts';
import { latePolicySentence, sharedLatePolicy } from '../grade/late-policy.ts';
import { wordVectors } from './vectors.ts';

export interface EngineReply {
  kind: 'answer' | 'redirect' | 'fallback';
  /** Markdown. */
  text: string;
  sources: { id: string; title: string; score: number }[];
}

export interface AnswerEngine {
  answer(question: string, now: Date, options?: AnswerOptions): EngineReply;
  /** The built model, for evaluation and diagnostics. */
  readonly model: Model;
  readonly origin: ModelOrigin;
}

export interface EngineOptions {
  /** Use the pre-trained word vectors when they are installed (default true); false measures without them. */
  vectors?: boolean;
  /**
   * A folder where what building the model learns is kept between runs (model-cache.ts): a later start on the same
   * content reads it instead of training. Without it, the model is trained at every start.
   */
  cacheDir?: string;
  /**
   * Told of a fault while answering (a bug: the student gets a fallback, not a stack trace), so that it is recorded
   * rather than lost. Given the error only, never the question.
   */
  onError?: (error: unknown) => void;
  /**
   * Which training run (ModelOptions.run; default 0, what the bot ships with). Another run is never read from or kept
   * in the cache folder.
   */
  run?: number;
}

/** Where the model came from: trained in this run, or read back from the cache folder; and a failure to save it. */
export interface ModelOrigin {
  from: 'trained' | 'cache';
  saveError?: string;
}

export interface AnswerOptions {
  /**
   * Whether an entry may be offered besides the one that answers: named under "See also" beside an answer, or among
   * a fallback's closest entries (default: every entry). The bot's entries about its own commands are offered only
   * to a question about the bot (src/self-knowledge/).
   */
  offer?: (entry: FaqEntry) => boolean;
  /**
   * An entry to name under "See also" beside an answer from another entry when the model names none (a question
   * about the bot that a course entry answers names the command it asks about).
   */
  seeAlso?: FaqEntry;
}

const engines = new WeakMap<Content, AnswerEngine>();
let sharedCacheDir: string | undefined;
let sharedOnError: ((error: unknown) => void) | undefined;
let sharedRun = 0;

/** The folder where the engines that `getAnswerEngine` builds keep what they learn (undefined: none). */
export function keepModelsIn(dir: string | undefined): void {
  sharedCacheDir = dir;
}

/** Where the engines that `getAnswerEngine` builds report a fault while answering (EngineOptions.onError). */
export function reportEngineErrorsTo(handler: ((error: unknown) => void) | undefined): void {
  sharedOnError = handler;
}

/** Which training run the engines that `getAnswerEngine` builds from now on are (EngineOptions.run), for eval. */
export function trainAsRun(run: number): void {
  sharedRun = run;
}

/** The engine for this content; the model is built on first use and reused for the same Content object. */
export function getAnswerEngine(content: Content): AnswerEngine {
  let engine = engines.get(content);
  if (!engine) {
    engine = createAnswerEngine(content, {
      ...(sharedCacheDir !== undefined && { cacheDir: sharedCacheDir }),
      // (read when a fault happens, so a handler set after the engine was built is told too)
      onError: (error) => sharedOnError?.(error),
      ...(sharedRun !== 0 && { run: sharedRun }),
    });
    engines.set(content, engine);
  }
  return engine;
}

const round = (n: number): number => Math.round(n * 1000) / 1000;

/** The sources of a reply from the schedule: its events. */
const scheduleSources = (events: readonly { id: string; title: string }[]): EngineReply['sources'] =>
  events.map((e) => ({ id: `schedule:${e.id}`, title: e.title, score: 1 }));

/** A question that asks for a date or a time outright (not "how long ..."). */
const ASKS_WHEN_OUTRIGHT =
  /\b(when|what (day|date|time|weekday)|which (day|date|week|weekday)|dates?|due|deadlines?)\b/;

/** A question for a date: "what date", "exact date", "due date of <work> 3". */
const ASKS_DATE = /\bdates?\b|\bexact(ly)?\b|\bwhich day of\b/;

/**
 * Words by which an answer says when, beside the names of days and months: a date ("9/12"), a time ("10 am", "23:59"),
 * a numbered or recurring week ("week 3", "each week") or a part of the term ("the end of the semester", "finals
 * week"). A word of time alone does not say when: "covers the whole semester" or "ask next week" is no date.
 */
const SAYS_WHEN =
  /\b(\d{1,2}[/.-]\d{1,2}|\d{1,2}(:\d\d)? ?(am|pm|a\.m\.|p\.m\.)|\d{1,2}:\d\d|weeks? \d+|(each|every) week|weekly|daily|today|tomorrow|tonight|noon|midnight|(start|end|beginning|middle|first day|last day|first week|last week) of the (semester|term|quarter)|finals week)\b/i;

/** Whether an answer says when: a weekday or month, a date or time, a week, a part of the term (SAYS_WHEN). */
const saysWhen = (answer: string): boolean => namesDayOrMonth(answer) || SAYS_WHEN.test(unmarked(answer));

/**
 * A question at least this similar to a declined or off-topic example is not looked up in the documents. Below it,
 * being nearest to such an example only means no FAQ entry is nearer (in a course without a FAQ, always).
 */
const DECLINED_FOR_DOCUMENTS = 0.5;

/**
 * In a course of documents alone, a private request is told apart from a question about the course less surely: one
 * whose request probability is below this, and that the documents answer, gets the quote (see its use). Chosen on
 * SyllabusQA's train split and ten courses' questions asked of their syllabi alone: bars from 0.55 to 0.7 gain about
 * as much, and 0.6 keeps most of the gain of the higher ones while sending more requests to the staff (on those
 * courses, 3 of 239 requests got a quote; at 0.7, 7).
 */
const WEAK_REQUEST = 0.6;
/**
 * There, a request the gate is less sure of than this gets the quote too when the documents are sure of it: their
 * confidence's odds at least SURE_QUOTE_ODDS times their threshold's ("can I bring a printed sheet to the exam"
 * against a section that says what the one allowed sheet may hold). Not a request to act for the student ("any
 * chance you could round it up"), nor one for their own record.
 */
const LEANING_REQUEST = 0.8;
const SURE_QUOTE_ODDS = 4;
/**
 * The FAQ's answers are quoted (faq-quotes.ts) for a FAQ of at most this many entries: searching a thousand answers
 * for each question the classifier leaves unanswered would take the engine over its 2 ms per question (npm run bench).
 */
const FAQ_QUOTE_LIMIT = 300;
const oddsOf = (p: number): number => (p >= 1 ? Infinity : p / (1 - p));
/**
 * A question for information: one that asks what is so (info-query.ts: "how many absences can I have before ...",
 * "is there a final exam", "do I need to hand in my code") or asks to be told ("can you tell me about the exams").
 * Not one that asks leave ("can I get more time", "could I hand in late because ...") or asks someone to do
 * something ("will you check it"): those are requests.
 */
const ASKS_TO_BE_TOLD =
  /^\s*(?:can|could|would|will) (?:you|u) (?:tell|give|explain|summari[sz]e|describe|list)\b/i;
/** A question that asks leave or to be spared a rule: "can I hand in later", "any chance of an extension". */
const ASKS_TO_BE_SPARED = /\b(?:can|could|may|might) i\b|\bextensions?\b|\bwaive|\bexcuse|\bexceptions?\b/i;
const asksForInformation = (text: string): boolean => asksWhatIsSo(text) || ASKS_TO_BE_TOLD.test(text);

export function createAnswerEngine(content: Content, options: EngineOptions = {}): AnswerEngine {
  const { cacheDir, onError } = options;
  const run = options.run ?? 0;
  const cache =
    cacheDir === undefined || run !== 0
      ? null
      : { dir: cacheDir, key: stateKey(content, options.vectors !== false) };
  const saved = cache && readState(cache.dir, cache.key);
  const model = buildModel(content, {
    ...(options.vectors !== undefined && { vectors: options.vectors }),
    ...(saved && { learned: saved.model }),
    ...(run !== 0 && { run }),
  });
  const { course } = content;
  const staffNames = staffNamesOf(course);
  // (the words of the course's code, "pols 3000", name the course in a question, not what it asks about)
  const courseName = new Set(analyze([...courseWords(content)].join(' ')));
  // The course's documents answer, with a quote, what no FAQ entry answers with confidence.
  // (with FAQ entries, the documents answer what the FAQ does not: their threshold takes that into account)
  const faqAnswers = content.faq.length ? (q: string) => model.decide(q).kind === 'answer' : undefined;
  const passages = content.documents?.length
    ? createPassageIndex(
        content.documents,
        options.vectors === false ? null : wordVectors(),
        faqAnswers,
        model.restored ? (saved?.passageThreshold ?? undefined) : undefined,
      )
    : null;
  // The FAQ's own answers, as passages, for a detail an answer says that no phrasing asks (faq-quotes.ts); not for a
  // FAQ larger than FAQ_QUOTE_LIMIT.
  const faqQuotes =
    content.faq.length && content.faq.length <= FAQ_QUOTE_LIMIT
      ? createPassageIndex(
          faqAnswerPassages(content.faq),
          options.vectors === false ? null : wordVectors(),
          faqAnswers,
          model.restored ? (saved?.faqQuoteThreshold ?? undefined) : undefined,
        )
      : null;
  const origin: ModelOrigin = { from: model.restored ? 'cache' : 'trained' };
  const fromCache =
    model.restored &&
    (passages === null || saved?.passageThreshold === passages.threshold) &&
    (faqQuotes === null || saved?.faqQuoteThreshold === faqQuotes.threshold);
  if (cache && !fromCache) {
    const error = writeState(cache.dir, cache.key, {
      model: model.learned,
      passageThreshold: passages?.threshold ?? null,
      faqQuoteThreshold: faqQuotes?.threshold ?? null,
    });
    if (error !== null) origin.saveError = error;
  }
  // The answer-type checks, and that a course the question names by its code is the one the answer speaks of (this
  // course is known by the numbers of its code and name).
  const ownName = `${course.code ?? ''} ${course.name}`;
  const answersCourseNamed = courseNamedCheck(ownName);
  const answersCourseNamedByWords = courseNamedByWordsCheck(ownName);
  // (and a duration answers "how long is X" only when the answer is about X: its text or what it is `about`, an
  // entry's title and phrasings or a passage's headings, names it)
  const fitsQuestion = (question: string, answer: string, about: readonly string[] = []): boolean => {
    const asked = normalize(question);
    return (
      answersQuestionType(question, answer, staffNames) &&
      answersCourseNamed(asked, answer) &&
      answersCourseNamedByWords(asked, answer, about) &&
      namesWhatLasts(question, answer, about, (t) => model.spelled(t)) &&
      countsWhatIsAsked(question, answer, about) &&
      findsWhatIsNear(question, answer, about)
    );
  };
  // (the documents are searched in the course's words: its synonyms replaced)
  const inCourseWords = withCourseSynonyms(content);
  /**
   * The confident quote for a question that passes the answer-type checks, or null (of the FAQ's answers: `index`;
   * of a passage `accept` takes).
   */
  const quoteFor = (
    question: string,
    index = passages,
    accept?: (passage: Passage) => boolean,
  ): PassageAnswer | null => {
    const found = index?.answer(inCourseWords(question), accept);
    // (a quote passes the answer-type checks an entry's answer must pass: "which room is the exam in" is not
    // answered by a passage on the exam's grading; and "what is an autoencoder" only by one that says what it is)
    if (
      !found?.confident ||
      !fitsQuestion(question, checkedText(found), [found.passage.document, found.passage.section]) ||
      !definesTermAsked(question, checkedText(found))
    )
      return null;
    return found;
  };
  /**
   * The quote of a FAQ answer for a question the classifier did not answer, when it is confident, passes the checks
   * a document's quote must pass, and its entry is among the nearest the classifier found (`near`); else null.
   */
  const fromFaqAnswers = (
    question: string,
    near: readonly ScoredEntry[],
    note: string,
  ): EngineReply | null => {
    // (its entry must be among the nearest: with none near, no quote is looked for)
    const isNear = (passage: Passage): boolean => {
      const id = entryIdOfPassage(passage);
      return id !== undefined && near.some((s) => s.entry.id === id);
    };
    const found = near.length ? bestQuote(question, true, faqQuotes, isNear) : null;
    if (!found) return null;
    return {
      kind: 'answer',
      text: renderPassageAnswer(found) + note,
      sources: faqQuoteSources(found, content.faq),
    };
  };
  /** Whether a quote answers far more surely than the documents' threshold asks (SURE_QUOTE_ODDS). */
  const isSure = (found: PassageAnswer): boolean =>
    oddsOf(found.score) >= SURE_QUOTE_ODDS * oddsOf(passages?.threshold ?? 1);
  /** A quote as a reply. */
  const quoteReply = (found: PassageAnswer, note: string): EngineReply => ({
    kind: 'answer',
    text: renderPassageAnswer(found) + note,
    sources: passageSources(found),
  });
  /**
   * The best confident quote for a question, of the documents or (`index`) the FAQ's answers, that `accept` takes.
   * With `bySentence`, a long message the quotes do not answer as a whole may be answered by one of its sentences,
   * the most confident ("My roommate took another class graded on exams alone. How is this one graded?"), but not
   * when the message names another course the quote does not.
   */
  const bestQuote = (
    question: string,
    bySentence: boolean,
    index = passages,
    accept?: (passage: Passage) => boolean,
  ): PassageAnswer | null => {
    // (with nothing to quote, the message is not cut into sentences either: that alone costs up to a millisecond)
    if (!index) return null;
    let found = quoteFor(question, index, accept);
    if (!found && bySentence) {
      const asked = normalize(question);
      for (const sentence of focusSentences(question)) {
        const quote = quoteFor(sentence, index, accept);
        if (!quote || (found && quote.score <= found.score)) continue;
        const about = [quote.passage.document, quote.passage.section];
        if (
          answersCourseNamed(asked, checkedText(quote)) &&
          answersCourseNamedByWords(asked, checkedText(quote), about)
        )
          found = quote;
      }
    }
    return found;
  };
  /** The quote of the documents for a question, as a reply (bestQuote). */
  const fromDocuments = (question: string, note: string, bySentence = false): EngineReply | null => {
    const found = bestQuote(question, bySentence);
    return found && quoteReply(found, note);
  };

  // The late policy every deadline follows, for questions on what handing in some days late costs.
  const allEvents = [...content.schedule.events, ...(content.schedule.undated ?? [])];
  const latePolicy = sharedLatePolicy(
    allEvents.filter((e) => e.type === 'deadline'),
    course.grading?.late,
  );
  const parts = course.grading?.components ?? [];
  const itemPoints = parts.length ? Math.max(...parts.map((c) => c.points_each)) : undefined;
  /** What handing in as late as the question says costs, from the course's late policy; null if it asks no such thing. */
  const lateCost = (text: string): string | null => {
    const days = latePolicy ? lateDaysAsked(text) : null;
    if (!latePolicy || days === null) return null;
    // (a rule that the deadlines carry, with none for the course, holds for them: not for a lab that is no deadline)
    if (!course.grading?.late && namesOtherWork(inCourseWords(text), allEvents)) return null;
    return lateCostSentence(latePolicy, days, itemPoints);
  };

  /**
   * Whether a FAQ answer says the day of a piece of work named by its number ("when was a1 due"): an entry on that
   * kind of work that gives another date or none does not answer when it was. True for other questions.
   */
  const saysDayAsked = (question: string, answer: string, schedule: ScheduleAnswer): boolean => {
    if (!namesByCode(question, content, model.synonyms)) return true;
    const days = daysGiven(schedule);
    return days.length === 0 || namesOneOfDays(answer, days, content.schedule.timezone);
  };

  /**
   * Whether a FAQ answer says when, for a question that asks it outright ("final exam date", "when do we read <a
   * book>" after the term): an entry that only names the thing ("bring a pencil to the final exam", "the required
   * books are ...") does not, and the schedule's word when it was says more. True for questions that do not ask when.
   */
  const saysWhenIfAsked = (question: string, answer: string): boolean =>
    !ASKS_WHEN_OUTRIGHT.test(normalize(question)) || saysWhen(answer);

  /**
   * A question that names one of the course's people and is not answered with confidence goes to the nearest entry
   * whose answer names them ("who is <a TA>": the staff entry lists the TA, though none of its phrasings has the
   * name). A declined topic stays declined.
   */
  function byPersonNamed(text: string, d: Decision): Decision {
    if (d.kind !== 'fallback' || d.declined) return d;
    const person = personNamed(text, staffNames);
    const { nearest } = d;
    if (person === undefined || !nearest || !mentionsPerson(nearest.entry.answer, person)) return d;
    return { kind: 'answer', entries: [nearest], score: nearest.score };
  }

  /**
   * A question when a topic comes that is not answered with confidence goes to the one entry whose answer has a line
   * naming the topic, when that answer says when (topic-line.ts). A question near an off-topic example stays
   * declined; a topic the course declines to explain ("what is <a method>") is still one of its topics, and when it
   * comes is answered.
   */
  const entryNamingTopic = topicFinder(content.faq, saysWhen);
  const topicEntry = (text: string, d: Decision): FaqEntry | undefined =>
    d.kind === 'fallback' &&
    !(d.declined && d.declined.by !== 'course' && d.declined.similarity >= DECLINED_FOR_DOCUMENTS)
      ? entryNamingTopic(normalize(text), courseName)
      : undefined;

  /**
   * The sentence of an entry's answer that says what the message asks is not given (unstated.ts), or null. In a long
   * message, context around the question may name what the answer does say ("I know it is due at 10 am. What is the
   * penalty for handing in late?"): when the whole is not asked about what is not given, each question it asks is, and
   * every one of them must be.
   */
  const unstatedIn = (text: string, entry: FaqEntry, ownPhrasing: boolean): string | null => {
    const whole = unstatedSentence(text, entry.answer, entry.title, ownPhrasing, courseName);
    if (whole !== null) return whole;
    const asks = focusSentences(text).filter((s) => s.endsWith('?'));
    const each = asks.map((s) => unstatedSentence(s, entry.answer, entry.title, false, courseName));
    return each.length > 0 && each.every((u) => u !== null) ? (each[0] ?? null) : null;
  };

  /** The model's decision, with the answer-type checks an entry's answer must pass to be given. */
  function judge(text: string): Decision {
    const d = byPersonNamed(text, model.decide(text));
    if (d.kind !== 'answer') return d;
    const best = d.entries[0];
    if (
      !best ||
      !fitsQuestion(text, best.entry.answer, [best.entry.title, ...best.entry.questions]) ||
      asksForUnknownThing(text, (w) => model.knowsWord(w))
    ) {
      return { kind: 'fallback', near: d.entries, score: d.score, wrongType: true };
    }
    return d;
  }

  function decide(question: string, now: Date, options: AnswerOptions): EngineReply {
    const clean = cleanQuestion(question);
    if (!clean.hasWords) {
      return {
        kind: 'fallback',
        text: renderEmpty(clean.text.length > 0 || question.length > 0),
        sources: [],
      };
    }
    const note = truncationNote(clean.truncated);
    // (small talk, "great, thanks!", has nothing to look up either, unless the course wrote it as a phrasing)
    if (!model.hasTopic(clean.text) || (isSmallTalk(clean.text) && !model.isPhrasing(clean.text)))
      return { kind: 'fallback', text: renderNoTopic(course) + note, sources: [] };

    // Plain "when" questions about an event of the schedule ("when is the second assignment due") are answered from
    // the schedule: the matcher accepts a question only when every word of it frames a time or names the event.
    // ("is there <event> on <date>", "anything on <weekday>": the events of that day, or that there are none)
    // (a FAQ phrasing asked word for word that does not ask "when" outright is its entry's: "how long do i have to
    // present" asks for a duration, though "how long do i have" can ask for the time left)
    const isPhrasing = model.isPhrasing(clean.text);
    const ownPhrasing = isPhrasing && !ASKS_WHEN_OUTRIGHT.test(normalize(clean.text));
    // (a question for the student's own grade, score or hand-in, which no content holds, goes to the staff, unless the
    // course wrote it as a phrasing of its own: own-record.ts)
    const record = isPhrasing ? null : ownRecord(clean.text);
    const schedule = record
      ? null
      : (matchDayQuestion(clean.text, content, now, model.synonyms) ??
        (ownPhrasing ? null : matchScheduleQuestion(clean.text, content, now, model.synonyms)) ??
        matchAboutQuestion(clean.text, content, model.synonyms));
    // When nothing asked about is still to come (after the term), a FAQ entry that answers says more than a date past.
    // (its answer must say what was asked about: a FAQ entry on the midterm does not answer "when was quiz 1 due")
    // (as for a question what an event is about: "what is assignment 1 about" is better said by a FAQ entry on it)
    const about = schedule?.kind === 'occurrences' && schedule.about === true;
    // (so too when nothing asked about has a date yet: an entry that says when it recurs, "due each week", says more
    // than "not yet announced")
    const undatedOnly = schedule !== null && namesOnlyUndated(schedule);
    const judged = schedule?.over || about || undatedOnly ? judge(clean.text) : undefined;
    const faqBest = judged?.kind === 'answer' ? judged.entries[0] : undefined;
    const faqAnswer = faqBest ? faqBest.entry.answer : null;
    // (an entry's own phrasing asked word for word, "what time is lecture", is what its TA wrote it to answer, though
    // its answer says "class")
    const faqAnswers =
      schedule !== null &&
      faqAnswer !== null &&
      ((faqBest?.score === 1 && isPhrasing) ||
        saysWhatIsAsked(clean.text, faqAnswer, content, model.synonyms)) &&
      (about ||
        (saysDayAsked(clean.text, faqAnswer, schedule) &&
          (!schedule.over || saysWhenIfAsked(clean.text, faqAnswer))));
    if (schedule && !faqAnswers) {
      const events =
        schedule.kind === 'deadlines'
          ? schedule.events
          : [
              // (the events it names instead when nothing asked about is on then: "no deadline this week; the next")
              ...new Map(
                [...schedule.occurrences, ...(schedule.on?.instead ?? [])].map((o) => [o.event.id, o.event]),
              ).values(),
              ...(schedule.undated ?? []),
            ];
      // (when nothing asked about has a date yet, the reply says so and where it will be announced, but the question
      // is not answered: it counts as a fallback, and is not posted on a discussion board, where staff can answer it;
      // so too when a clock time is asked and the events are all day or their time is still to be announced)
      // (but a note on an event without a date that says the weekday it recurs on, "due on Thursdays, a week after
      // it is posted", answers when it is, unless a date is asked for)
      const weekly =
        undatedOnly &&
        !ASKS_DATE.test(normalize(clean.text)) &&
        events.length > 0 &&
        events.every((e) => 'tba' in e && namesRecurringWeekday(e.note ?? ''));
      return {
        kind: (undatedOnly && !weekly) || timeAskedNotGiven(clean.text, events) ? 'fallback' : 'answer',
        text: renderScheduleAnswer(schedule, content, now) + note,
        sources: scheduleSources(events),
      };
    }
    // (an entry that answers a question about events without a date yet but names no weekday or month, as one on what
    // the exam is like, comes after the schedule's word that the date is not yet announced; one that names one says
    // when)
    const notYetDated =
      schedule && faqAnswers && undatedOnly && faqAnswer !== null && !namesDayOrMonth(faqAnswer)
        ? `${renderScheduleAnswer(schedule, content, now)}\n\n`
        : '';
    let decision: Decision = record
      ? { kind: 'redirect', reason: record, score: 1 }
      : (judged ?? judge(clean.text));
    // A long message may hold its question among context: when the whole is not answered with confidence, the most
    // confident of its sentences may answer. (A sentence alone never makes the message a request: "I'm trying to
    // plan my weeks" reads like one out of context.) So may a question put indirectly, without the words that wrap
    // it: "could you tell me how the parts are weighted" is asked as "how the parts are weighted".
    if (decision.kind === 'fallback') {
      const clauses = focusClauses(clean.text);
      const unwrapped = [clean.text, ...clauses].flatMap((c) => unwrappedQuestion(c) ?? []);
      for (const focus of [...clauses, ...unwrapped]) {
        const d = judge(focus);
        if (d.kind === 'answer' && d.score > (decision.kind === 'fallback' ? 0 : decision.score))
          decision = d;
      }
      // (and a question when a topic comes, by the entry whose answer names it in a line: topicEntry)
      const topical = topicEntry(clean.text, decision);
      if (topical && fitsQuestion(clean.text, topical.answer, [topical.title, ...topical.questions]))
        decision = {
          kind: 'answer',
          entries: [{ entry: topical, score: decision.score }],
          score: decision.score,
        };
    } else if (decision.kind === 'redirect' && !record) {
      // (a general question among context about the student may answer: answeringSentence)
      const sentences = focusSentences(clean.text).map((sentence) => ({
        sentence,
        asks: sentence.endsWith('?'),
        d: judge(sentence),
      }));
      decision = answeringSentence(sentences, decision) ?? decision;
    }
    // A question that asks the staff to act on the student's own case ("can you regrade my essay", "could you move my
    // exam") is theirs to decide, whatever the course says on its subject: it goes to them, with the entry that says
    // what the course's rule is. Not when the entry was written for such requests (a phrasing of its own asks one,
    // "will you round up my grade"): the course has answered them.
    const [answering] = decision.kind === 'answer' ? decision.entries : [];
    if (answering && asksStaffToActForMe(clean.text) && !answering.entry.questions.some(asksStaffToActForMe))
      decision = { kind: 'redirect', reason: 'private', score: decision.score, related: answering };
    // (a question on what some days late cost gets the sum beside the answer, or on its own with the policy; a
    // request that also asks how much, "1 day late, how much do I lose and can you waive it", gets the sum too)
    const cost = lateCost(clean.text);
    // (likewise a question which grade a final percentage gets, "is 86.9 a B+", from the course file's cut-offs)
    // (and what one grade spans, "A- range", "what do I need for a B+")
    const letter =
      letterGradeSentence(clean.text, course.grading) ?? gradeRangeSentence(clean.text, course.grading);
    // In a course of documents alone, the request gate has learned no course questions (a FAQ's phrasings teach it
    // what is not a request), so it leans toward requests on everyday questions ("participation percentage", "test 1
    // date"). A question it only leans toward that the documents answer gets the quote, and where to write if it is
    // about the student's own case; so does a question for information ("how does missing a class affect my grade?"),
    // though the gate is sure of it, and one it is less sure of that the documents answer far more surely than their
    // threshold asks (LEANING_REQUEST), unless it asks for the student's own record. Not when the course words its reply
    // to that kind of request itself ("grades are not discussed by e-mail"), nor for a question about the channel
    // that is not answered: those replies say what the quote would not.
    if (
      decision.kind === 'redirect' &&
      content.faq.length === 0 &&
      decision.reason !== 'channel' &&
      !course.replies?.redirect &&
      !course.replies?.redirect_for?.[decision.reason]
    ) {
      const quotable = decision.score < WEAK_REQUEST || (!record && asksForInformation(clean.text));
      const quotableIfSure =
        !quotable && !record && decision.score < LEANING_REQUEST && !asksStaffToAct(clean.text);
      // (the whole message only: a request's question alone may be none, "Is late work accepted?" after "I was ill")
      const found = quotable || quotableIfSure ? quoteFor(clean.text) : null;
      const quoted = found && (quotable || isSure(found)) ? quoteReply(found, '') : null;
      if (quoted) {
        // (with what the question's days late cost, or the grade it names, worked out as for any question)
        const worked = [cost, letter].filter((t) => t !== null).map((t) => `${t}\n\n`);
        const own = renderOwnCase(course, decision.reason);
        return { ...quoted, text: `${worked.join('')}${quoted.text}\n\n${own}${note}` };
      }
    }
    // (a question what handing in late costs that asks nothing of the staff, "I'm a day late, how much will it cost
    // me", is answered with the sum, beside the entry on the request's subject when there is one: the student asks
    // what the rule is, not to be spared it)
    if (
      decision.kind === 'redirect' &&
      !record &&
      cost &&
      latePolicy &&
      asksHowMuch(clean.text) &&
      !asksStaffToAct(clean.text) &&
      !ASKS_TO_BE_SPARED.test(clean.text)
    )
      decision = decision.related
        ? { kind: 'answer', entries: [decision.related], score: decision.related.score }
        : { kind: 'fallback', near: [], score: decision.score };
    if (decision.kind === 'redirect') {
      const sum = cost && asksHowMuch(clean.text) ? `\n\n${cost}` : '';
      // (with the entry on the request's subject, "I was sick, can I hand in late": what the course's rule is)
      const related =
        decision.related &&
        decision.reason !== 'channel' &&
        fitsQuestion(clean.text, decision.related.entry.answer, [
          decision.related.entry.title,
          ...decision.related.entry.questions,
        ])
          ? decision.related
          : undefined;
      const rule = related ? `\n\n${renderRelated(related.entry)}` : '';
      return {
        kind: 'redirect',
        text: renderRedirect(course, decision.reason) + sum + rule + note,
        sources: related ? [{ id: related.entry.id, title: related.entry.title, score: related.score }] : [],
      };
    }
    const offered = options.offer ?? (() => true);
    if (decision.kind === 'answer') {
      const [best, ...others] = decision.entries;
      // (an entry that only says the course's information does not give what is asked does not answer it: its whole
      // answer is given, as a fallback; a phrasing of its own asked word for word, only when all it asks is not given)
      const asWritten = best?.score === 1 && isPhrasing;
      const unstated = best && !cost && !letter ? unstatedIn(clean.text, best.entry, asWritten) : null;
      if (best && unstated !== null) {
        return {
          kind: 'fallback',
          text: renderUnstated(course, best.entry) + note,
          sources: [{ id: best.entry.id, title: best.entry.title, score: round(best.score) }],
        };
      }
      if (best) {
        const entries = [best, ...others.filter((s) => offered(s.entry))];
        const also = options.seeAlso;
        if (!entries[1] && also && also.id !== best.entry.id) entries.push({ entry: also, score: 0 });
        const second = entries[1];
        const beside = second ? { seeAlso: second.entry } : {};
        return {
          kind: 'answer',
          text:
            (best.entry.id === faqBest?.entry.id ? notYetDated : '') +
            renderAnswer(best.entry, course, beside) +
            (cost ? `\n\n${cost}` : '') +
            (letter ? `\n\n${letter}` : '') +
            note,
          sources: entries.map((s) => ({
            id: s.entry.id,
            title: s.entry.title,
            score: round(s.score),
          })),
        };
      }
    }
    if (cost && latePolicy) {
      return {
        kind: 'answer',
        text: `${cost}\n\n${latePolicySentence(latePolicy)}` + note,
        sources: [{ id: 'course:late-policy', title: 'Late policy', score: 1 }],
      };
    }
    if (letter) {
      return {
        kind: 'answer',
        text: letter + note,
        sources: [{ id: 'course:grading', title: 'Grading', score: 1 }],
      };
    }
    // An entry that matched with confidence but gives no answer of the kind asked, because its answer says that is
    // not given ("when are lessons due" against "the syllabus does not say when each is due"; "where is class" against
    // "the syllabus does not give the lecture room"), is shown whole as the fallback, as when it matched outright: its
    // TA read the syllabus for it, so no quote answers instead.
    const typeMiss = decision.kind === 'fallback' && decision.wrongType ? decision.near[0] : undefined;
    if (
      typeMiss &&
      (unstatedIn(clean.text, typeMiss.entry, typeMiss.score === 1 && isPhrasing) !== null ||
        kindAskedOnlyUnsaid(clean.text, typeMiss.entry.answer, staffNames))
    ) {
      return {
        kind: 'fallback',
        text: renderUnstated(course, typeMiss.entry) + note,
        sources: [{ id: typeMiss.entry.id, title: typeMiss.entry.title, score: round(typeMiss.score) }],
      };
    }
    if (decision.kind === 'fallback') {
      // A question where events of the schedule are held, which no FAQ entry answers, gets their locations; one who
      // the TAs or the lecturers are, the course file's staff.
      const place = matchPlaceQuestion(clean.text, content, now, model.synonyms);
      if (place)
        return {
          kind: 'answer',
          text: renderPlaceAnswer(place) + note,
          sources: scheduleSources(place.events),
        };
      const role = staffRoleAsked(clean.text, content);
      if (role) {
        const sources = [{ id: 'course:staff', title: 'Staff', score: 1 }];
        return { kind: 'answer', text: renderStaffAnswer(role, content) + note, sources };
      }
    }
    // A question the engine declines (close to a topic the course declines, or to one of its off-topic examples) is
    // not answered by a quote either.
    const declined = decision.kind === 'fallback' ? decision.declined : undefined;
    // (near an off-topic example or a topic the course declines; a course detail it leaves out is a course matter)
    const nearDeclined =
      declined !== undefined && declined.by !== 'detail' && declined.similarity >= DECLINED_FOR_DOCUMENTS;
    if (!declined || declined.similarity < DECLINED_FOR_DOCUMENTS) {
      const quoted =
        fromDocuments(clean.text, note, true) ??
        (decision.kind === 'fallback' ? fromFaqAnswers(clean.text, decision.near, note) : null);
      if (quoted) return quoted;
    }
    // A question nothing answers that the request gate leans toward is a private request put in new words: the staff
    // can answer it, the discussion board cannot.
    if (decision.kind === 'fallback' && decision.leans)
      return { kind: 'redirect', text: renderRedirect(course, decision.leans) + note, sources: [] };
    // (so is one that asks the staff to act for the student, "can you drop me from the course", "override please": no
    // content does that, and the discussion board cannot either)
    // (what only the staff give, a letter of recommendation, goes to them though it is near an off-topic example)
    if (
      decision.kind === 'fallback' &&
      (!nearDeclined || (declined?.by === 'engine' && asksStaffOnly(clean.text))) &&
      asksStaffToAct(clean.text)
    )
      return { kind: 'redirect', text: renderRedirect(course, 'private') + note, sources: [] };
    const near = decision.kind === 'fallback' ? decision.near.filter((s) => offered(s.entry)) : [];
    // (a message about the student's own case that nothing answers, "my cousin's wedding is that weekend, what do I
    // do", may be a private request put in words the gate has not learned: the reply says where to write)
    // (not for one near an off-topic example or a topic the course declines: "can you plan my trip")
    const own =
      !nearDeclined && FIRST_PERSON_SINGULAR.test(normalize(clean.text))
        ? renderOwnCase(course, 'private')
        : undefined;
    return {
      kind: 'fallback',
      text:
        renderFallback(
          course,
          near.map((s) => s.entry),
          own,
        ) + note,
      sources: near.map((s) => ({ id: s.entry.id, title: s.entry.title, score: round(s.score) })),
    };
  }

  return {
    model,
    origin,
    answer(question, now, options = {}) {
      try {
        const text = typeof question === 'string' ? question : '';
        return answerByParts(
          text,
          () => decide(text, now, options),
          (part) => decide(part, now, options),
        );
      } catch (error) {
        // A bug must not take the bot down or show a stack trace: the student still gets somewhere to go, and the
        // fault is reported (a failing report does not change the reply).
        try {
          onError?.(error);
        } catch {
          // (nothing more to do: the reply is what matters here)
        }
        return { kind: 'fallback', text: renderFallback(course, []), sources: [] };
      }
    },
  };
}

/** The people the course file names: its staff, and the person private requests reach. */
export function staffNamesOf(course: Content['course']): string[] {
  const staff = course.staff;
  return [
    ...(staff ? [...staff.lecturers, staff.coordinator, ...staff.teaching_assistants, ...staff.others] : []),
    course.contacts.coordinator ?? '',
  ].filter((n) => n !== '');
}
