// A question about what handing in some days late costs ("if I submit 2 days late, how many points do I lose?"):
// the course file's late policy says it for that many days, beside the FAQ's answer. English words only; what a
// day late costs comes from the course's content.
import { analyze, normalize, NUMBER_WORDS } from './text.ts';

const COUNT = `\\d{1,2}|an?|${[...NUMBER_WORDS.keys()].join('|')}`;

/** "2 days late", "a day late", "three days after the deadline", "a week past the due date", "late by 2 days". */
const LATE_BY = new RegExp(
  `\\b(${COUNT})\\s+(days?|weeks?)\\s+(late|overdue|after (the )?(deadline|due date|due time)|past (the )?(deadline|due date|due time))\\b|\\blate by (${COUNT})\\s+(days?|weeks?)\\b`,
);

/** The question asks what that costs, not whether it is allowed for the student. */
const ASKS_COST =
  /\bhow (many|much)\b|\b(penalty|penalties|deduct\w*|lose|losing|lost|cost|costs|points? off|take off|taken off|what happens|what if)\b/;

/** How many days late the question asks about, when it asks what handing in that late costs; else null. */
export function lateDaysAsked(question: string): number | null {
  const text = normalize(question);
  const m = LATE_BY.exec(text);
  if (!m || !ASKS_COST.test(text)) return null;
  const count = m[1] ?? m[8] ?? '';
  const unit = m[2] ?? m[9] ?? '';
  const n = /^\d+$/.test(count)
    ? Number(count)
    : count === 'a' || count === 'an'
      ? 1
      : NUMBER_WORDS.get(count);
  if (n === undefined || n < 1) return null;
  return unit.startsWith('week') ? n * 7 : n;
}

/** The question asks for the amount itself ("how many points do I lose"), not only to be spared it. */
export function asksHowMuch(question: string): boolean {
  return /\bhow (many|much)\b/.test(normalize(question));
}

/** Words that frame a question on what lateness costs, rather than name the work handed in late. */
const LATE_FRAME = new Set(
  analyze(
    'day week hour minute late overdue deadline due date time lose penalty point cost submit hand turn',
  ),
);

/**
 * Whether a question on what lateness costs names only work other than the schedule's deadlines: a word of it (not one
 * that frames lateness) is in the titles of some events, and none of them is a deadline ("my lab" when only the
 * projects are deadlines). A late rule that the deadlines alone carry says nothing of that work.
 */
export function namesOtherWork(
  question: string,
  events: readonly { title: string; type: string }[],
): boolean {
  // (numbers count the days, "2 days late")
  const asked = new Set(analyze(question).filter((s) => !LATE_FRAME.has(s) && !/^\d+$/.test(s)));
  if (asked.size === 0) return false;
  const named = events.filter((e) => analyze(e.title).some((s) => asked.has(s)));
  return named.length > 0 && named.every((e) => e.type !== 'deadline');
}
