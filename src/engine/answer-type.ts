// What kind of answer a question asks for, checked against the entry that would answer it.
import { ASSISTANT, answersDetail } from './answer-detail.ts';
import { asksForRoleAlone } from './staff-questions.ts';
import { answersItem } from './answer-item.ts';
import { CALENDAR_NAMES, calendarNames } from './calendar-names.ts';
import { GRADE_SCALE } from './grade-scale.ts';
import { isContentWord, normalize, sentencesIn, stem, tokens, unmarked } from './text.ts';
import { unsaidParts, withoutUnsaid } from './unstated.ts';

/**
 * A question asking for a person: "who writes the exam questions", "hi, who is the TA", "do you know who grades it",
 * "graded by whom". Not a "who" that starts a relative clause after a noun ("what happens to students who miss the
 * exam", "can people who work take it") or a clause inside a question that asks something else ("how do you know who
 * did the work").
 */
const WHO = /\bwho(m|se)?\b/g;
/** What a "who" that asks follows: the start, a clause's start, a verb of knowing or asking, a preposition. */
const ASKING_WHO_BEFORE =
  /(^|[,;:.?!(]|\b(and|but|or|so|then|also|ok|okay|hi|hey|hello|um|like|exactly|know|knows|tell|ask|asking|wondering|wonder|sure|idea|find out|figure out|say|see|check|clear on|by|to|with|from|for))\s*$/;
/** A question that asks something else first: its own question word, not "who", starts it. */
const OTHER_QUESTION_FIRST = /^\W*(how|what|whats|when|where|why|which|whether)\b/;

/** A role's name alone asked with "name" ("instructor name?", "ta names"): it asks for the names themselves. */
const asksForRoleNames = (question: string): boolean =>
  asksForRoleAlone(question) && /\bnames?\b/i.test(question);

function asksWho(question: string): boolean {
  if (asksForRoleAlone(question)) return true;
  if (OTHER_QUESTION_FIRST.test(question)) return false;
  return [...question.matchAll(WHO)].some((m) => ASKING_WHO_BEFORE.test(question.slice(0, m.index)));
}

/** A question asking for a duration ("how long is a lab session"). */
const ASKS_HOW_LONG = /\bhow long\b/;

/**
 * A short question of one to three words (after "the", "our" or "my") that ends in what it asks for: "exam length",
 * "lecture room?". `last`: the pattern of the last word(s).
 */
const shortQuestionFor = (last: string): string =>
  String.raw`^(?:the |our |my )?(?:[a-z0-9-]+ ){1,3}(?:${last})\s*\??$`;

/** A short question for a thing's length or duration: "exam length", "presentation duration?". */
const LENGTH_OF = new RegExp(shortQuestionFor('length|duration'));

/** A duration in an answer: "about two weeks", "3 weeks", "2 points per day". */
const DURATION =
  /\b(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|few|several|extra|half)[\s-]+(more\s+)?(minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\b|\bper (day|week)\b|\bno time limit\b|\bnot timed\b|\buntimed\b|\b\d{1,2}(:\d{2}\s*(am|pm|a\.m\.|p\.m\.)?|\s*(am|pm|a\.m\.|p\.m\.))\s*(-|–|to|until)\s*\d{1,2}(:\d{2})?\s*(am|pm|a\.m\.|p\.m\.)?/i;

/**
 * Things written down rather than places: "where is the <tool> policy" asks for the policy, "where are the slides"
 * for where they are posted, which the entry on them says if anything does.
 */
const WRITTEN =
  '(policy|policies|syllabus|rubrics?|templates?|slides|notes|recordings?|solutions?|instructions|guidelines|readings?|materials?|grades?|info|information)';
/**
 * A question asking for a place ("which room is the lab in", "where are the lectures given", "where is the test", a
 * short "lecture room" or "exam location?"; not "where is the AI policy").
 */
const ASKS_PLACE = new RegExp(
  `${shortQuestionFor('(?:rooms?|locations?|venues?)(?: numbers?)?')}|` +
    String.raw`\b(which|what) (rooms?|buildings?|halls?|locations?|classrooms?)\b|\b(room|building) (numbers?|nr)\b|\bin which (room|building|hall)\b|\b(location|address) of\b|\bwhere (is|are|will|do|does) (the )?\w+( \w+)? (be )?(given|held|located|taught|take place|taking place)\b|^where (is|are|will be) (the |my |our )?(?!(\w+ )?${WRITTEN}\s*\??$)\w+( \w+)?\s*\??$`,
);

/**
 * A place in an answer, or how one meets when there is none ("by appointment", "held online", a video-call service;
 * not "online material").
 */
const PLACE =
  /\b(rooms?|offices?(?!\s+hours?\b)|buildings?|halls?|campus|locations?|address|classrooms?|zoom|auditorium|theatre|theater|laborator(y|ies)|web ?sites?|web ?pages?|sites?|portal|platform|forum|links?|by appointment|(held|meets?|meeting|taught|takes? place|is|are|be|runs?|conducted|fully|entirely) online|online (on|via|through|over)|remotely|bluejeans|webex|skype|(microsoft|ms) teams|google meet|video ?(calls?|conferenc\w*))\b|https?:\/\//i;

/**
 * Words by which an answer names people of the course, or an office that stands for them ("contact the Disability
 * Resource Center", "the Registrar's Office"; not "office hours").
 */
const PEOPLE =
  /\b(lecturers?|coordinators?|teaching assistants?|tas?|staff|teachers?|instructors?|professors?|prof|tutors?|advisors?|advisers?|dr|registrar|dean|offices?(?!\s+hours?\b)|cent(er|re)s?|departments?|desks?)\b/i;

/**
 * False when the question asks for a person and the entry's answer names none: "who writes the exam questions"
 * shares its words with an entry on the exam's format, but an answer without a person in it does not answer it. The
 * staff's names count as people, so a FAQ for another course works the same.
 */
export function answersWho(question: string, answer: string, names: readonly string[]): boolean {
  const forName = ASKS_NAME.test(question) || asksForRoleNames(question);
  if (!forName && !asksWho(question)) return true;
  if (!forName && (PEOPLE.test(answer) || CONTACT_NAMED.test(answer))) return true;
  // (an assistant's name is given where the answer speaks of assistants: "Instructor: Dr. Lee. Sections are run by
  // a TA; see the registrar for yours" names no TA)
  const named =
    forName && ANY_ASSISTANT.test(question)
      ? answer
          .split(/\n+|(?<!\b(?:Dr|Prof|Mr|Ms|Mrs)\.)(?<=[.!?])\s+(?=(?:[-*•]\s+)?[*_`[]*[A-Z])/)
          .filter((s) => ANY_ASSISTANT.test(s))
          .join(' ')
      : answer;
  const lower = named.toLowerCase();
  return (
    names.some((n) => n.trim() !== '' && lower.includes(n.toLowerCase())) ||
    ((forName || ASKS_AUTHOR.test(question)) && PERSON_NAME.test(unmarked(named)))
  );
}

/**
 * Whom to turn to, by name: "contact **<an office>** directly", "e-mail the <Name> help desk", "ask <Name>" (a
 * capitalised name after contact, ask, e-mail, write to, talk to or reach out to).
 */
const CONTACT_NAMED =
  /\b([Cc]ontact|[Aa]sk|[Ee]-?mail|[Ww]rite to|[Tt]alk to|[Ss]peak to|[Rr]each out to)\s+(the\s+)?[*_`[]*[A-Z]/;

/** A question asking who made a work ("who wrote the textbook"): its author is named, and is no one of the course. */
const ASKS_AUTHOR = /\bwho (wrote|writes|authored|created|made|designed|developed|invented|published)\b/;

/** A question asking for someone's name: "who is my TA", "who are the TAs", "what is the name of our instructor". */
const ASKS_NAME = new RegExp(
  `\\bwho (is|are|s) (my|our|the) ${ASSISTANT}|\\bnames? of (my|our|the) (${ASSISTANT}|(instructors?|professors?|lecturers?|teachers?)\\b)`,
);

/** A teaching assistant named in any case ("TA", "Teaching Fellow"). */
const ANY_ASSISTANT = new RegExp(ASSISTANT, 'i');

/** A person's name in an answer: two capitalised words ("Sam Patel"), or a title and a name ("Dr. Avery"). */
const PERSON_NAME = /\b(Dr|Prof|Professor|Mr|Ms|Mrs)\.? [A-Z][a-z]+|\b[A-Z][a-z]+ [A-Z][a-z]+\b/;

/**
 * "How long" asking how long a thing is rather than how long something takes: "how long is the final paper", "how
 * long should the profile be", "how long the essay"; not "how long do I have", "how long until the exam", "how long
 * does marking take".
 */
const ASKS_HOW_LONG_IS =
  /\bhow long( (is|are|was|were)\b| .*\bbe\b|(?! (do|does|did|will|would|can|could|should|must|may|might|shall|to|until|till|ago|before|after|since|have|has|had|i|we|you|it|they)\b))/;

const AMOUNT_WORD =
  '\\d+([.,]\\d+)*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|few|several|single|half an?';
/**
 * A length of written or presented work in an answer: "two pages", "25 pages or more", "1,500-2,000 words", "a
 * 500-word summary", "10 double-spaced pages", "at most 12 slides", "no page limit" (minutes are a duration).
 */
const LENGTH = new RegExp(
  `\\b(${AMOUNT_WORD})(\\s*(-|–|to)\\s*(${AMOUNT_WORD}))?([\\s-]+([a-z]+-spaced|typed|printed|full))?[\\s-]+(pages?|pp|words?|slides?|characters?|lines?|paragraphs?|sentences?)\\b|\\bno (page|word|length|slide|character) (limit|minimum|maximum|requirement)`,
  'i',
);

/**
 * False when the question asks how long something takes or lasts and the answer gives no duration: "how long is
 * a lab session" may match an entry on the labs well that says on which days they are, not for how long. How long a
 * piece of work is ("how long should the essay be") is answered by a length too ("at most two pages").
 */
export function answersHowLong(question: string, answer: string): boolean {
  const lengthOf = LENGTH_OF.test(question);
  if ((!ASKS_HOW_LONG.test(question) && !lengthOf) || DURATION.test(answer)) return true;
  return (ASKS_HOW_LONG_IS.test(question) || lengthOf) && LENGTH.test(answer);
}

/**
 * A question asking how long a thing lasts, and nothing more: "how long is the exam", "how long does a lab session
 * take", "how long are lectures usually". The thing is the words between the verb and the end (articles aside).
 */
const HOW_LONG_THING =
  /\bhow long (?:is|are|was|were|does|do|did|will|would)\s+(?:(?:the|a|an|each|every|one|our)\s+)?(?!(?:i|we|you|u|they|he|she|it|my|your|their|this|that|these|those)\b)((?:[a-z0-9]+\s+){0,2}?[a-z0-9]+)(?:\s+(?:usually|normally|typically|generally))?(?:\s+(?:take|takes|last|lasts|run|runs|be|go))?(?:\s+(?:usually|normally|typically|generally|roughly|approximately|exactly))?\s*$/;

/**
 * False when an answer gives a duration, but not of the thing asked about: "how long does the exam take" against an
 * entry on how long each assignment takes, which never names the exam. One word of the thing, as a word or a stem, in
 * a sentence or line of the answer that gives a duration or in what it is `about` (an entry's title and phrasings),
 * is enough: an entry on the exams, held in a lab, with their durations does not say how long a lab is. A question
 * that asks more ("how long does the prof take to answer emails"), of a person ("how long do we get") or of something
 * named before it ("... and how long does that part last") is not checked. `spelled` writes the thing's words as the
 * course spells them ("assignmnet"), read only for a question this check applies to.
 */
export function namesWhatLasts(
  question: string,
  answer: string,
  about: readonly string[] = [],
  spelled: (text: string) => string = (t) => t,
): boolean {
  if (!ASKS_HOW_LONG.test(question.toLowerCase())) return true;
  const thing = HOW_LONG_THING.exec(
    normalize(question)
      .replace(/[?.!]+/g, ' ')
      .trim(),
  )?.[1];
  if (thing === undefined || !DURATION.test(answer)) return true;
  const words = tokens(spelled(thing)).filter(isContentWord);
  if (words.length === 0) return true;
  const lasting = sentencesIn(answer).filter((s) => DURATION.test(s));
  const said = new Set(tokens(unmarked([...about, ...lasting].join('\n')).toLowerCase()).map(stem));
  return words.some((w) => said.has(stem(w)));
}

/**
 * A question asking how long a piece of work may be, in pages, words or slides: "how many pages should the report be",
 * "page limit for the essay", "final essay word count", "is there a required length".
 */
const ASKS_LENGTH =
  /\bhow many (pages?|words?|slides?)\b|\b(page|word|slide) (limits?|counts?|maximums?|minimums?|requirements?)\b|\brequired length\b|\bin pages\b/;

/**
 * False when the question asks how long a piece of work may be and the answer gives no length: the entry on the final
 * project says when it is due and what it is worth, not how many pages the report has.
 */
export function answersLength(question: string, answer: string): boolean {
  return !ASKS_LENGTH.test(question) || LENGTH.test(unmarked(answer));
}

/**
 * False when the question asks where something is (a room, a building) and the answer names no place: the
 * entry on the labs may say when they are, not in which room. `echoes`: the question's own place word in the answer
 * counts too (givesPlace leaves it out).
 */
export function answersWhere(question: string, answer: string, echoes = false): boolean {
  return (
    !ASKS_PLACE.test(question) ||
    (echoes ? PLACE.test(answer) : givesPlace(question, answer)) ||
    namesPlace(answer)
  );
}

/** Every place word of an answer (PLACE, matched throughout). */
const PLACE_WORDS = new RegExp(PLACE.source, 'gi');

/**
 * A place word in the answer that is not only the question's own word said back: "where is the classroom" is not
 * answered by "the classroom experience", but "which room" is by "room 12" or "Office: W341 South College" (the
 * word with a number or name after it).
 */
function givesPlace(question: string, answer: string): boolean {
  const asked = new Set(question.toLowerCase().match(/[a-z]+/g) ?? []);
  for (const m of answer.matchAll(PLACE_WORDS)) {
    const word = m[0].toLowerCase();
    if (!asked.has(word)) return true;
    if (/^(?:\s*[:\u2013-])?\s+[*_`[]*(?:[A-Z]|\d)/.test(answer.slice(m.index + m[0].length))) return true;
  }
  return false;
}

/**
 * A name after "on", "via", "through" or "at": a site or place by its name ("on Coursehub", "at Keller Hall"), also
 * when set in bold, italics, code or a link ("on **Coursehub**").
 */
const NAMED = /\b(?:[Oo]n|[Vv]ia|[Tt]hrough|[Aa]t)\s+(?:the\s+)?[*_`[]*([A-Z][\w-]*)/g;

/**
 * A site by its name after a verb of posting and "in", "to" or "as" ("posted in Canvas", "uploaded to Gradescope",
 * "posted as **Canvas Announcements**"), where "in" alone could start a month, a week or a language.
 */
const POSTED_TO =
  /\b(?:posted|published|shared|uploaded|submitted|announced|listed|available)\s+(?:in|into|to|as)\s+(?:the\s+)?[*_`[]*([A-Z][\w-]*)/g;

/**
 * A room by its building's name and number after "in" ("in Isenberg G23", "in ISB 155-157", "in Hasbrouck 20"): a
 * capitalised name, then a number that may carry a letter.
 */
const IN_ROOM = /\bin\s+(?:the\s+)?[*_`[]*([A-Z][\w-]*)(?:\s+[A-Z][\w-]*){0,2}\s+[A-Z]?\d{1,4}[A-Z]?\b/g;
/** A street address after "at" or "in": a house number, then a capitalised name ("at 726 Broadway", "in 19 West Hall"). */
const AT_ADDRESS =
  /\b(?:[Aa]t|[Ii]n)\s+(?:the\s+)?[*_`[]*\d{1,5}\s+[*_`]*(?!(?:AM|PM|A\.M|P\.M|Noon|Midnight)\b)([A-Z][\w-]*)/g;
/** Names that number a part of the course or the term, not a building: "in Week 3", "in Chapter 7". */
const SEQUENCE = new Set(
  'week weeks chapter chapters unit units module modules lecture lectures lesson lessons part parts section sections assignment assignments homework quiz quizzes exam exams problem problems question questions step steps phase year grade term semester quarter session sessions class version'.split(
    ' ',
  ),
);

/** True when the answer names a site or place (a capitalised name that is no day or month: not "on Monday"). */
function namesPlace(answer: string): boolean {
  for (const m of answer.matchAll(NAMED)) {
    const name = (m[1] ?? '').toLowerCase();
    if (!CALENDAR_NAMES.has(name)) return true;
  }
  for (const m of [
    ...answer.matchAll(IN_ROOM),
    ...answer.matchAll(AT_ADDRESS),
    ...answer.matchAll(POSTED_TO),
  ]) {
    const name = (m[1] ?? '').toLowerCase();
    if (!CALENDAR_NAMES.has(name) && !SEQUENCE.has(name)) return true;
  }
  return false;
}

/** A question asking for a moment ("when is the exam", "what date is the deadline"). */
const ASKS_WHEN = /^(when|what (day|date|time)|on what (day|date)|which (day|date))\b/;

/**
 * A moment in an answer: a day, a week, a date or time, or a moment relative to another one, or a time agreed on
 * ("by appointment", "arranged with the instructor"), or a point in the term ("towards the end of the semester").
 */
const MOMENT = new RegExp(
  `\\b(${calendarNames().join('|')}|may \\d{1,2}|\\d{1,2} may|weeks?|days?|months?|dates?|deadlines?|schedule|` +
    `appointments?|arranged|by arrangement|` +
    `(start|beginning|middle|end) of (the |this |each )?(semester|term|quarter|year)|` +
    `after|before|until|during|early|noon|midnight|\\d{1,2}:\\d{2}|\\d{1,2}\\s*(am|pm|a\\.m\\.|p\\.m\\.)|\\d{1,2}/\\d{1,2})\\b`,
  'i',
);

/**
 * "what time is the lab", "what time do office hours start", "what time of day is the report due", "what time sunday
 * night are essays due": a time of day is asked (not "what time zone", "what time commitment is it").
 */
const ASKS_CLOCK =
  /^(what|which) time (?!zones?\b|commitments?\b|frames?\b|slots?\b|limits?\b|periods?\b|differences?\b)([a-z0-9]+ ){0,3}(is|are|does|do|will)\b/;
/** A time of day, or one agreed on: "10:30", "2 pm", "2-4pm", "14h", "noon", "by appointment". */
const CLOCK =
  /\b(noon|midnight|\d{1,2}:\d{2}|\d{1,2}(\s*[-–]\s*\d{1,2})?\s*(am|pm|a\.m\.|p\.m\.)|\d{1,2}h\d{0,2}\b|appointments?|arranged|arrangement)/i;

/**
 * False when the question asks when something is and the answer names no moment: with no exam in the schedule,
 * "when is the exam" must not be answered with an entry on its format. "What time" asks for a time of day: an entry
 * that says where office hours are held and that a calendar has the times does not answer "what time are office
 * hours".
 */
export function answersWhen(question: string, answer: string): boolean {
  const clock = ASKS_CLOCK.test(question);
  if (!clock && !ASKS_WHEN.test(question)) return true;
  return (clock ? CLOCK : MOMENT).test(answer) || saysThereIsNo(question, answer);
}

/** An answer saying there is none of a thing ("there is no midterm", "the course has no exams"), and the thing. */
const NONE =
  /\b(?:there (?:is|are|will be) no|there (?:is not|are not|isn't|aren't) (?:a|an|any)|(?:has|have) no|does(?:n't| not) have (?:a|an|any))((?:\s+[a-z][\w-]*){1,3})/gi;

/**
 * True when the answer says there is none of a thing the question names: "when is the midterm" is answered by
 * "There is no midterm or final exam", which names no moment.
 */
function saysThereIsNo(question: string, answer: string): boolean {
  const asked = new Set(
    normalize(question)
      .split(/[^a-z0-9]+/)
      .filter(isContentWord)
      .map(stem),
  );
  for (const m of answer.matchAll(NONE)) {
    for (const w of (m[1] ?? '').toLowerCase().trim().split(/\s+/)) if (asked.has(stem(w))) return true;
  }
  return false;
}

/**
 * A question asking for a price ("how much does the access code cost", "what is the price of the textbook",
 * "textbook price?").
 */
const ASKS_PRICE =
  /\bhow much (does|do|is|are|will|would|did)\b[^?]*\bcost\b|\b(price|cost|fee)s? (of|for)\b|\bwhat (does|do|will)\b[^?]*\bcost\b|\bprices?\b/;

/** An amount in an answer: money, "free", or what lateness or a choice costs in points. */
const AMOUNT =
  /[$€£¥]\s?\d|\b\d+([.,]\d+)?\s?(dollars?|euros?|pounds?|usd|eur|gbp)\b|\bfree\b|\bno (cost|charge|fee)\b|\b(points?|percent)\b|%/i;

/** Words that ask for a price rather than name the thing priced. */
const PRICE_WORD = /^(much|prices?|costs?|fees?|pay|paying|charge[ds]?|money)$/;

/**
 * False when the question asks what something costs and the answer gives no amount: "how much does the access code
 * cost" shares its words with the entry on buying the code, which may not say its price. Nor when the amount is of
 * something else: it must be in the answer's first sentence, in one that names what the question prices, or right
 * after one ("the other readings are free" does not price the textbook).
 */
export function answersPrice(question: string, answer: string): boolean {
  if (!ASKS_PRICE.test(question)) return true;
  const priced = new Set(
    tokens(question)
      .filter((w) => isContentWord(w) && !PRICE_WORD.test(w))
      .map(stem),
  );
  const sentences = sentencesIn(unmarked(answer));
  const names = (t = ''): boolean => priced.size === 0 || usesAny(t, priced);
  // (an answer's first sentence is about what its entry is about: "It is free.")
  return sentences.some((s, i) => AMOUNT.test(s) && (i === 0 || names(s) || names(sentences[i - 1])));
}

/**
 * A question asking what share of the grade something carries: "how much is the lab report worth", "how much does the
 * midterm count", "what percentage of the grade is the final", "what is the weighting of the homework", "what is the
 * project worth" (not "is it worth taking", which asks no share).
 */
const ASKS_WEIGHT =
  /\bhow (much|heavily) (is|are|does|do|will|would|did)\b[^?]*\b(worth|count|counts|weigh|weighs|weighted)\b|\bwhat (percent(age)?|%|share|portion|fraction|proportion|part|weight(ing)?) of (the|my|your|our) ((final|overall|course|total) )?(grade|mark|score)\b|\bwhat (is|are) the (weight(ing)?s?|percentages?) (of|for)\b|\bwhat (is|are|was|were) [^?]*\bworth\s*(\?|$)|\bwhat (percent(age)?|%) (is|are)\b|\bwhat (percent(age)?|%)\b[^?]*\b(count|counts|worth|weigh|weighs|weighted)\b/;

/**
 * A share of the grade in an answer: a percentage, points, a fraction ("half", "1/3"), an average of parts, or that it
 * carries none ("not graded", "pass/fail", "does not count").
 */
const WEIGHT =
  /%|\bpercent|\b(points?|pts)\b|\b\d+\s*marks?\b|\b(half|third|quarter|fifth|tenth|twice|double)\b|\b\d+\s*\/\s*\d+\b|\b(not|un)[ -]?(graded|counted|weighted)\b|\bpass\s*\/\s*fail\b|\b(does not|doesn't|do not|don't|will not|won't) count\b|\bno (weight|credit)\b|\bequal(ly)? weight|\bweighted equally\b|\b(the )?(weighted )?average of\b/i;

/**
 * False when the question asks what share of the grade something carries and the answer gives none: the entry on the
 * lab reports' due dates shares their words but not their weight.
 */
export function answersWeight(question: string, answer: string): boolean {
  return !ASKS_WEIGHT.test(question) || WEIGHT.test(unmarked(answer));
}

/** A question asking for a count ("how many TAs are there", "how many quizzes do we have"). */
const ASKS_COUNT = /\bhow many\b/;

/** A count said in words ("three midterms"), or a word that says how many without a number ("both", "none"). */
const COUNT_WORD =
  /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|twenty|thirty|forty|fifty|hundred|dozen|single|both|none|no|several|few|pair|twice|once)\b/i;

const DIGITS = /\d+/g;

/** A share of the grade ("20% of the grade", "worth 15%", "(10%)"), not a share of something counted. */
function isWeight(text: string, at: number, before: string): boolean {
  const rest = text.slice(at, at + 50);
  return (
    /^\d+\s*(%|percent)\s*(of\s+(the|your)\s+((final|course|overall|total)\s+)?(grade|mark|score))/i.test(
      rest,
    ) || /\b(worth|counts?( for)?|weighted|weighs|is|are)\s*$|\(\s*$/i.test(before)
  );
}

/**
 * A number in an answer that can be a count: not a share of the grade ("20% of the grade"), a year, a clock time
 * ("11:59", "10 am") or a date ("Jan 28", "3/23").
 */
function isCount(text: string, at: number, digits: string): boolean {
  const from = Math.max(0, at - 12);
  const before = text.slice(from, at);
  const after = text.slice(at + digits.length, at + digits.length + 10);
  if (/^(19|20)\d\d$/.test(digits)) return false;
  // (the end of a range is a count as its start is: "16-22" after a month is two days, "3-4 students" a count)
  const range = /(\d+)\s*[-–]\s*$/.exec(before);
  if (range?.[1]) return isCount(text, from + range.index, range[1]);
  if (/^\s*(%|percent)/i.test(after) && isWeight(text, at, before)) return false;
  if (/^[:/.,]\d/.test(after) || /^\s*(am|pm|a\.m\.|p\.m\.)/i.test(after) || /[:/]$/.test(before))
    return false;
  const word = /([a-z]+)\.?\s*$/i.exec(before)?.[1]?.toLowerCase();
  return !(word && CALENDAR_NAMES.has(word));
}

/** Whether a text uses a word with one of these stems. */
const usesAny = (text: string, stems: ReadonlySet<string>): boolean =>
  tokens(text).some((w) => stems.has(stem(w)));

/** A sentence that says how many: a count in words, or a number that is a count (isCount). */
const saysCount = (sentence: string): boolean =>
  COUNT_WORD.test(sentence) || [...sentence.matchAll(DIGITS)].some((m) => isCount(sentence, m.index, m[0]));

/**
 * False when the question asks how many of something there are and the answer says no number: an entry that names
 * the course's teaching assistants does not say how many sections there are.
 */
export function answersHowMany(question: string, answer: string): boolean {
  if (!ASKS_COUNT.test(question)) return true;
  const asked = new Set(tokens(question).filter(isContentWord).map(stem));
  asked.delete(stem('many'));
  // (a count says how many only in a sentence that uses a word of the question)
  return sentencesIn(unmarked(answer)).some((s) => saysCount(s) && usesAny(s, asked));
}

/** Measures rather than things: "how many points" is answered by a share of the grade, "how many days" by a date. */
const MEASURE = /^(points?|marks?|percent|credits?|units?|hours?|days?|weeks?|minutes?|times?)$/;

/** Words for people, counted in a group's size: "how many people per team" is answered by "teams of three". */
const PERSONS = /^(people|ppl|persons?|students?|members?|teammates?|partners?)$/;
const PERSONS_STEMS = ['people', 'person', 'student', 'member', 'teammate', 'partner', 'group', 'team'].map(
  stem,
);

/**
 * The stems of the thing a question counts: the content words right after "how many", up to the first word that is
 * not one or the first plural ("how many questions are on the exam": questions), or none when it counts a measure or
 * a short form ("how many pts", "how many hws").
 */
function countedStems(question: string): string[] {
  const words = tokens(question);
  const at = words.findIndex((w, i) => w === 'many' && words[i - 1] === 'how');
  if (at < 0) return [];
  const out: string[] = [];
  for (const w of words.slice(at + 1, at + 4)) {
    if (!isContentWord(w)) break;
    const person = PERSONS.test(w);
    if (MEASURE.test(w) || (w.length <= 3 && !person)) return [];
    out.push(stem(w));
    if (person) return [...out, ...PERSONS_STEMS];
    // (a plural ends the thing counted: "how many students go on the trip" counts students)
    if (/[^s]s$/.test(w)) break;
  }
  return out;
}

/**
 * False when an answer gives a count, but not of the thing counted: "how many questions are on the exam" against the
 * entry on the exam, which says how many hours it lasts. The thing counted named in a sentence of the answer that
 * has a count, or in what the answer is `about` (an entry's title and phrasings), is enough.
 */
export function countsWhatIsAsked(question: string, answer: string, about: readonly string[] = []): boolean {
  const text = normalize(question);
  if (!ASKS_COUNT.test(text)) return true;
  const counted = new Set(countedStems(text));
  if (counted.size === 0) return true;
  const named = (t: string): boolean => usesAny(t, counted);
  return about.some(named) || sentencesIn(unmarked(answer)).some((s) => saysCount(s) && named(s));
}

/**
 * Words before "near" that say only that a place is sought ("any good places near campus", "somewhere near the
 * hall"): the thing sought is the rest.
 */
const SOUGHT_ANYWHERE = new Set(
  ['place', 'spot', 'somewhere', 'anywhere', 'good', 'best', 'cheap', 'nice', 'decent', 'close'].map(stem),
);

/** Words after "near" that make it a point in time or in a text, not a place. */
const NOT_A_PLACE = /^(end|start|beginning|deadline|top|bottom)s?$/;

/**
 * The stem of what a question seeks near a place: the last content word before "near" that says more than that a
 * place is sought ("parking near the north hall", "lab parking near the hall": parking; "any good pizza places near
 * campus": pizza), or none.
 */
function soughtNear(question: string): string | undefined {
  const words = tokens(question);
  const at = words.indexOf('near');
  // (not "nowhere near", "near the end of the term", "near end of term": a place follows "near" when it is sought)
  if (at < 1 || words[at - 1] === 'nowhere' || words.slice(at + 1, at + 3).some((w) => NOT_A_PLACE.test(w)))
    return undefined;
  return words
    .slice(Math.max(0, at - 3), at)
    .filter(isContentWord)
    .map(stem)
    .filter((t) => !SOUGHT_ANYWHERE.has(t))
    .at(-1);
}

/**
 * False when a question seeks something near a place ("parking near <a hall>", "pizza near <a building>") and neither
 * the answer nor what it is `about` names the thing sought: an entry on where class meets names the place, not what
 * is near it.
 */
export function findsWhatIsNear(question: string, answer: string, about: readonly string[] = []): boolean {
  const sought = soughtNear(normalize(question));
  if (sought === undefined) return true;
  const asked = new Set([sought]);
  return [answer, ...about].some((t) => usesAny(t, asked));
}

/**
 * A question asking for a version of something ("which <language> version should I use", "what version of <tool> do
 * we need"; not "what version control do we use").
 */
const ASKS_VERSION = /\b(which|what) ([\w.+#-]+ )?versions?\b(?! control)/;

/**
 * A version in an answer: a numbered release ("3.11", "v2", "version 4") or a release named without a number ("the
 * latest version", "any recent release").
 */
const VERSION =
  /\bv?\d+(\.\d+)+\b|\bv\d+\b|\bversions?\s+v?\d|\b(latest|newest|current|recent|any|same|older|newer) (stable )?(versions?|releases?)\b/;

/** A capitalised name with a number after it: "<Tool> 3", but also a room ("<Building> 135"). */
const NAME_NUMBER = /\b([A-Z][\w.+#-]*)\s+(\d+(?:\.\d+)*)\b/g;

/**
 * False when the question asks which version of something to use and the answer names none: the entry on the
 * course's software says what to install, not which version of it. A name with a number is a version of the thing
 * asked about only when the question names the thing ("which python version": "Python 3"), and not the same name
 * and number ("which version of <tool> 7": "<tool> 7" is the tool's name; "<Building> 135" a room).
 */
export function answersVersion(question: string, answer: string): boolean {
  if (!ASKS_VERSION.test(question)) return true;
  const plain = unmarked(answer);
  if (VERSION.test(plain)) return true;
  const asked = ` ${tokens(question).join(' ')} `;
  return [...plain.matchAll(NAME_NUMBER)].some(([, name = '', number = '']) => {
    const thing = name.toLowerCase();
    return asked.includes(` ${thing} `) && !asked.includes(` ${thing} ${number} `);
  });
}

/** A group of students working together, as a question or an answer names it. */
const GROUP = /\b(groups?|teams?|teammates?|team members?|partners?)\b/;

/**
 * A question asking how groups come about: "how are the groups formed", "who picks the teams", "do we pick our own
 * teammates", "can I choose my own partner", "are teams assigned or do we choose" (not "what if we forget to form a
 * group before handing in").
 */
const ASKS_FORMING =
  /\bhow (are|is|do|does|will|would|can|should)\b[^?.]*\b(formed|picked|chosen|assigned|made|decided|selected|put together)\b|\bwho (picks|chooses|assigns|forms|decides|makes|selects)\b|\b(pick|choose|select|form|find)\b[^?.]*\b(own|ourselves|myself|themselves|yourselves)\b|\bassign(ed)?\b[^?]*\bor\b|\bor\b[^?]*\bassign(ed)?\b/;

/**
 * How a group comes about, as an answer says it: "sign up for a group", "teams are assigned by the instructor",
 * "choose your own partner", "at random".
 */
const FORMING =
  /\b(pick|picks|picked|picking|choose|chooses|chose|chosen|choosing|select|selects|selected|assign|assigns|assigned|form|forms|formed|forming|team up|sign(ed|s)? (yourselves |yourself |themselves |ourselves )?up|sign-?ups?|random(ly)?|allocat\w*|self-select\w*|match(ed|es)?|put (you |students )?in(to)?|placed)\b/i;

/**
 * False when the question asks how groups are made (chosen by the students, or assigned) and the answer says nothing
 * of it: the entry that says which assignments are group work, and in groups of how many, does not say who forms them.
 */
export function answersGroupForming(question: string, answer: string): boolean {
  if (!GROUP.test(question) || !ASKS_FORMING.test(question)) return true;
  return FORMING.test(unmarked(answer));
}

/** The words for where a grade begins. */
const CUTOFF_WORD = 'cut-?offs?|boundar(?:y|ies)|thresholds?';

/**
 * A question asking for the number a letter grade starts at: "what percentage do I need for an A", "cutoff for a
 * B+", as normalize() writes them ("an agrade letter grade", "a bplus"); a lower-case letter only where no word can
 * stand ("for an a", "for a c"), so "for a grade" is not one. "What does it take to get an A" may be answered in
 * words, so a number must be asked for (CUTOFF_INTENT). Or the cut-offs of every grade: "letter grade cutoffs",
 * "grade boundaries"; or a letter's cut-off named the other way round ("B+ cutoff", and a bare letter first or after
 * "the": "A cutoff", not "is there a cutoff").
 */
const ASKS_CUTOFF = new RegExp(
  [
    // ("for an A", "cutoff for a B+", "still gets a D")
    '\\b(for|get|earn|receive|achieve|make|be|still gets?|cut-?offs?( for)?) (an? )?([a-f]grade\\b|[a-f](plus|minus)\\b|(?<=an )[af](?=[\\s?.,!]|$)|(?<=a )[bcd](?=[\\s?.,!]|$))',
    // ("B+ cutoff"; a bare letter first or after "the": "A cutoff")
    `\\b[a-f](plus|minus|grade) (${CUTOFF_WORD})\\b|(^|\\bthe )[a-f] (${CUTOFF_WORD})\\b`,
    // (every grade's: "letter grade cutoffs", "cut-offs for letter grades")
    `\\b(grade|grades|grading|letter) (${CUTOFF_WORD})\\b|\\b(${CUTOFF_WORD}) (for|of) (the )?(letter )?grades\\b`,
  ].join('|'),
);
const CUTOFF_INTENT = new RegExp(
  `%|\\b(percent\\w*|scores?|points?|${CUTOFF_WORD}|minimum|lowest|average|numeric|how many)\\b`,
);

/**
 * False when the question asks what it takes to get a letter grade and the answer ties no letter grade to a number:
 * the entry on how the final grade is weighted says what counts, not where an A begins.
 */
export function answersGradeCutoff(question: string, answer: string): boolean {
  if (!ASKS_CUTOFF.test(question) || !CUTOFF_INTENT.test(question)) return true;
  return GRADE_SCALE.test(unmarked(answer));
}

/** True when the entry's answer is of the kind the question asks for (a person, a duration, a length, a place, a count, a moment, a price, a share of the grade, a version, how groups are made, a grade's cut-off, a named detail, the numbered item asked about). */
export function answersQuestionType(question: string, given: string, names: readonly string[]): boolean {
  // (what the answer says is not given does not answer: "the syllabus gives no room" names no place)
  return ofKindAsked(normalize(question).replace(/\s+/g, ' '), withoutUnsaid(given), names);
}

/**
 * True when the kind the question asks for is named in the answer only among what it says is not given: "where is
 * class" against "Lectures are on <weekday>s ... The syllabus does not give the lecture room". The entry then answers
 * that it is not given.
 */
export function kindAskedOnlyUnsaid(question: string, given: string, names: readonly string[]): boolean {
  const text = normalize(question).replace(/\s+/g, ' ');
  // (here the question's own place word counts: "does not give the lab room" names the room asked about)
  const stated = withoutUnsaid(given);
  const missing = KINDS.filter(([, answers]) => !answers(text, stated, names, false));
  if (missing.length === 0) return false;
  if (ofKindAsked(text, given, names, true)) return true;
  // (or it says in words that the kind asked is not given: "does not say where it is held", "gives no price")
  const unsaid = unsaidParts(given);
  return missing.every(([, , says]) => says !== undefined && unsaid.some((u) => says.test(u)));
}

/** A person of the course whose office a question may ask for ("the prof", "the TA", "Dr <name>", "her"). */
const OFFICE_HOLDER =
  "(?:prof|profs|professors?|instructors?'?|teachers?|lecturers?|coordinators?|tas?|dr [a-z-]+|professor [a-z-]+|prof [a-z-]+|his|her|their)";
/** An office, not office hours. */
const OFFICE = String.raw`offices?\b(?!\s*(?:hours?|hrs)\b)`;
/**
 * A question where a person's office is: "where is the prof's office", "Professor <name>'s physical office on
 * campus", "TA office room number" (normalised: "prof office").
 */
const ASKS_OFFICE = new RegExp(
  String.raw`\b(?:where|which room|what room)\b.*\b${OFFICE_HOLDER}\s+(?:physical\s+|campus\s+|own\s+)?${OFFICE}|` +
    String.raw`\b${OFFICE_HOLDER}\s+${OFFICE}\W*(?:location|room|number|building|located|address)\b`,
);
/** A room or building named in a sentence: "room 241", "Weitz 239A", "FB136", "Gross Hall". */
const PHYSICAL_PLACE =
  /\b(?:rooms?|rm|buildings?|halls?|towers?|floor|wing)\b|\b(?:Hall|Building|Tower|Cent(?:er|re)|College|Library|Annex|Lab|Laboratory|Pavilion|House|Complex|Institute|School)\b|\b[A-Z]{1,5}[- ]?\d{1,4}[A-Z]?\b|\b[A-Z][a-z]+ [A-Z]?\d{2,4}[A-Z]?\b/;
const OFFICE_WORD = new RegExp(String.raw`\b${OFFICE}`, 'i');

/**
 * False when the question asks where a person's office is and no sentence of the answer that speaks of an office
 * names a room or a building: office hours on Zoom, a booking link or an e-mail address do not say where the office
 * is.
 */
export function answersOfficePlace(question: string, answer: string): boolean {
  if (!ASKS_OFFICE.test(question)) return true;
  return sentencesIn(unmarked(answer)).some((s) => OFFICE_WORD.test(s) && PHYSICAL_PLACE.test(s));
}

/** Each kind of answer a question may ask for, with what an answer that lacks it does, as a TA reads it. */
const KINDS: readonly (readonly [
  string,
  (text: string, answer: string, names: readonly string[], echoes: boolean) => boolean,
  /** The words by which an answer says this kind is not given ("does not say where", "gives no price"). */
  RegExp?,
])[] = [
  ['names no person', (t, a, names) => answersWho(t, a, names), /\bwho(m|se)?\b|\bnames?\b/i],
  ['gives no duration', (t, a) => answersHowLong(t, a), /\bhow long\b|\b(duration|length)s?\b/i],
  [
    'gives no length',
    (t, a) => answersLength(t, a),
    /\bhow long\b|\blengths?\b|\b(page|word|slide) (limits?|counts?)\b/i,
  ],
  [
    'names no place (a room, a building or a site)',
    (t, a, _names, echoes) => answersWhere(t, a, echoes),
    /\bwhere\b|\b(rooms?|locations?|buildings?|venues?|places?)\b/i,
  ],
  [
    'names no room or building of the office',
    (t, a) => answersOfficePlace(t, a),
    /\bwhere\b|\b(rooms?|offices?|locations?|buildings?)\b/i,
  ],
  ['gives no number', (t, a) => answersHowMany(t, a), /\bhow many\b|\bnumber\b/i],
  ['gives no day or time', (t, a) => answersWhen(t, a), /\bwhen\b|\b(dates?|times?|days?|schedule)\b/i],
  ['gives no price', (t, a) => answersPrice(t, a), /\bhow much\b|\b(prices?|costs?|fees?)\b/i],
  [
    'gives no share of the grade',
    (t, a) => answersWeight(t, a),
    /\bhow much\b|\b(weights?|weighting|percentages?|worth)\b/i,
  ],
  ['names no version', (t, a) => answersVersion(t, a), /\b(versions?|editions?)\b/i],
  ['does not say how groups are formed', (t, a) => answersGroupForming(t, a)],
  [
    'gives no grade cut-offs',
    (t, a) => answersGradeCutoff(t, a),
    /\bcut-?offs?\b|\b(grading|grade) scales?\b|\bthresholds?\b/i,
  ],
  ['does not mention the thing asked about', (t, a) => answersDetail(t, a)],
  ['does not name the numbered item asked about', (t, a) => answersItem(t, a)],
];

/** `echoes`: a place word the question itself uses counts as naming a place (answersWhere). */
function ofKindAsked(text: string, answer: string, names: readonly string[], echoes = false): boolean {
  return KINDS.every(([, answers]) => answers(text, answer, names, echoes));
}

/**
 * What the answer lacks of the kind the question asks for ("names no place (a room, a building or a site)" for "where
 * is class" against an answer that names no room), or null when it gives every kind asked: for `validate` to say why.
 */
export function kindNotGiven(question: string, given: string, names: readonly string[]): string | null {
  const text = normalize(question).replace(/\s+/g, ' ');
  const answer = withoutUnsaid(given);
  return KINDS.find(([, answers]) => !answers(text, answer, names, false))?.[0] ?? null;
}

/**
 * The thing a student asks to bring or use ("can I bring a calculator to the exam", "may I use a dictionary"): when
 * the FAQ never names it, no entry answers for it, however well the rest of the question matches (an entry on notes
 * for the exam says what one may bring, not whether a calculator is allowed).
 */
const OBJECT_OF_USE =
  /\b(?:bring|use|using|take|taking)\s+(?:in\s+|into\s+|along\s+)?(?:(?:an?|my|the|our|some|any|own|your)\s+)?(?:own\s+)?([a-z]+)/;

export function asksForUnknownThing(question: string, knowsWord: (word: string) => boolean): boolean {
  const word = OBJECT_OF_USE.exec(normalize(question))?.[1];
  // (a misspelt word is not looked up here: "calculator" is one letter from "calculated", but not a typo of it)
  return !!word && isContentWord(word) && !knowsWord(word);
}
