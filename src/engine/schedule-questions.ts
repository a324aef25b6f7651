// Answers "when" questions from the schedule: events are found by the words of their titles, their aliases and their
// type, and by their order in the term ("the last assignment", "the next lab"), never by an id convention.
import type { Content } from '../content/load-content.ts';
import { EVENT_TYPE_WORDS } from '../content/schemas.ts';
import { DateTime } from 'luxon';
import {
  allOccurrences,
  byDayOnly,
  undatedEvents,
  type Occurrence,
  type ScheduleEvent,
  type UndatedEvent,
} from '../schedule/schedule.ts';
import {
  dayAround,
  daysAsked,
  isDayWord,
  namesDays,
  weekdayAround,
  type DaysAsked,
} from './schedule-days.ts';
import {
  CHAT_FILLERS,
  normalize,
  NUMBER_WORDS,
  ORDINALS,
  QUESTION_WORD,
  stem,
  STOPWORDS,
  tokens,
} from './text.ts';
import { instantOf } from './time-memo.ts';
import {
  isUndated,
  namesOnlyUndated,
  type AnyEvent,
  type DeadlinesAnswer,
  type ScheduleAnswer,
} from './schedule-answer.ts';
import { onDayOfEach, repeats, SESSION_TYPES, seriesKeys, someSessionsOf } from './schedule-series.ts';

/**
 * A question asking for a moment, a time left or a schedule. ("how long do i have to take the quiz" asks how long
 * taking it may last, not the time left before it.)
 */
const ASKS_TIME =
  /\b(when|what (day|date|time|weekday)|which (day|date|week|weekday)|by when|until when|due|deadlines?|due dates?|time left|days left|how (long|much time|many days|many hours|many weeks) (until|till|before|left|remain|do (i|we) (still )?have(?! to (take|write|sit|do|complete|finish|answer|present)\b))|next|upcoming|dates?|schedule|start|starts|begin|begins|what week)\b/;

const HAS_QUESTION_WORD = new RegExp(`\\b${QUESTION_WORD}\\b`);

/** The ordinal words ("first", "2nd", ...), as one alternation for the patterns below. */
const ORDINAL_WORD = [...ORDINALS.keys()].join('|');

/**
 * A question put as a topic and the word week, with no question word ("<topic> week"): which week the topic is
 * taught. (Not a week given by its place, "labs the first week", "quiz this week".)
 */
const TOPIC_WEEK = new RegExp(
  `^(?!.*\\b${QUESTION_WORD}\\b)[a-z0-9 ]*[a-z]{3,}(?<!\\b(this|next|last|each|per|every|that|one|final|same|whole|entire|${ORDINAL_WORD})) week[?!.]*$`,
);

/** Words that shape a "when" question without naming what it is about. */
const FRAME = new Set([
  ...(
    'when what which whats is are was were will be the a an of for to do does did i we you my our it its by until ' +
    'till on at in due deadline deadlines date dates day days weekday weekdays time times exactly exact again next upcoming coming left ' +
    'remaining how long much many hours hour weeks week minutes there any all please pls so and or tell me us ' +
    'schedule start starts begin begins held take takes place happen happening submit hand turn upload handed ' +
    'submitted get have has got still can could should would is this that these those one ones ' +
    // "when does quiz 3 close", "when do submissions open": when work can be handed in
    'close closes closed closing open opens ' +
    // "what time does class start and end", "when does the exam finish": when a session is over
    'end ends finish finishes ' +
    // "when do we cover X": a topic is found in the titles of the classes that teach it
    'cover covered covering discuss discussed learn learning talk talking about study studying teach taught go over ' +
    'doing looking look r u ' +
    // "when does the lab meet", "when is the exam scheduled", "what time do labs usually start" (not "meeting" or
    // "discussion": events are called so)
    'meet meets scheduled taking occur occurs occurring usually normally typically generally roughly approximately ' +
    'anyone someone'
  ).split(' '),
  // greetings and chat fillers ("hey when's quiz 2", "ok thanks, when is the midterm", "when is the exam lmao")
  ...CHAT_FILLERS,
]);

/**
 * Words that name the course itself, not one of its events ("what is the course schedule", "when is the psych 209
 * exam"): "course", and the words and numbers of the course's code. An event whose title mentions the course ("assign
 * your credits to this course") is not found by them; they are read as framing the question.
 */
export function courseWords(content: Content): Set<string> {
  const words = new Set(['course', 'courses']);
  const code = content.course.code ?? '';
  // (a short number is left alone: "2" in "BIO 2" is more often an event's, "lab 2")
  for (const t of tokens(code)) if (!/^\d{1,2}$/.test(t)) words.add(t);
  // "PSYCH 209H" is also asked as "psych209h" and "209"
  const joined = normalize(code).replace(/[^a-z0-9]+/g, '');
  if (joined.length > 2) words.add(joined);
  for (const n of code.match(/\d{3,}/g) ?? []) words.add(n);
  return words;
}

/** A question when something is taught ("when do we cover PCA", "when do we discuss the Schelling model"). */
const ASKS_COVER =
  /\b(cover|covered|covering|discuss|discussed|learn|learning|talk about|study|teach|taught|go over|read|reading|doing|do we do|get to|looking at|start)\b/;

/** "start" or "begin" and the word after it, past a verb of studying ("when do we start (learning) <topic>"). */
const STARTS_TOPIC =
  /\b(?:start|starts|begin|begins)\s+(?:(?:learning|covering|reading|doing|discussing|studying|talking about|with|on)\s+)?(?:the\s+)?([a-z][a-z0-9]*)/;

/** A question about handing something in ("due", "deadline", "submit", "close"): it prefers deadlines to sessions. */
const ASKS_DUE = /\b(due|deadlines?|submit(ted)?|hand(ed)? in|turn(ed)? in|upload(ed)?|close[sd]?|closing)\b/;

/** Words by which an event's title says what it is not ("no classes"). */
const NEGATIONS = new Set(['no', 'not', 'without', 'cancelled', 'canceled']);

interface EventWords {
  event: AnyEvent;
  stems: Set<string>;
  /** Stems its title says it is not ("Spring break (no classes)", "No lecture"): it is not found by them alone. */
  negated: Set<string>;
  /** Numbers and codes in the title and aliases ("2", "a2", "hw1"). */
  codes: Set<string>;
  /** Stems of the words that name its type ("lecture", and "class" for lectures: EVENT_TYPE_WORDS). */
  typeStems: string[];
  /** Stems of its description's words (what a session covers: "when do we discuss <a reading>"). */
  described: Set<string>;
  /** The words of its title and of each alias, in order, one list per name (short forms are read from them). */
  names: string[][];
}

const eventWordCache = new WeakMap<AnyEvent, EventWords>();

/** Words that say where or how an event is held after "in" ("in class", "in-class", "in person"), not what it is. */
const HELD_IN = new Set(['class', 'lecture', 'person']);

