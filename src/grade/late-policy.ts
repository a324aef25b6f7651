// One sentence on handing in late, from the course file's late policy: every reply that mentions lateness uses it.
import type { LatePolicy } from '../content/grading-schema.ts';

function perDay(amount: number, unit: 'points' | 'percent'): string {
  if (unit === 'percent') return `${amount}% per day late`;
  return `${amount} point${amount === 1 ? '' : 's'} per day late`;
}

/** "Late hand-ins lose 2 points per day late." / "Late hand-ins are not accepted." / ... */
export function latePolicySentence(late: LatePolicy): string {
  const note = late.note ? ` ${late.note}` : '';
  switch (late.policy) {
    case 'penalty': {
      const cap = late.max_days
        ? ` After ${late.max_days} day${late.max_days === 1 ? '' : 's'} late hand-ins are not accepted.`
        : '';
      return `Late hand-ins lose ${perDay(late.per_day, late.unit)}.${cap}${note}`;
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
