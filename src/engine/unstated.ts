// An entry's answer may say what the course's information does not say ("The syllabus does not list office hours";
// "Recordings are not mentioned"). When a question asks about just that (its words that the answer names only as
// not said, "what room is class in" against "The syllabus does not give the room"), the entry does not answer it:
// the reply is a fallback (so it is counted among the gaps) that gives the entry's answer whole, what it does say
// included. Course-independent: it reads the English of the answer, not any course's words.
import { GRADE_SCALE } from './grade-scale.ts';
import { remember } from './remember.ts';
import { analyze, sentencesIn } from './text.ts';

/**
 * "does not say X", "doesn't list X", "does not spell out X", "gives no X", "says nothing (more) about X": what is not
 * said follows. ("The syllabus lists no exams" is read so too: what a TA knows is what the syllabus says. A course
 * without exams says "The course has no exams", which states a fact.)
 */
const NOT_SAID_BEFORE =
  /\b(?:(?:does not|doesn't|do not|don't|did not|didn't|never) (?:(?:say|give|list|specify|mention|state|name|include|provide|set|describe|cover)s?|spells? out)|(?:gives|lists|names|specifies|mentions|states|sets) no|(?:says|lists) nothing(?: more| else)?(?: specific)? (?:about|on|of))\b/i;
/**
 * "X is not stated", "X are not mentioned", "X is not in the syllabus", "no X is named": what is not said comes before.
 * (Not "no X is given" or "no X is listed": "no extensions are given", "no lecture is listed on <a date>" state facts.)
 */
const NOT_SAID_AFTER =
  /\b(?:is|are|was|were)(?: also)? not (?:stated|specified|listed|given|mentioned|named|provided|described|(?:stated |given |listed |set )?in (?:the|its) (?:syllabus|outline|course (?:page|information|website|site)))\b|(?<=\bno\s[\w\s-]{1,40})\s(?:is|are) (?:stated|specified|mentioned|named)\b/i;

/** A clause of an answer, with what it says is not said (`notSaid`), or null. */
interface Clause {
  text: string;
  unsaid: string | null;
}

/** Answers read so far: an answer is read again for every question it is checked against. */
const read = new Map<string, readonly { sentence: string; clauses: readonly Clause[] }[]>();

/** The sentences of an answer, without Markdown emphasis, each with its clauses (split at semicolons). */
function sentences(answer: string): readonly { sentence: string; clauses: readonly Clause[] }[] {
  return remember(read, answer, () =>
    sentencesIn(answer.replace(/\*\*|__|`/g, '')).map((sentence) => ({
      sentence,
      clauses: sentence
        .split(/;\s*/)
        .flatMap(asides)
        .filter(Boolean)
        .map((text) => ({ text, unsaid: notSaid(text) })),
    })),
  );
}

/**
 * A clause with an aside in brackets that says what is not given, as two clauses: "There are 4 quizzes, each open for
 * 48 hours (the syllabus does not give the times)" still says how many quizzes there are.
 */
function asides(clause: string): string[] {
  const out: string[] = [];
  const rest = clause.replace(/\s*\(([^()]*)\)/g, (whole, inner: string) => {
    if (notSaid(inner) === null) return whole;
    out.push(inner);
    return '';
  });
  return [rest, ...out];
}

/** What a clause says is not said: the words after "does not say", or before "is not mentioned"; null if neither. */
function notSaid(clause: string): string | null {
  const before = NOT_SAID_BEFORE.exec(clause);
  if (before) return clause.slice(before.index + before[0].length);
  const after = NOT_SAID_AFTER.exec(clause);
  if (after) return clause.slice(0, after.index);
  return null;
}

/**
 * The answer without the clauses that say what is not given: "The midterm is on <date>; the syllabus gives no
 * separate time or room" says no place, though it names a room.
 */
export function withoutUnsaid(answer: string): string {
  return sentences(answer)
    .map(({ clauses }) =>
      clauses
        .filter((c) => c.unsaid === null)
        .map((c) => c.text)
        .join('; '),
    )
    .filter(Boolean)
    .join(' ');
}

/** What the answer says is not given, clause by clause: "where it is held" of "does not say where it is held". */
export function unsaidParts(answer: string): string[] {
  return sentences(answer).flatMap(({ clauses }) =>
    clauses.map((c) => c.unsaid).filter((o): o is string => o !== null),
  );
}

/**
 * Words that ask for a kind of value, and the values that answer them: weekdays, clock times, a grading scale's
 * letters with their numbers (for "scale", and "score": "what score counts as an A-"). (Not dates: an answer that
 * says the exam's date is not given may date the review before it. Not a cut-off: "the cutoff for a D" is not given
 * by a scale that stops at C.)
 */
const VALUES: readonly (readonly [string, RegExp])[] = [
  ['day', /\b(mon|tues|wednes|thurs|fri|satur|sun)days?\b/i],
  ['time', /\b\d{1,2}(:\d{2})?\s*(am|pm|a\.m\.|p\.m\.)|\b\d{1,2}:\d{2}\b|\bnoon\b|\bmidnight\b/i],
  // (letter grades with the numbers they begin at: "A 94-100", "B+: 87")
  ['scale score', GRADE_SCALE],
];

/** "teaching assistant(s)" is asked as "TA": one word for both. */
const terms = (text: string): string[] => analyze(text.replace(/\bteaching assistants?\b/gi, 'TA'));

/**
 * Verbs that frame what is asked rather than name it ("do I need MATLAB", "can I use notes"): a question's such word
 * in what an answer says is not given ("does not say whether you need your own computer") is not what it asks.
 */
const FRAMING_VERBS = new Set(
  analyze('need use get take make want know go come give put see find look work help happen like'),
);

/** Words that name the course itself ("is the class curved", "is this course graded on a curve"), not a subject in it. */
const THE_COURSE = new Set(analyze('class course'));

/**
 * The sentence of `answer` that says the question's subject is not given: some of the question's words are named in
 * the answer only as what is not given, and none of them (but those of the entry's `title`) only among what it does
 * say. Null otherwise. A question the entry lists as its own phrasing (`ownPhrasing`) is asked about what is not
 * given only when every word of it outside the title is among what is not given ("is the final cumulative" against
 * "does not say whether the final is cumulative"); otherwise its author wrote it as a question the entry answers
 * ("what's the late policy" against "does not state a late penalty"). The stems in `courseName` (of the course's
 * code) name the course, as "class" and "course" do, not what is asked about it.
 */
export function unstatedSentence(
  question: string,
  answer: string,
  title = '',
  ownPhrasing = false,
  courseName: ReadonlySet<string> = new Set(),
): string | null {
  const asked = new Set(
    terms(question).filter((s) => !FRAMING_VERBS.has(s) && !THE_COURSE.has(s) && !courseName.has(s)),
  );
  if (asked.size === 0) return null;
  const said = new Set<string>();
  const saidClauses: string[] = [];
  const unsaid: { sentence: string; stems: Set<string> }[] = [];
  for (const { sentence, clauses } of sentences(answer)) {
    for (const clause of clauses) {
      if (clause.unsaid === null) saidClauses.push(clause.text);
      else unsaid.push({ sentence, stems: new Set(terms(clause.unsaid)) });
    }
  }
  if (unsaid.length === 0) return null;
  for (const clause of saidClauses) for (const s of terms(clause)) said.add(s);
  // (a word asking for a kind of value is said when the answer gives such a value: "what days" by "Tuesdays and
  // Thursdays", "what time" by "8 am", though "the first and last day of classes" is not given)
  const saidText = saidClauses.join(' ');
  for (const [words, value] of VALUES) if (value.test(saidText)) for (const s of terms(words)) said.add(s);
  const anyUnsaid = new Set(unsaid.flatMap((u) => [...u.stems]));
  // (a word asked that the answer gives something about: it answers; but the words of the entry's title name its
  // subject, "the final exam" in "is the final cumulative", and what is asked about it is in the other words)
  const subject = new Set(terms(title));
  if ([...asked].some((s) => said.has(s) && !anyUnsaid.has(s) && !subject.has(s))) return null;
  if (ownPhrasing && [...asked].some((s) => !anyUnsaid.has(s) && !subject.has(s))) return null;
  let best: { sentence: string; only: number } | null = null;
  for (const u of unsaid) {
    const only = [...u.stems].filter((s) => asked.has(s) && !said.has(s)).length;
    if (only > 0 && (!best || only > best.only)) best = { sentence: u.sentence, only };
  }
  return best?.sentence ?? null;
}