function wordsOf(event: AnyEvent, synonyms: ReadonlyMap<string, string>): EventWords {
  let w = eventWordCache.get(event);
  if (w) return w;
  const typeStems = [event.type, ...EVENT_TYPE_WORDS[event.type]].map(stem);
  const stems = new Set<string>(typeStems);
  const negated = new Set<string>();
  const codes = new Set<string>();
  const names: string[][] = [];
  for (const text of [event.title, ...(event.aliases ?? [])]) {
    names.push(tokens(text).map((t) => synonyms.get(t) ?? t));
    // a negation holds to the end of its phrase: "No lecture or section", "Holiday (no Monday labs)"
    for (const phrase of text.split(/[(),;:.!?]/)) {
      let negating = false;
      let previous = '';
      for (const t of tokens(phrase)) {
        const word = synonyms.get(t) ?? t;
        if (/\d/.test(word)) codes.add(word);
        // ("Midterm (in class)", "In-class quizzes": where it is held, which names no class)
        else if (!(previous === 'in' && HELD_IN.has(word))) stems.add(stem(word));
        if (negating) negated.add(stem(word));
        if (NEGATIONS.has(t)) negating = true;
        previous = t;
      }
    }
    // an alias such as "hw 1" or "a 2" is also one code ("hw1")
    const joined = normalize(text).replace(/[^a-z0-9]+/g, '');
    if (/\d/.test(joined) && joined.length <= 8) codes.add(joined);
  }
  const described = new Set<string>();
  for (const t of tokens(event.description ?? '')) {
    const word = synonyms.get(t) ?? t;
    if (!/\d/.test(word) && !STOPWORDS.has(word)) described.add(stem(word));
  }
  w = { event, stems, negated, codes, typeStems, described, names };
  eventWordCache.set(event, w);
  return w;
}

/** A short form is at least this long: "app", "PCA" (two letters, "TA", "AI", are too often words of their own). */
const MIN_SHORT_FORM = 3;

/**
 * The stems a question's topic words (`words`, their `stems`) ask by, a short form among them spelled out as the
 * words of an event's name it stands for. A word that names no event (`names`: by its name, or by its description
 * where the question asks what a session covers) is read as the initials of consecutive words of a name ("PCA" for
 * "Principal Component Analysis") or, when the question has other topic words and they all name an event, as the
 * start of one word of that event's name ("app" for "Application", "comp" for "Compensation"), when that reading is
 * one alone. Other words stay as they are (and the question then names no event, as before).
 */
function spelledOut(
  words: readonly string[],
  stems: readonly string[],
  all: readonly EventWords[],
  names: (e: EventWords, s: string) => boolean,
): string[] {
  const named = (s: string): boolean => all.some((e) => names(e, s));
  if (stems.every(named)) return [...stems];
  const out: string[] = [];
  stems.forEach((s, i) => {
    const word = words[i] ?? '';
    if (named(s) || word.length < MIN_SHORT_FORM || !/^[a-z]+$/.test(word)) {
      out.push(s);
      return;
    }
    const readings = new Set<string>();
    const others = stems.filter((_, k) => k !== i);
    for (const e of all) {
      for (const name of e.names) {
        // initials of consecutive words
        for (let at = 0; at + word.length <= name.length; at++) {
          const run = name.slice(at, at + word.length);
          if (run.every((w, k) => w[0] === word[k] && /^[a-z]/.test(w)))
            readings.add(run.map(stem).join(' '));
        }
        // the start of a word, in an event that the question's other words all name
        if (others.length > 0 && others.every((o) => names(e, o)))
          for (const w of name) if (w.length > word.length && w.startsWith(word)) readings.add(stem(w));
      }
    }
    const [only] = readings;
    if (readings.size === 1 && only !== undefined) out.push(...only.split(' '));
    else out.push(s);
  });
  return out;
}

/** The codes of a schedule's events ("ps6"), and the names and numbers they have apart ("hw 1" of "HW 1"). */
interface EventCodes {
  codes: ReadonlySet<string>;
  apart: ReadonlySet<string>;
}

const eventCodesCache = new WeakMap<Content['schedule'], EventCodes>();

function eventCodes(schedule: Content['schedule'], synonyms: ReadonlyMap<string, string>): EventCodes {
  let known = eventCodesCache.get(schedule);
  if (!known) {
    const codes = new Set<string>();
    const apart = new Set<string>();
    for (const e of [...schedule.events, ...undatedEvents(schedule)]) {
      const w = wordsOf(e, synonyms);
      for (const code of w.codes) {
        codes.add(code);
        for (const s of w.stems) apart.add(`${s} ${code}`);
      }
    }
    known = { codes, apart };
    eventCodesCache.set(schedule, known);
  }
  return known;
}

/**
 * A question's text with a name and number written apart joined into the code an event has ("ps 6" for an event
 * with the alias "ps6"), when no event has the name and the number apart: the two are the same name.
 */
function joinEventCodes(text: string, content: Content, synonyms: ReadonlyMap<string, string>): string {
  if (!/[a-z] \d/.test(text)) return text;
  const { codes, apart } = eventCodes(content.schedule, synonyms);
  return text.replace(/\b([a-z]{1,6}) (\d{1,3}[a-z]?)\b/g, (whole, name: string, number: string) => {
    const code = name + number;
    const named = apart.has(`${stem(synonyms.get(name) ?? name)} ${number}`);
    return !named && codes.has(code) ? code : whole;
  });
}

/**
 * The events a "when" question is about, or null when it is not a plain schedule question (every word of it, other
 * than the words that frame a "when" question, must name the event).
 */
export function matchScheduleQuestion(
  question: string,
  content: Content,
  now: Date,
  synonyms: ReadonlyMap<string, string> = new Map(),
): ScheduleAnswer | null {
  const match =
    matchWhen(question, content, now, synonyms) ?? matchWhenInTerm(question, content, now, synonyms);
  // (days named relative to now after the last dated event, "what's the topic next week" after the term or past a
  // schedule that dates only its first weeks: events of other days do not answer it, the FAQ may; events with no
  // date yet may fall on those days, and the listing says it cannot tell)
  const undated =
    match?.kind === 'deadlines' ? match.events.some(isUndated) : (match?.undated?.length ?? 0) > 0;
  if (match && !undated && asksDaysAfterTerm(question, content, now, synonyms)) return null;
  // ("what's due this week" in a schedule whose deadlines have no date yet: the listing says it cannot tell)
  if (match?.kind === 'deadlines' && namesOnlyUndated(match))
    if (namesDays(normalize(question))) return { ...match, daysUnknown: true };
  if (match?.kind === 'occurrences' && !match.on && asksWhichWeek(normalize(question)))
    return { ...match, week: true };
  return match;
}

/** A question asking in which week something is: "what week do we start <topic>", "in which week is the quiz". */
const WHICH_WEEK = /\b(what|which) week\b/;
const asksWhichWeek = (text: string): boolean => WHICH_WEEK.test(text) || TOPIC_WEEK.test(text);

/**
 * The course or its term, as a question places an event in it ("when is spring break this semester", "for this
 * class", "during the term"): it names no event.
 */
const IN_THE_TERM =
  /\b(?:(?:for|in|of|during|over) )?(?:this (?:class|course|semester|term|quarter|year)|the (?:semester|term|quarter))\b/g;

/**
 * A "when" question that names the course or its term beside an event, asked again without them: "when is finals week
 * this semester" is about "Finals week", though no event's title says "semester". Only when it found nothing as
 * asked, so that an event that does name its term ("Last day of the semester") is found by it.
 */
function matchWhenInTerm(
  question: string,
  content: Content,
  now: Date,
  synonyms: ReadonlyMap<string, string>,
): ScheduleAnswer | null {
  const text = normalize(question);
  const without = text.replace(IN_THE_TERM, ' ').replace(/\s+/g, ' ').trim();
  return without === text ? null : matchWhen(without, content, now, synonyms);
}

/** A question for the clock time of something ("what time is lecture", "at what time does the review start"). */
const ASKS_CLOCK_TIME = /\b(what|which) times?\b(?! ?zones?\b)|\bat what time\b/;

/**
 * Whether a question asks for a clock time that a reply naming `events` does not give: every one of them is all day,
 * has its time still to be announced, or has no date yet ("what time are the review sessions" of a review week).
 */
export function timeAskedNotGiven(question: string, events: readonly AnyEvent[]): boolean {
  if (!ASKS_CLOCK_TIME.test(normalize(question))) return false;
  return events.length > 0 && events.every((e) => isUndated(e) || byDayOnly(e));
}

