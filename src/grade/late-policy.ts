// One sentence on handing in late, from the course file's late policy: every reply that mentions lateness uses it.
import type { LatePolicy } from '../content/grading-schema.ts';

type Unit = 'points' | 'percent';

const amount = (n: number, unit: Unit): string =>
  unit === 'percent' ? `${n}%` : `${n} point${n === 1 ? '' : 's'}`;

const perDay = (n: number, unit: Unit): string => `${amount(n, unit)} per day late`;

/** "2 points per day late", "15% for the first day late and 5% more for each further day", "5 points (once, not per day)". */
function penaltyCost(p: Extract<LatePolicy, { policy: 'penalty' }>): string {
  if (p.once !== undefined) return `${amount(p.once, p.unit)} (once, not per day)`;
  const each = p.per_day ?? 0; // (the schema requires per_day without once)
  if (p.first_day === undefined) return perDay(each, p.unit);
  return `${amount(p.first_day, p.unit)} for the first day late and ${amount(each, p.unit)} more for each further day`;
}

const days = (n: number): string => `${n} day${n === 1 ? '' : 's'}`;

/** "Late hand-ins lose 2 points per day late." / "Late hand-ins are not accepted." / ... */
export function latePolicySentence(late: LatePolicy): string {
  const note = late.note ? ` ${late.note}` : '';
  switch (late.policy) {
    case 'penalty': {
      const cap = late.max_days ? ` After ${days(late.max_days)} late hand-ins are not accepted.` : '';
      const loss = late.grace_days
        ? `Late hand-ins may be up to ${days(late.grace_days)} late without penalty; after that they lose ${penaltyCost(late)}.`
        : `Late hand-ins lose ${penaltyCost(late)}.`;
      return `${loss}${cap}${note}`;
    }
    case 'late_days': {
      const after =
        late.per_day_after !== undefined
          ? `after that, late hand-ins lose ${perDay(late.per_day_after, late.unit)}.`
          : 'after that, late hand-ins are not accepted.';
      return `You have ${late.days} late day${late.days === 1 ? '' : 's'} for the whole course; ${after}${note}`;
    }
    case 'not_accepted':
      return `Late hand-ins are not accepted.${note}`;
    case 'no_penalty':
      return `There is no penalty for late hand-ins.${note}`;
  }
}

/**
 * What the schedule's deadlines say about late work: one sentence when they share a policy (their own `late`, else the
 * course's), else one line per policy naming its deadlines. Empty when neither the deadlines nor the course has one.
 */
export function lateSentences(
  deadlines: readonly { title: string; late?: LatePolicy | undefined }[],
  course: LatePolicy | undefined,
  name: (title: string) => string = (title) => title,
): string[] {
  const byText = new Map<string, string[]>();
  for (const d of deadlines) {
    const policy = d.late ?? course;
    if (!policy) continue;
    const text = latePolicySentence(policy);
    byText.set(text, [...(byText.get(text) ?? []), name(d.title)]);
  }
  if (byText.size <= 1) return [...byText.keys()];
  return [...byText].map(([text, titles]) => `${titles.join(', ')}: ${text}`);
}

/**
 * The late rules the grade calculator lists: the course's, and each deadline's own where it differs, naming those
 * deadlines ("Quiz 1, Quiz 2: Late hand-ins are not accepted." then "Other deadlines: Late hand-ins lose …"), and
 * that the estimate does not apply them. Empty when neither the course nor a deadline has a late rule.
 */
export function gradeLateLines(
  deadlines: readonly { title: string; late?: LatePolicy | undefined }[],
  course: LatePolicy | undefined,
): string[] {
  const courseText = course ? latePolicySentence(course) : undefined;
  const own = new Map<string, string[]>();
  const used = new Set<LatePolicy['policy']>();
  let others = 0;
  for (const d of deadlines) {
    const text = d.late ? latePolicySentence(d.late) : undefined;
    if (!d.late || text === undefined || text === courseText) {
      others++;
      continue;
    }
    used.add(d.late.policy);
    own.set(text, [...(own.get(text) ?? []), d.title]);
  }
  const lines = [...own].map(([text, titles]) => `${titles.join(', ')}: ${text}`);
  if (course && courseText && (own.size === 0 || others > 0)) {
    lines.push(own.size === 0 ? courseText : `Other deadlines: ${courseText}`);
    used.add(course.policy);
  }
  if (lines.length > 0 && (used.has('penalty') || used.has('late_days')))
    lines[lines.length - 1] += ' Late penalties are not included here.';
  return lines;
}
