// One sentence on handing in late, from the course file's late policy: every reply that mentions lateness uses it.
import type { LatePolicy } from '../content/grading-schema.ts';
import { andList } from '../core/and-list.ts';

type Unit = 'points' | 'percent';

const amount = (n: number, unit: Unit): string =>
  unit === 'percent' ? `${n}%` : `${n} point${n === 1 ? '' : 's'}`;

/**
 * The first amount of a rule, saying what the points are of: the late hand-in's own score, the only thing the
 * calculator takes them off ("2 points of their score", never of the final grade); a percentage as written.
 */
const ofScore = (n: number, unit: Unit): string =>
  unit === 'points' ? `${amount(n, unit)} of their score` : amount(n, unit);

const perDay = (n: number, unit: Unit): string => `${ofScore(n, unit)} per day late`;

/** "1 day", "3 days". */
export const dayWord = (n: number): string => `${n} day${n === 1 ? '' : 's'}`;

type Penalty = Extract<LatePolicy, { policy: 'penalty' }>;

/** "25% up to 3 days late and 50% from 3 to 7 days late" (from the end of the grace days when there are some). */
function stepsCost(steps: NonNullable<Penalty['steps']>, unit: Unit, grace: number | undefined): string {
  const bands = steps.map((s, i) => {
    const from = i === 0 ? grace : steps[i - 1]?.up_to_days;
    const cost = i === 0 ? ofScore(s.lose, unit) : amount(s.lose, unit);
    if (s.up_to_days === undefined)
      return from === undefined ? `${cost} however late` : `${cost} when more than ${dayWord(from)} late`;
    return from === undefined
      ? `${cost} up to ${dayWord(s.up_to_days)} late`
      : `${cost} from ${from} to ${dayWord(s.up_to_days)} late`;
  });
  return andList(bands);
}

/** "80% credit": what a hand-in still earns after losing `percent`%, the way syllabi also say a penalty charged once. */
export const creditLeft = (percent: number): string => `${Math.round((100 - percent) * 100) / 100}% credit`;

/**
 * "2 points of their score per day late", "15% for the first day late and 5% more for each further day", "1% per hour
 * late, at most 50% in all", "5 points of their score (once, not per day)", "20% (80% credit; once, not per day)".
 */
function penaltyCost(p: Penalty): string {
  if (p.steps) return stepsCost(p.steps, p.unit, p.grace_days);
  if (p.once !== undefined)
    return p.unit === 'percent'
      ? `${amount(p.once, p.unit)} (${creditLeft(p.once)}; once, not per day)`
      : `${ofScore(p.once, p.unit)} (once, not per day)`;
  const most = p.max_loss !== undefined ? `, at most ${amount(p.max_loss, p.unit)} in all` : '';
  if (p.per_hour !== undefined) return `${ofScore(p.per_hour, p.unit)} per hour late${most}`;
  const each = p.per_day ?? 0; // (the schema requires per_day without once, steps or per_hour)
  if (p.first_day === undefined) return `${perDay(each, p.unit)}${most}`;
  return `${ofScore(p.first_day, p.unit)} for the first day late and ${amount(each, p.unit)} more for each further day${most}`;
}

/** The day after which late work is refused: `max_days`, or the last band's end in the stepped form. */
export function lastDayAccepted(p: Penalty): number | undefined {
  return p.steps ? p.steps.at(-1)?.up_to_days : p.max_days;
}

/** "You have 1 late hand-in without penalty for the whole course; " (empty without free late submissions). */
function freeLates(n: number | undefined): string {
  if (n === undefined) return '';
  return `You have ${n} late hand-in${n === 1 ? '' : 's'} without penalty for the whole course; other `;
}

/** What the course calls its late days ("late days", or `called`: "slip days"), for a count of them. */
export function lateDaysName(late: { called?: string | undefined }, count?: number): string {
  const plural = late.called ?? 'late days';
  return count === 1 ? plural.replace(/s$/, '') : plural;
}

/** "Late hand-ins lose 2 points per day late." / "Late hand-ins are not accepted." / ... */
export function latePolicySentence(late: LatePolicy): string {
  const note = late.note ? ` ${late.note}` : '';
  switch (late.policy) {
    case 'penalty': {
      const last = lastDayAccepted(late);
      const cap = last ? ` After ${dayWord(last)} late hand-ins are not accepted.` : '';
      const free = freeLates(late.free_late_submissions);
      const subject = free ? `${free}late hand-ins` : 'Late hand-ins';
      const loss = late.grace_days
        ? `${subject} may be up to ${dayWord(late.grace_days)} late without penalty; after that they lose ${penaltyCost(late)}.`
        : `${subject} lose ${penaltyCost(late)}.`;
      return `${loss}${cap}${note}`;
    }
    case 'late_days': {
      const after =
        late.per_day_after !== undefined
          ? `after that, late hand-ins lose ${perDay(late.per_day_after, late.unit)}.`
          : 'after that, late hand-ins are not accepted.';
      const cap =
        late.max_days !== undefined
          ? ` A hand-in more than ${dayWord(late.max_days)} late is not accepted, even with ${lateDaysName(late)} left.`
          : '';
      return `You have ${late.days} ${lateDaysName(late, late.days)} for the whole course; ${after}${cap}${note}`;
    }
    case 'not_accepted': {
      const free = freeLates(late.free_late_submissions);
      return `${free ? `${free}late hand-ins` : 'Late hand-ins'} are not accepted.${note}`;
    }
    case 'penalty_unstated':
      return `Late hand-ins lose marks; the syllabus does not say how much.${note}`;
    case 'no_penalty':
      return late.max_days !== undefined
        ? `Late hand-ins are accepted without penalty up to ${dayWord(late.max_days)} late; after that they are not accepted.${note}`
        : `There is no penalty for late hand-ins.${note}`;
  }
}