function matchWhen(
  question: string,
  content: Content,
  now: Date,
  synonyms: ReadonlyMap<string, string>,
): ScheduleAnswer | null {
  const text = joinEventCodes(normalize(question), content, synonyms);
  if (!ASKS_TIME.test(text) && !TOPIC_WEEK.test(text)) return null;
  const events: AnyEvent[] = [...content.schedule.events, ...undatedEvents(content.schedule)];
  if (events.length === 0) return null;
  const topic: string[] = [];
  const codes: string[] = [];
  const ofCourse = courseWords(content);
  let ordinal: Order | null = null;
  let next = false;
  let ordinalWord = '';
  const topicWords: string[] = [];
  for (const raw of tokens(text)) {
    const t = synonyms.get(raw) ?? raw;
    if (t === 'next' || t === 'upcoming' || t === 'coming') next = true;
    const role = wordRole(t, ofCourse);
    if (role.kind === 'order') {
      ordinal = role.order;
      ordinalWord = t;
    } else if (role.kind === 'code') codes.push(role.code);
    else if (role.kind === 'topic') {
      topic.push(role.stem);
      topicWords.push(t);
    }
  }
  // "when do we start <topic>": the first of the events on it (not "when does class start", "start at 9")
  if (ordinal === null && topic.length > 0) {
    const after = STARTS_TOPIC.exec(text)?.[1];
    if (
      after !== undefined &&
      wordRole(synonyms.get(after) ?? after, ofCourse).kind === 'topic' &&
      !isDayWord(after)
    )
      ordinal = 1;
  }
  // "when is the final", "days until the final": the final exam, as students say it
  if (topic.length === 0 && codes.length === 0 && ordinal === 'last' && /\bfinals?\b/.test(text))
    if (events.some((e) => e.type === 'exam')) {
      topic.push(stem('exam'));
      topicWords.push('exam');
    }
  const all = events.map((e) => wordsOf(e, synonyms));
  // a question when something is covered ("when do we discuss <a reading>"), or in which week ("<a reading> which
  // week"), also finds a session by its description
  const covers = ASKS_COVER.test(text) || /\b(which|what) week\b/.test(text);
  const names = (e: EventWords, s: string): boolean =>
    e.stems.has(s) || (covers && e.event.type !== 'deadline' && e.described.has(s));
  // (a word no event has may be a short form of words of an event's name: "app" of "Application", "PCA" of
  // "Principal Component Analysis")
  topic.splice(0, topic.length, ...spelledOut(topicWords, topic, all, names));
  // every topic word must name some event: "when is the late penalty applied" is not a schedule question
  if (!topic.every((s) => all.some((e) => names(e, s)))) return null;
  if (!codes.every((c) => all.some((e) => e.codes.has(c) || [...e.codes].some((x) => x.endsWith(c)))))
    return null;
  // "when is class" is not about "No class (holiday)"; "when is there no class" is
  const asksNegated = topic.some((s) => NEGATIONS.has(s));
  let candidates = all.filter(
    (e) => topic.every((s) => names(e, s)) && (asksNegated || !topic.some((s) => e.negated.has(s))),
  );
  if (codes.length > 0) {
    const coded = candidates.filter((e) =>
      codes.every(
        (c) =>
          e.codes.has(c) ||
          [...e.codes].some((x) => x.endsWith(c) && !/\d/.test(x.slice(0, -c.length).slice(-1))),
      ),
    );
    if (coded.length === 0) return null;
    candidates = coded;
  }
  // "the final exam" is not the midterm, even when the midterm is the last exam in the schedule (a course without a
  // final): a FAQ entry then answers
  if (ordinal === 'last' && /\bfinal\b/.test(text))
    candidates = candidates.filter((e) => !namesMidterm(e.event));
  if (candidates.length === 0) return null;
  // A question about handing in ("when is the methods due") is about the deadlines among them, not about a class
  // whose title shares its words ("Methods workshop"); an exam stays, as a take-home exam is handed in.
  if (ASKS_DUE.test(text) && candidates.some((e) => e.event.type === 'deadline'))
    candidates = candidates.filter((e) => e.event.type === 'deadline' || e.event.type === 'exam');
  // ... and one when something is covered ("when do we talk about the budget request") is about the classes, not a
  // deadline whose title shares its words
  else if (covers && candidates.some((e) => e.event.type !== 'deadline'))
    candidates = candidates.filter((e) => e.event.type !== 'deadline');
  // An event the question names in full, by its title or an alias, is the one asked about, not events whose names
  // only contain the words asked: "when is the final paper due" is about "Final paper", not "Final paper
  // proposal"; "when is the paper due" about the event with the alias "paper", not one with "group paper"; "when is
  // the lab exam" about the exam with that alias, not the labs.
  const asked = {
    topic: new Set(topic),
    codes: new Set(codes),
    orders: new Set(ordinal === null ? [] : [ordinal]),
  };
  // A question that names a type of event ("when is exam 1") is about events of that type, not about others that
  // share its words ("Exam 1 review", a lecture).
  const ofType = candidates.filter((e) => e.typeStems.some((w) => topic.includes(w)));
  let inFull = namedInFull(candidates, (c) => c.event, asked, ofCourse, synonyms);
  // ... nor about an event named so only in brackets: "when is class" is about the classes, not about "Draft
  // proposal (to the class)"
  if (
    ofType.length > 0 &&
    !inFull.some((c) => ofType.includes(c)) &&
    inFull.every((c) => !namedOutsideBrackets(c.event, asked, ofCourse, synonyms))
  )
    inFull = [];
  // (events named by their number or order, "lecture 3", "the first class": picked, however many are over)
  let byNumber = inFull.length > 0 && codes.length > 0;
  if (inFull.length > 0) {
    candidates = inFull;
    // "the third assignment" names "Assignment 3" in full: its order is its number, not counted again among them
    const n = ordinal;
    if (typeof n === 'number' && inFull.every((c) => c.codes.has(String(n)))) {
      ordinal = null;
      byNumber = true;
    }
    // ... and "final" in "Final project presentations", "second" in "Exam 3 second version", is part of the name,
    // not the order among them
    if (n === 'last' && inFull.every((c) => namesLast(c.event))) ordinal = null;
    const word = ordinalWord && new RegExp(`\\b${ordinalWord}\\b`, 'i');
    if (word && inFull.every((c) => [c.event.title, ...(c.event.aliases ?? [])].some((x) => word.test(x))))
      ordinal = null;
  } else {
    if (ofType.length > 0) candidates = ofType;
    else {
      // ... and a word that heads an event's name ("Lab 4: <its topic>") is about those events, not about others
      // where it only qualifies ("Lab notebooks"): "when is the next lab"
      const headed = candidates.filter((e) => topic.includes(headOf(e.event.title, ofCourse, synonyms)));
      if (headed.length > 0) candidates = headed;
    }
  }
  const zone = content.schedule.timezone;
  const chosenAll = candidates.map((c) => c.event);
  // the dated in time order, then those without a date yet in file order
  let undated = chosenAll.filter(isUndated);
  let dated = chosenAll
    .filter((e): e is ScheduleEvent => !isUndated(e))
    .sort((a, b) => a.start.localeCompare(b.start));
  // Without every date the order is not known: an ordinal ("the second quiz") then names them all.
  const ordinalOf = (someUndated: boolean) => (someUndated ? null : ordinal);
  // A bare "when is it" or "what are the dates" names nothing: only the deadlines as a list.
  if (topic.length === 0 && codes.length === 0) {
    if (!/\b(deadlines?|due)\b/.test(text)) return null;
    const isDeadline = (e: AnyEvent) => e.type === 'deadline';
    const deadlines = dated.filter(isDeadline);
    const undatedDeadlines = undated.filter(isDeadline);
    if (deadlines.length + undatedDeadlines.length === 0) return null;
    const order = ordinalOf(undatedDeadlines.length > 0);
    // (it names no event, so no FAQ entry is about it: the term's deadlines are listed even once all have passed)
    const list = pickDeadlines(
      dueTimes(deadlines, content, now),
      undatedDeadlines,
      order,
      next,
      zone,
      now,
      true,
    );
    return list && !list.lastOne ? { ...list, over: false } : list;
  }
  const types = new Set(chosenAll.map((e) => e.type));
  if (types.size === 1 && types.has('deadline'))
    return pickDeadlines(
      dueTimes(dated, content, now),
      undated,
      ordinalOf(undated.length > 0),
      next,
      zone,
      now,
      false,
    );
  if (ordinal === 'last' && undated.length > 0) {
    // "the final exam" is the one titled so, when the dates cannot tell
    const titled = chosenAll.filter((e) => /\b(final|last)\b/i.test(e.title));
    if (titled.length === 1) {
      undated = undated.filter((e) => titled.includes(e));
      dated = dated.filter((e) => titled.includes(e));
    }
  }
  ordinal = ordinalOf(undated.length > 0);
  // Sessions, exams and other events: their occurrences, the next ones for "next"
  const occurrences = allOccurrences(content.schedule).filter((o) => dated.includes(o.event));
  // Nothing asked about has a date yet: it is named as not yet announced.
  if (occurrences.length === 0) {
    return undated.length > 0 ? { kind: 'deadlines', events: undated, listing: undated.length > 1 } : null;
  }
  const withUndated = undated.length > 0 ? { undated } : {};
  // none of them is still to come: a FAQ entry that answers the question is preferred, however they are picked
  const over = undated.length === 0 && !occurrences.some((o) => stillOn(o, now));
  const whenOver = over ? { over } : {};
  const seriesOf = seriesKeys(dated);
  // some of them are sessions of a series (weekly, or written one by one)
  const inSeries = dated.some(repeats) || new Set(seriesOf.values()).size < dated.length;
  if ((typeof ordinal === 'number' || ordinal === 'last') && inSeries) {
    // Sessions of a repeating series are counted by day ("the last class" is the term's last day of class, each
    // parallel group's session on it; "the second lecture" the second day with one)
    const days = [...new Set(occurrences.map((o) => o.date))].sort();
    const day = ordinal === 'last' ? days.at(-1) : days[ordinal - 1];
    if (day === undefined) return null;
    return {
      kind: 'occurrences',
      occurrences: occurrences.filter((o) => o.date === day),
      upcoming: next,
      picked: true,
      ...whenOver,
    };
  }
  if (typeof ordinal === 'number' || ordinal === 'last') {
    const series = [...new Map(occurrences.map((o) => [o.event.id, o])).values()];
    const pick = ordinal === 'last' ? series.at(-1) : series[ordinal - 1];
    if (!pick) return null;
    return {
      kind: 'occurrences',
      occurrences: occurrences.filter((o) => o.event === pick.event),
      upcoming: next,
      picked: true,
      ...whenOver,
    };
  }
  const last = occurrences.at(-1);
  if (last && !stillOn(last, now) && undated.length > 0) {
    // The dated ones are over; those without a date yet are still to come.
    return { kind: 'occurrences', occurrences: [], upcoming: true, undated };
  }
  if (
    over &&
    !next &&
    !byNumber &&
    !dated.some(repeats) &&
    occurrences.length <= MAX_LINES &&
    dated.length < content.schedule.events.filter((e) => types.has(e.type)).length
  ) {
    // Nothing left of a few events named by their topic ("The Woman Warrior (1)" to "(3)" among the term's classes):
    // each of them, for "when did we read it"; all of a kind ("when is class") still gets the last of each series
    return { kind: 'occurrences', occurrences, upcoming: false, over: true, every: true };
  }
  if (over) {
    // Nothing left of what is asked about: the last day of each series, for "when was the last one".
    const lastOfEach = onDayOfEach(occurrences, seriesOf, 'last');
    return {
      kind: 'occurrences',
      occurrences: lastOfEach.slice(-MAX_LINES),
      upcoming: false,
      over: true,
      ...(byNumber && { picked: true }),
    };
  }
  if (!next && someSessionsOf(dated, content.schedule.events)) {
    // some sessions of a series, named by their titles' words ("when are the project presentations"): each of
    // them still to come, not only the next
    const coming = occurrences.filter((o) => stillOn(o, now));
    return { kind: 'occurrences', occurrences: coming.slice(0, MAX_LINES), upcoming: true, ...withUndated };
  }
  if (next || inSeries) {
    // the next day of each series: a weekly one's next session, the next of sessions written one by one
    const coming = onDayOfEach(
      occurrences.filter((o) => stillOn(o, now)),
      seriesOf,
      'first',
    );
    const soonest = coming.reduce<Occurrence | undefined>(
      (a, o) => (!a || o.start < a.start ? o : a),
      undefined,
    );
    // (series of no group, one for each weekday the sessions meet, are the sessions of everyone: the next is the
    // soonest of them; series of parallel groups each give their group's next)
    const ofGroups = coming.some((o) => o.event.group !== undefined);
    if (next && (!inSeries || !ofGroups) && soonest) {
      // "the next exam" among events that are no series (Exam 1, Exam 2, Exam 3 not dated yet): the soonest, alone
      const first = coming.filter((o) => o.date === soonest.date);
      return { kind: 'occurrences', occurrences: first.slice(0, MAX_LINES), upcoming: true };
    }
    return { kind: 'occurrences', occurrences: coming.slice(0, MAX_LINES), upcoming: true, ...withUndated };
  }
  // (many events of one name, "when are the group presentations" with seven: those still to come, the first few)
  const coming = occurrences.filter((o) => stillOn(o, now));
  if (occurrences.length > MAX_LINES && coming.length > 0) {
    const shown = coming.slice(0, MAX_LINES);
    const left = { passed: occurrences.length - coming.length, later: coming.length - shown.length };
    return { kind: 'occurrences', occurrences: shown, upcoming: false, left, ...withUndated };
  }
  return {
    kind: 'occurrences',
    occurrences: occurrences.slice(0, MAX_LINES),
    upcoming: false,
    ...withUndated,
  };
}

