// Answer-type cues, course-independent: what kind of fact a question asks for (a time, an amount, a person or
// address, a place, a count) and whether a text holds that kind of fact. The re-ranker pairs them: a "when" question
// prefers a passage with a date in it. They are about English and the shapes of facts, never one course's words.

export interface QuestionCues {
  time: boolean;
  amount: boolean;
  contact: boolean;
  place: boolean;
  count: boolean;
  /** Asked for yes or no ("can I ...", "is there ..."). */
  yesNo: boolean;
  /** Asks about a case ("what if I ...", "can I ... if ..."): documents rarely spell out every case. */
  conditional: boolean;
  /** Asks for a reason ("why ..."). */
  why: boolean;
}

export type TextCues = Record<Exclude<keyof QuestionCues, 'yesNo' | 'conditional' | 'why'>, boolean>;

const Q_TIME =
  /\b(when|what time|what times|what day|which day|what days|which days|what date|dates?|deadlines?|due|how long|hours?|schedule|week|weeks|semester|time)\b/i;
const Q_AMOUNT =
  /\b(how much|percent|percentage|worth|weight|weighted|weigh|points?|count for|counts? toward|breakdown|cost|price|%)\b/i;
const Q_CONTACT =
  /\b(who|whom|whose|e-?mail|contact|reach|phone|instructor|professor|teacher|ta|tas|name)\b/i;
const Q_PLACE = /\b(where|which room|what room|location|located|building)\b/i;
const Q_COUNT = /\b(how many|number of|how often)\b/i;
const Q_YES_NO =
  /^\s*(is|are|am|was|were|do|does|did|can|could|will|would|should|shall|may|might|must|have|has|had)\b/i;

const Q_CONDITIONAL = /\b(if|unless)\b/i;
const Q_WHY = /\bwhy\b/i;

const MONTHS = 'jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec';
const T_TIME = new RegExp(
  `\\b(${MONTHS})[a-z]*\\.?\\s+\\d|\\b\\d{1,2}(st|nd|rd|th)?\\s+(${MONTHS})|\\b(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(day)?s?\\b|\\b\\d{1,2}:\\d\\d|` +
    `\\b\\d{1,2}\\s?(am|pm|a\\.m|p\\.m)\\b|\\b\\d{1,2}/\\d{1,2}\\b|\\bweek\\s+\\d|\\b(noon|midnight|deadline|due)\\b|` +
    `\\b\\d{1,2}\\s?-\\s?\\d{1,2}\\s?(am|pm)?\\b`,
  'i',
);
const T_AMOUNT = /\d\s?%|\bpercent|\bpoints?\b|\bpts\b|\$\s?\d|\bdollars?\b/i;
const T_CONTACT =
  /<[A-Z_]*(NAME|EMAIL|PHONE)[A-Z_]*>|@[\w-]+\.|\be-?mail\b|\b(dr|prof|professor)\.?\s+\p{Lu}/iu;
const T_PLACE = /\b(room|rm|hall|building|bldg|center|centre|library|lab|online|zoom|campus|office)\b/i;
const T_COUNT = /\b\d+\b|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty)\b/i;

export function questionCues(question: string): QuestionCues {
  return {
    time: Q_TIME.test(question),
    amount: Q_AMOUNT.test(question),
    contact: Q_CONTACT.test(question),
    place: Q_PLACE.test(question),
    count: Q_COUNT.test(question),
    yesNo: Q_YES_NO.test(question),
    conditional: Q_CONDITIONAL.test(question),
    why: Q_WHY.test(question),
  };
}

export function textCues(text: string): TextCues {
  return {
    time: T_TIME.test(text),
    amount: T_AMOUNT.test(text),
    contact: T_CONTACT.test(text),
    place: T_PLACE.test(text),
    count: T_COUNT.test(text),
  };
}