type Deadline = { title: string; late?: LatePolicy | undefined };

/** A deadline's titles under one late rule, and the deadlines under none. */
interface Groups {
  byText: Map<string, { policy: LatePolicy; titles: string[] }>;
  /** Deadlines with no rule of their own in a course file that states none. */
  without: number;
}

/** The deadlines' titles grouped by the sentence of the policy `policyOf` gives each (none: counted apart), in order. */
function bySentence(
  deadlines: readonly Deadline[],
  policyOf: (d: Deadline) => LatePolicy | undefined,
  name: (title: string) => string = (title) => title,
): Groups {
  const byText = new Map<string, { policy: LatePolicy; titles: string[] }>();
  let without = 0;
  for (const d of deadlines) {
    const policy = policyOf(d);
    if (!policy) {
      without++;
      continue;
    }
    const text = latePolicySentence(policy);
    const group = byText.get(text) ?? { policy, titles: [] };
    group.titles.push(name(d.title));
    byText.set(text, group);
  }
  return { byText, without };
}

/** Said of the deadlines without a rule when others have one: the course file states none, so none is made up. */
export const NO_LATE_POLICY = 'Other deadlines: the course states no late policy.';

/**
 * The late policy every deadline follows (its own `late`, else the course's): undefined when they differ or some have
 * none. A schedule without deadlines follows the course's.
 */
export function sharedLatePolicy(
  deadlines: readonly Deadline[],
  course: LatePolicy | undefined,
): LatePolicy | undefined {
  const { byText, without } = bySentence(deadlines, (d) => d.late ?? course);
  if (byText.size === 0) return without > 0 ? undefined : course;
  return byText.size === 1 && without === 0 ? [...byText.values()][0]?.policy : undefined;
}

const named = (groups: Groups['byText']): string[] =>
  [...groups].map(([text, { titles }]) => `${titles.join(', ')}: ${text}`);

/**
 * What the schedule's deadlines say about late work: one sentence when they share a policy (their own `late`, else the
 * course's), else one line per policy naming its deadlines, and that the others have none when the course states none.
 * Empty when neither the deadlines nor the course has one.
 */
export function lateSentences(
  deadlines: readonly Deadline[],
  course: LatePolicy | undefined,
  name?: (title: string) => string,
): string[] {
  const { byText, without } = bySentence(deadlines, (d) => d.late ?? course, name);
  if (without === 0 && byText.size <= 1) return [...byText.keys()];
  return without > 0 && byText.size > 0 ? [...named(byText), NO_LATE_POLICY] : named(byText);
}

/**
 * The late rules the grade calculator lists: the course's, and each deadline's own where it differs, naming those
 * deadlines ("Quiz 1, Quiz 2: Late hand-ins are not accepted." then "Other deadlines: Late hand-ins lose …", or that
 * the course states none), and that the estimate applies them only to the items given as late (`lateGiven`), or not at
 * all. Empty when neither the course nor a deadline has a late rule.
 */
export function gradeLateLines(
  deadlines: readonly Deadline[],
  course: LatePolicy | undefined,
  lateGiven = false,
): string[] {
  const { byText: groups, without } = bySentence(deadlines, (d) => d.late ?? course);
  const courseText = course ? latePolicySentence(course) : undefined;
  // (deadlines under the course's rule, by their own or by none, are "the other deadlines")
  const others = courseText !== undefined && groups.delete(courseText);
  const used = new Set([...groups.values()].map((g) => g.policy.policy));
  const lines = named(groups);
  if (course && courseText && (groups.size === 0 || others)) {
    lines.push(groups.size === 0 ? courseText : `Other deadlines: ${courseText}`);
    used.add(course.policy);
  }
  // (a penalty without an amount is never worked out, even for the items given with `late`)
  const worked = used.has('penalty') || used.has('late_days');
  if (lines.length > 0 && (worked || used.has('penalty_unstated')))
    lines[lines.length - 1] +=
      worked && lateGiven
        ? ' Late penalties are included only for the items given with `late`.'
        : ' Late penalties are not included here.';
  return lines.length > 0 && without > 0 ? [...lines, NO_LATE_POLICY] : lines;
}