/** The words a text asks by, each as wordRole reads it: topic stems, numbers and codes, and orders. */
interface AskedWords {
  topic: ReadonlySet<string>;
  codes: ReadonlySet<string>;
  orders: ReadonlySet<Order>;
}

/** `skip`: words that frame the question at hand, read as nothing. */
function askedWords(
  text: string,
  ofCourse: ReadonlySet<string>,
  synonyms: ReadonlyMap<string, string>,
  skip: ReadonlySet<string> = new Set(),
): AskedWords {
  const asked = { topic: new Set<string>(), codes: new Set<string>(), orders: new Set<Order>() };
  for (const raw of tokens(normalize(text))) {
    if (skip.has(raw)) continue;
    const role = wordRole(synonyms.get(raw) ?? raw, ofCourse);
    if (role.kind === 'order') asked.orders.add(role.order);
    else if (role.kind === 'code') asked.codes.add(role.code);
    else if (role.kind === 'topic') asked.topic.add(role.stem);
  }
  return asked;
}

/**
 * Whether a text (a FAQ entry's answer) says every word a schedule question asks by (its topic words, numbers and
 * codes, and order): after the term a FAQ entry is preferred to a date past only when it is about what was asked.
 */
export function saysWhatIsAsked(
  question: string,
  text: string,
  content: Content,
  synonyms: ReadonlyMap<string, string>,
): boolean {
  const ofCourse = courseWords(content);
  const asked = askedWords(joinEventCodes(normalize(question), content, synonyms), ofCourse, synonyms);
  const said = askedWords(joinEventCodes(normalize(text), content, synonyms), ofCourse, synonyms);
  const saidNames = numberedNames(text, synonyms);
  return (
    [...asked.topic].every((w) => said.topic.has(w)) &&
    [...asked.codes].every((c) => said.codes.has(c)) &&
    [...asked.orders].every((o) => said.orders.has(o)) &&
    // (and a name with its number as such: "week 9" is not said by "week 7" and "February 9")
    [...numberedNames(question, synonyms)].every((n) => saidNames.has(n))
  );
}

/** Words followed by a number, or a list of numbers ("week 9", "weeks 2, 3 and 9"), as "stem number" pairs. */
function numberedNames(text: string, synonyms: ReadonlyMap<string, string>): Set<string> {
  const words = tokens(text).map((t) => synonyms.get(t) ?? t);
  const asNumber = (t: string): number | undefined => (/^\d+$/.test(t) ? Number(t) : NUMBER_WORDS.get(t));
  const out = new Set<string>();
  words.forEach((w, i) => {
    if (asNumber(w) !== undefined || /\d/.test(w) || STOPWORDS.has(w) || isDayWord(w)) return;
    for (let j = i + 1; j < words.length; j++) {
      const t = words[j] as string;
      const n = asNumber(t);
      if (n !== undefined) out.add(`${stem(w)} ${n}`);
      else if (!LIST_JOINS.has(t)) break;
    }
  });
  return out;
}

const LIST_JOINS = new Set(['and', 'or', 'to', 'through']);

/**
 * A question what an event is about ("what is lab 5 about", "topic of lecture 3", "what do we do in lab 5", "what
 * are we doing in class 19", "what are we looking at in week 3"), or what to read for it ("what should i read for
 * class 5": its title and description say so when the schedule gives readings).
 */
const ASKS_ABOUT =
  /\b(about|topics?|subject|cover|covered|covers|covering|do we do|doing|happens|learn|learning|discuss|discussed|discussing|read|reading|readings|books?|texts|chapters?|study|studying|look(ing)? at)\b/;

/** Words that frame such a question without naming an event. */
const ABOUT_FRAME = new Set(
  'about topic topics subject goes with assigned chapter chapters textbook cover covered covers covering doing happens learn learning discuss discussed discussing read reading readings book books texts study studying look looking'.split(
    ' ',
  ),
);

/**
 * A question what something is about or what to read for it (a normalised text): "what do we read for week 2", or
 * without a question word, "week 2 topics", "readings for week 2", "reading week 2".
 */
const asksWhatAbout = (text: string): boolean =>
  /\b(topics?|subject|readings)\b/.test(text) ||
  // ("reading" with a number, "reading week 6", "reading for <a date>"; not "is there class on reading day")
  (/\breading\b/.test(text) && /\d/.test(text)) ||
  (/\b(what|whats|which)\b/.test(text) && ASKS_ABOUT.test(text));

/** The term, as a question says it: "class", "the semester". */
const THE_TERM = '(?:class|classes|lectures?|the (?:term|semester|quarter|course|class|year))';
/** "the first week", "2nd week" (not "the first week of March": a month's weeks are no week of the term). */
const WEEK_BY_ORDER = new RegExp(`\\b(?:the )?(${ORDINAL_WORD}) week\\b(?! of (?!${THE_TERM}\\b))`, 'g');
/** "the final week", "the last week of the semester" (not "last week" alone: the week before this one). */
const LAST_WEEK = new RegExp(`\\b(?:the )?(?:final week(?: of ${THE_TERM})?|last week of ${THE_TERM})`, 'g');

const lastWeekCache = new WeakMap<Content['schedule'], number | null>();

/** The highest week number in the schedule's titles ("Week 15 (Tuesday)"), or null when no title numbers a week. */
function lastWeekOf(schedule: Content['schedule']): number | null {
  let last = lastWeekCache.get(schedule);
  if (last === undefined) {
    const numbers = schedule.events.flatMap((e) =>
      [...e.title.toLowerCase().matchAll(/\bweek (\d{1,2})\b/g)].map((m) => Number(m[1])),
    );
    last = numbers.length ? Math.max(...numbers) : null;
    lastWeekCache.set(schedule, last);
  }
  return last;
}

/**
 * A week of the term given by its place, as the schedule numbers weeks in its titles ("Week 3: <topic>"): "the
 * third week" is "week 3", "the final week" or "the last week of class" the highest week number a title has. A
 * schedule whose titles number no weeks leaves the text as it is.
 */
function weeksByOrder(text: string, content: Content): string {
  const last = /\bweek\b/.test(text) ? lastWeekOf(content.schedule) : null;
  if (last === null) return text;
  return text
    .replace(WEEK_BY_ORDER, (_, ordinal: string) => `week ${ORDINALS.get(ordinal) ?? ordinal}`)
    .replace(LAST_WEEK, `week ${last}`);
}

/**
 * The events a "what is it about" question names in full, by a title or an alias with its number ("lab 5", "lecture
 * 3"): their titles and descriptions say what they are about. Null unless every other word frames the question or
 * is said by the events (half of them, for sessions named by the week their titles give).
 */
export function matchAboutQuestion(
  question: string,
  content: Content,
  synonyms: ReadonlyMap<string, string> = new Map(),
): ScheduleAnswer | null {
  const text = joinEventCodes(weeksByOrder(normalize(question), content), content, synonyms);
  // ("what's on lecture 12", "what is in lab 3": what a session numbered so holds)
  // ("which film is on tuesday of week 3", "what do we practise the first week": what a numbered week holds)
  const weeks = /\b(what|whats|which)\b/.test(text)
    ? [...numberedNames(text, synonyms)].filter((n) => n.startsWith('week '))
    : [];
  const about = asksWhatAbout(text) || weeks.length > 0;
  if (!about && !/\bwhat(s| is| are)? (on|in)\b/.test(text)) return null;
  const ofCourse = courseWords(content);
  const asked = askedWords(text, ofCourse, synonyms, ABOUT_FRAME);
  const all = allOccurrences(content.schedule);
  const events = [...new Set(all.map((o) => o.event))];
  if (!about && asked.codes.size === 0) return null;
  // (an event named by a number has that number: a weekly series whose title has none is not it)
  const hasCodes = (e: ScheduleEvent): boolean =>
    [...asked.codes].every((c) => wordsOf(e, synonyms).codes.has(c));
  let named =
    asked.codes.size > 0
      ? namedInFull(events.filter(hasCodes), (e) => e, asked, ofCourse, synonyms)
      : namedByTopic(events, asked, synonyms);
  // (a number asked after a word that frames other questions, "what does week 2 cover", names the events whose titles
  // say so, "Week 2 lecture: <topic>", rather than every event numbered 2)
  const numbered = numberedNames(text, synonyms);
  if (named.length !== 1 && numbered.size > 0) {
    const titled = events.filter((e) => {
      const own = numberedNames(e.title, synonyms);
      return [...numbered].every((n) => own.has(n));
    });
    if (titled.length > 0) named = titled;
  }
  if (!about && !named.every((e) => SESSION_TYPES.has(e.type))) return null;
  // (two at most, or one for each group: "Lab 5 (Monday group)", "Lab 5 (Tuesday group)", ...)
  const groups = new Set(named.map((e) => e.group));
  const ofEachGroup = !groups.has(undefined) && groups.size === named.length;
  if (named.length === 0 || (named.length > 2 && !ofEachGroup)) return null;
  // every word asked is a word of the events named, in a title or in what a session covers ("<a book> reading week
  // 6", the book named in the description of a week 6 class), or half of them (below)
  const words = named.map((e) => wordsOf(e, synonyms));
  const said = (w: EventWords, s: string): boolean =>
    w.stems.has(s) || (SESSION_TYPES.has(w.event.type) && w.described.has(s));
  // (sessions whose titles say the week asked are named by it: of the other words, half are enough, as a question
  // names a reading by its author, "the <author> book", where the schedule gives its title)
  const saidCount = [...asked.topic].filter((s) => words.some((w) => said(w, s))).length;
  const byWeek =
    weeks.length > 0 &&
    named.every((e) => {
      const own = numberedNames(e.title, synonyms);
      return weeks.some((w) => own.has(w));
    });
  if (saidCount < asked.topic.size && !(byWeek && saidCount * 2 >= asked.topic.size)) return null;
  const occurrences = all.filter((o) => named.includes(o.event)).slice(0, MAX_LINES);
  return { kind: 'occurrences', occurrences, upcoming: false, about: true };
}

/**
 * The event a question without a number names by its topic ("what reading goes with the <topic> lecture"): the one
 * event whose title holds every word asked (its type's words count too), at least one of them its own, and whose
 * description says more than its title; none when several do (each group's one counts once, and so do two sessions
 * whose titles differ only in brackets).
 */
function namedByTopic(
  events: readonly ScheduleEvent[],
  asked: AskedWords,
  synonyms: ReadonlyMap<string, string>,
): ScheduleEvent[] {
  if (asked.topic.size === 0 || asked.orders.size > 0) return [];
  const named = events.filter((e) => {
    const w = wordsOf(e, synonyms);
    return (
      [...asked.topic].every((s) => w.stems.has(s) && !w.negated.has(s)) &&
      [...asked.topic].some((s) => !w.typeStems.includes(s))
    );
  });
  const groups = new Set(named.map((e) => e.group));
  // (one event, one for each group, or the sessions of one title but for what its brackets say: "Week 8 (<a day>):
  // <topic>" and "Week 8 (<another day>): <topic>")
  const titles = new Set(named.map((e) => e.title.replace(/\s*\([^)]*\)/g, '').toLowerCase()));
  const one =
    named.length === 1 ||
    (!groups.has(undefined) && groups.size === named.length) ||
    (named.length === 2 && titles.size === 1);
  return one && named.every((e) => e.description) ? named : [];
}

interface Term {
  all: readonly Occurrence[];
  /** Each occurrence's last local day, in the order of `all`: an all-day event's last date, a timed one's end's day. */
  lastDays: readonly string[];
  /** The first and last local days of the term. */
  first: string;
  last: string;
}

const termCache = new WeakMap<Content['schedule'], Term | null>();

/** The schedule's occurrences with the days each covers, and the term's span: worked out once per schedule. */
function termOf(schedule: Content['schedule']): Term | null {
  let term = termCache.get(schedule);
  if (term !== undefined) return term;
  const all = allOccurrences(schedule);
  const zone = schedule.timezone;
  // ("Spring break" from 00:00 to 23:59 of a later day covers each day up to its end)
  const lastDays = all.map(
    (o) => o.lastDate ?? (o.end ? (DateTime.fromJSDate(o.end, { zone }).toISODate() ?? o.date) : o.date),
  );
  const [head] = all;
  term = head
    ? { all, lastDays, first: head.date, last: lastDays.reduce((a, b) => (b > a ? b : a), head.date) }
    : null;
  termCache.set(schedule, term);
  return term;
}

/** A question whether something is on a day or in a week ("is there <event> on <date>", "anything on <weekday>"). */
const ASKS_DAY = /^(is|are|will|do|does|any|anything|what|whats|when|whens|where|wheres|have|has)\b/;

/**
 * A few words with no question word, as a search box is asked ("<date> topic", "reading for <date>", "week 2
 * lab"): asked as "what is on then".
 */
const asksByKeywords = (text: string): boolean => tokens(text).length <= 5 && !HAS_QUESTION_WORD.test(text);
const asksDay = (text: string): boolean => ASKS_DAY.test(text) || asksByKeywords(text);

/** Words that frame such a question without naming an event. */
const DAY_FRAME = new Set(
  'cancelled canceled scheduled happen happens happened happening plan plans planned agenda going off meet meeting nothing anything something still'.split(
    ' ',
  ),
);

/** A question about a day named by an event ("is there class on thanksgiving", "any lab during spring break"). */
const ON_NAMED_DAY = /\b(on|during|over)\b/;

/**
 * The days of a day off or other one-time event of type `other` that a question names by a word only such events
 * have ("thanksgiving" of "Thanksgiving (no class)"), when it asks what is on then (or, with `around`, on a day it
 * places by them); null otherwise.
 */
function daysOfNamedDay(
  text: string,
  all: readonly Occurrence[],
  lastDays: readonly string[],
  synonyms: ReadonlyMap<string, string>,
  around = false,
): DaysAsked | null {
  if (!around && !ON_NAMED_DAY.test(text)) return null;
  // (a question what a day is about frames with its own words: "reading" in "what are we reading on wednesday" is
  // not "Reading day")
  const about = asksWhatAbout(text);
  const words = tokens(text).filter(
    (t) => !STOPWORDS.has(t) && !DAY_FRAME.has(t) && !isDayWord(t) && !(about && ABOUT_FRAME.has(t)),
  );
  const events = [...new Set(all.map((o) => o.event))].map((e) => wordsOf(e, synonyms));
  const others = events.filter((e) => e.event.type !== 'other');
  const namesOnly = (e: EventWords, t: string): boolean => {
    const s = stem(synonyms.get(t) ?? t);
    return (
      e.stems.has(s) && !e.negated.has(s) && !e.typeStems.includes(s) && !others.some((o) => o.stems.has(s))
    );
  };
  // (the one named by the most of its words: "labor day" names "Labor Day (no class)" rather than "Reading day")
  const counts = events.map((e) =>
    e.event.type === 'other' ? words.filter((t) => namesOnly(e, t)).length : 0,
  );
  const most = Math.max(0, ...counts);
  const named = most === 0 ? [] : events.filter((_, i) => counts[i] === most);
  const [one] = named;
  if (named.length !== 1 || !one || isUndated(one.event) || repeats(one.event)) return null;
  const k = all.findIndex((o) => o.event === one.event);
  const occurrence = all[k];
  if (!occurrence) return null;
  return {
    from: occurrence.date,
    to: lastDays[k] ?? occurrence.date,
    week: false,
    relative: false,
    words: words.filter((t) => namesOnly(one, t)),
  };
}

/** True when the question asks about days given relative to now ("next week", "tomorrow") after the term's last day. */
function asksDaysAfterTerm(
  question: string,
  content: Content,
  now: Date,
  synonyms: ReadonlyMap<string, string>,
): boolean {
  const text = joinEventCodes(normalize(question), content, synonyms);
  if (!asksDay(text)) return false;
  const term = termOf(content.schedule);
  if (!term) return false;
  const asked = daysAsked(text, now, content.schedule.timezone, [term.first, term.last]);
  return asked !== null && asked.relative && asked.from > term.last;
}

/**
 * The events on the day or in the week a question names, when it asks whether something is on then ("is there class
 * on March 23", "do we have lab this week", "whats on nov 22"): every other word frames the question or names an
 * event. Events without a date are left out; an empty list says there is nothing of the kind then.
 */
export function matchDayQuestion(
  question: string,
  content: Content,
  now: Date,
  synonyms: ReadonlyMap<string, string> = new Map(),
): ScheduleAnswer | null {
  const text = joinEventCodes(normalize(question), content, synonyms);
  if (!asksDay(text)) return null;
  const term = termOf(content.schedule);
  if (!term) return null;
  const { all, lastDays, first, last } = term;
  // (a day named by an event comes before a weekday or week that is only relative: "<weekday> of <holiday> week" is
  // that weekday of the holiday's week, not of this one)
  const asked = daysAsked(text, now, content.schedule.timezone, [first, last]);
  // ("the wednesday before the spring holiday", "the friday before march 13": the day placed by the day named, if
  // one is; else not this week's Wednesday)
  const around = weekdayAround(text);
  const namedDay = around ? daysOfNamedDay(text, all, lastDays, synonyms, true) : null;
  const anchor = namedDay ?? (around && asked && !asked.relative ? asked : null);
  if (around && !anchor) return null;
  const placed = around && anchor ? dayAround(around, anchor.from, anchor.to, namedDay !== null) : null;
  const days =
    around && anchor && placed
      ? { ...anchor, from: placed, to: placed, week: false, words: [...anchor.words, ...around.words] }
      : asked && !asked.relative
        ? asked
        : (daysOfNamedDay(text, all, lastDays, synonyms) ?? asked);
  // (a weekday or "this week" after the term asks about the course in general: the FAQ answers; before it, there is
  // nothing yet, and the reply names the first: "is there class today", "what's due this week")
  if (!days || (days.relative && days.from > last)) return null;
  const beforeTerm = days.to < first;
  const ofCourse = courseWords(content);
  const dayWords = new Set(days.words);
  // "what are we reading on march 30", "what's the topic next week": the sessions then, with what they are about
  const about = asksWhatAbout(text);
  const topic: string[] = [];
  const codes: string[] = [];
  const what: string[] = [];
  for (const raw of tokens(text)) {
    if (dayWords.has(raw) || isDayWord(raw) || DAY_FRAME.has(raw)) continue;
    if (about && ABOUT_FRAME.has(raw)) continue;
    // (function words frame it too: "what are we doing in class on oct 14")
    if (STOPWORDS.has(raw) && !NEGATIONS.has(raw)) continue;
    const role = wordRole(synonyms.get(raw) ?? raw, ofCourse);
    if (role.kind === 'order') return null;
    if (role.kind === 'frame') continue;
    if (role.kind === 'code') codes.push(role.code);
    else topic.push(role.stem);
    what.push(raw);
  }
  const events = [...new Set(all.map((o) => o.event))].map((e) => wordsOf(e, synonyms));
  if (!topic.every((s) => events.some((e) => e.stems.has(s)))) return null;
  if (!codes.every((c) => events.some((e) => e.codes.has(c)))) return null;
  const named = new Set(
    events
      .filter((e) => topic.every((s) => e.stems.has(s)) && codes.every((c) => e.codes.has(c)))
      .map((e) => e.event),
  );
  // "what's due this week", "anything to hand in on <weekday>": the deadlines then, not the classes; when none falls
  // then, the next one after
  const due = ASKS_DUE.test(text) && [...named].some((e) => e.type === 'deadline');
  if (due) for (const e of named) if (e.type !== 'deadline') named.delete(e);
  const then = all
    .filter((o, i) => o.date <= days.to && (lastDays[i] ?? o.date) >= days.from)
    .filter((o) => named.has(o.event));
  // (what a day is about is said by its sessions and by the events whose description says it, when there are any)
  const saying = then.filter((o) => SESSION_TYPES.has(o.event.type) || o.event.description);
  const occurrences = (about && saying.length > 0 ? saying : then).slice(0, MAX_LINES);
  if (due && occurrences.length === 0) {
    const next = all.find((o) => o.date > days.to && named.has(o.event));
    const instead = next ? [next] : [];
    return {
      kind: 'occurrences',
      occurrences,
      upcoming: false,
      on: { ...days, what: ['deadline'], instead, next: true },
    };
  }
  if (occurrences.length > 0)
    return { kind: 'occurrences', occurrences, upcoming: false, on: { ...days, what, describe: about } };
  // Nothing then: a few single events asked about by name ("is <event> on <weekday>") are said with their dates;
  // before the term, the first of those asked about; else what is on then instead, if anything is ("is there class
  // on <date>": another event held in class time, a holiday)
  const ofNamed = all.filter((o) => named.has(o.event));
  const none = (on: { instead: Occurrence[]; next?: boolean; then?: boolean }): ScheduleAnswer => ({
    kind: 'occurrences',
    occurrences: [],
    upcoming: false,
    on: { ...days, what, ...on },
  });
  if (named.size <= 3 && ofNamed.length === named.size && ofNamed.length > 0)
    return none({ instead: ofNamed });
  const firstNamed = beforeTerm ? all.find((o) => named.has(o.event)) : undefined;
  if (firstNamed) return none({ instead: [firstNamed], next: true });
  const sameDays = days.week
    ? []
    : all.filter((o) => o.date >= days.from && o.date <= days.to && !named.has(o.event)).slice(0, MAX_LINES);
  return none({ instead: sameDays, then: true });
}

/**
 * True when every word of an event's name (its title or an alias) is among the words a question asks by: its topic
 * stems and its numbers. What a title says in brackets qualifies the event ("Weekly lab (late group)", "Midterm 1
 * (take-home)"), so the words outside the brackets name it, and so do the words of one bracket ("Spring break (no
 * classes)" for "when is there no class"). The words that frame a "when" question and the course's own words are set
 * aside in the name too; an ordinal in the name ("Final exam", the alias "first exam") must be asked as well.
 */
function namedBy(
  name: string,
  asked: AskedWords,
  ofCourse: ReadonlySet<string>,
  synonyms: ReadonlyMap<string, string>,
  typeStems: readonly string[] = [],
): number {
  // (a word of the name that names the event's type is asked by any word of that type: "Class 20" of a lecture is
  // "lecture 20" too)
  const askedType = typeStems.some((s) => asked.topic.has(s));
  const parts = [
    name.replace(/\([^)]*\)/g, ' '),
    ...[...name.matchAll(/\(([^)]*)\)/g)].map((m) => m[1] ?? ''),
    // what comes before a colon names the event too: "Lab 6: <its topic>" is "lab 6", and so is "Lab 6 (Monday):
    // <its topic>"
    ...(name.includes(':') ? [name.slice(0, name.indexOf(':')).replace(/\([^)]*\)/g, ' ')] : []),
  ];
  let best = 0;
  for (const part of parts) {
    let words = 0;
    for (const raw of tokens(part)) {
      const role = wordRole(synonyms.get(raw) ?? raw, ofCourse);
      if (role.kind === 'frame') continue;
      const asks =
        role.kind === 'order'
          ? asked.orders.has(role.order)
          : role.kind === 'code'
            ? // "the first quiz" names "Quiz 1" as "quiz 1" does
              asked.codes.has(role.code) || asked.orders.has(Number(role.code))
            : asked.topic.has(role.stem) || (askedType && typeStems.includes(role.stem));
      if (!asks) {
        words = 0;
        break;
      }
      words++;
    }
    best = Math.max(best, words);
  }
  return best;
}

/** True when an event's title (outside brackets) or an alias names it with the words asked. */
function namedOutsideBrackets(
  event: AnyEvent,
  asked: AskedWords,
  ofCourse: ReadonlySet<string>,
  synonyms: ReadonlyMap<string, string>,
): boolean {
  return [event.title, ...(event.aliases ?? [])].some(
    (n) => namedBy(n.replace(/\([^)]*\)/g, ' '), asked, ofCourse, synonyms) > 0,
  );
}

/** True when an event's title or an alias says it is a midterm ("Midterm exam", "Mid-term 2"). */
const namesMidterm = (event: AnyEvent): boolean =>
  [event.title, ...(event.aliases ?? [])].some((n) => /\bmid[- ]?terms?\b/i.test(n));

/** True when an event's title or an alias says "final" or "last" ("Final project presentations"). */
function namesLast(event: AnyEvent): boolean {
  return [event.title, ...(event.aliases ?? [])].some((n) => /\b(final|last)\b/i.test(n));
}

/**
 * The stem of the word that heads an event's name: the last topic word of what stands before a colon and outside
 * brackets ("Lab 4: Neural crest" is headed by "lab", "Lab notebooks (week 14)" by "notebook"); '' when none.
 */
function headOf(title: string, ofCourse: ReadonlySet<string>, synonyms: ReadonlyMap<string, string>): string {
  const name = (title.includes(':') ? title.slice(0, title.indexOf(':')) : title).replace(/\([^)]*\)/g, ' ');
  let head = '';
  for (const raw of tokens(name)) {
    const role = wordRole(synonyms.get(raw) ?? raw, ofCourse);
    if (role.kind === 'topic') head = role.stem;
  }
  return head;
}

/**
 * The events a question names in full, by their titles or aliases, and of those the ones named by the most of its
 * words: "<alias> 2", an exam's alias, names that exam rather than "<word> 2: <its topic>", which it also names.
 */
function namedInFull<T>(
  items: readonly T[],
  eventOf: (item: T) => AnyEvent,
  asked: AskedWords,
  ofCourse: ReadonlySet<string>,
  synonyms: ReadonlyMap<string, string>,
): T[] {
  const scored = items.map((item) => {
    const e = eventOf(item);
    return {
      item,
      words: Math.max(
        ...[e.title, ...(e.aliases ?? [])].map((n) =>
          namedBy(n, asked, ofCourse, synonyms, wordsOf(e, synonyms).typeStems),
        ),
      ),
    };
  });
  const most = Math.max(0, ...scored.map((x) => x.words));
  return most === 0 ? [] : scored.filter((x) => x.words === most).map((x) => x.item);
}

/** An event's place in the term's order: "second" is 2, "last" and "final" are the last. */
type Order = number | 'last';

/**
 * What a word of a "when" question, or of an event's name, says: the event's order ("second", "final"), a number or
 * code ("2", "two", "hw1"), a topic word (its stem), or nothing about which event (it frames the question, or names
 * the course).
 */
function wordRole(
  t: string,
  ofCourse: ReadonlySet<string>,
):
  | { kind: 'order'; order: Order }
  | { kind: 'code'; code: string }
  | { kind: 'topic'; stem: string }
  | { kind: 'frame' } {
  if (t === 'last' || t === 'final') return { kind: 'order', order: 'last' };
  const n = ORDINALS.get(t);
  if (n !== undefined) return { kind: 'order', order: n };
  if (FRAME.has(t) || ofCourse.has(t)) return { kind: 'frame' };
  const count = NUMBER_WORDS.get(t);
  if (count !== undefined) return { kind: 'code', code: String(count) };
  return /\d/.test(t) ? { kind: 'code', code: t } : { kind: 'topic', stem: stem(t) };
}

/** A timed event lasting a day or more (a take-home exam open from Monday 09:00 to Wednesday 23:59). */
const DAY_MS = 24 * 60 * 60 * 1000;
const spansDays = (o: Occurrence): boolean =>
  !o.event.allDay && o.end !== null && o.end.getTime() - o.start.getTime() >= DAY_MS;

/** Still to come, or under way when it lasts days (a reading week, a take-home exam asked about while it is open). */
function stillOn(o: Occurrence, now: Date): boolean {
  return (o.event.allDay || spansDays(o)) && o.end
    ? o.end.getTime() > now.getTime()
    : o.start.getTime() >= now.getTime();
}

/** At most this many lines of sessions: parallel groups of a weekly series. */
const MAX_LINES = 6;

/**
 * A repeating deadline (a weekly or daily series) as its next due time, or its last when all have passed; any other
 * as it is. A series is one event whose `start` is its first due time.
 */
function dueNext(e: ScheduleEvent, content: Content, now: Date): ScheduleEvent {
  if (!repeats(e)) return e;
  const times = allOccurrences(content.schedule).filter((o) => o.event === e);
  const o = times.find((t) => t.start >= now) ?? times.at(-1);
  if (!o) return e;
  const start = DateTime.fromJSDate(o.start, { zone: content.schedule.timezone }).toFormat(
    'yyyy-MM-dd HH:mm',
  );
  return { ...e, start };
}

/** The deadlines with each series at its next due time, in time order. */
function dueTimes(deadlines: ScheduleEvent[], content: Content, now: Date): ScheduleEvent[] {
  return deadlines.map((e) => dueNext(e, content, now)).sort((a, b) => a.start.localeCompare(b.start));
}

/** `deadlines` in time order; `undated`, those without a date yet, come after them (their order is not known). */
function pickDeadlines(
  deadlines: ScheduleEvent[],
  undated: UndatedEvent[],
  ordinal: number | 'last' | null,
  next: boolean,
  zone: string,
  now: Date,
  listing: boolean,
): DeadlinesAnswer | null {
  const all: AnyEvent[] = [...deadlines, ...undated];
  // none is still to come: a FAQ entry that answers the question is preferred, as for any other event
  const whenOver =
    undated.length === 0 && deadlines.every((e) => instantOf(e.start, zone) < now) ? { over: true } : {};
  // (with undated ones among them the caller has already turned an ordinal into a listing)
  if (ordinal === 'last') return { kind: 'deadlines', events: all.slice(-1), listing: false, ...whenOver };
  if (typeof ordinal === 'number') {
    const e = all[ordinal - 1];
    return e ? { kind: 'deadlines', events: [e], listing: false, ...whenOver } : null;
  }
  const future = deadlines.filter((e) => instantOf(e.start, zone) >= now);
  if (next) {
    const first = future[0];
    if (first?.group !== undefined) {
      // (deadlines of parallel groups, "Report 3 (Monday group)": the next of each group, and the next for everyone)
      const byGroup = new Map<string, ScheduleEvent>();
      for (const e of future) if (!byGroup.has(e.group ?? '')) byGroup.set(e.group ?? '', e);
      const events = [...byGroup.values()].slice(0, MAX_LINES);
      return { kind: 'deadlines', events, listing: events.length > 1 };
    }
    if (first) {
      // (every deadline due at that same moment: two due on the same day at the same time are both the next)
      const at = instantOf(first.start, zone).getTime();
      // (and those without a date yet, which may come first)
      const events = [...future.filter((e) => instantOf(e.start, zone).getTime() === at), ...undated].slice(
        0,
        MAX_LINES,
      );
      return { kind: 'deadlines', events, listing: events.length > 1 };
    }
    if (undated.length > 0) return { kind: 'deadlines', events: undated, listing: undated.length > 1 };
    return { kind: 'deadlines', events: deadlines.slice(-1), listing: false, over: true, lastOne: true };
  }
  if (all.length > MAX_LINES && future.length > 0) {
    // (a long series, "when is the pre-lab due" among 30 pre-labs: those still to come, the first few)
    const shown = future.slice(0, MAX_LINES);
    const left = { passed: deadlines.length - future.length, later: future.length - shown.length };
    return { kind: 'deadlines', events: [...shown, ...undated], listing: true, left };
  }
  return { kind: 'deadlines', events: all, listing: listing || all.length > 1, ...whenOver };
}

/** Whether a question names an event by a number or code ("a1", "quiz 3", "phase 2"): one piece of work, not a kind. */
export function namesByCode(
  question: string,
  content: Content,
  synonyms: ReadonlyMap<string, string>,
): boolean {
  const text = joinEventCodes(normalize(question), content, synonyms);
  return askedWords(text, courseWords(content), synonyms).codes.size > 0;
}
