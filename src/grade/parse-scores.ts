// Reads a student's scores ("7,8.5,-,6" or "hw0 5; paired 4,5,-; quizzes 80%,90%") against the course's parts.
import type { GradingComponent } from '../content/grading-schema.ts';

const MISSING = new Set(['-', '?', 'x', '_']);
const NUMBER = /^(\d+(?:\.\d+)?)(%?)$/;

/** Per part id, the points per item in the order given; `null` is an item without points yet. */
export type Scores = Map<string, (number | null)[]>;

export type ParsedScores = { ok: true; scores: Scores } | { ok: false; message: string };

/**
 * Words that name a part (its id, case-insensitive, optionally followed by `:` or `=`) switch to that part;
 * numbers before any name belong to the first part. `80%` is 80% of the part's points per item.
 */
export function parseScores(text: string, components: readonly GradingComponent[]): ParsedScores {
  const byId = new Map(components.map((c) => [c.id, c]));
  const scores: Scores = new Map();
  let current = components[0];
  const tokens = text
    .replace(/[:=]/g, ' ')
    .split(/[\s,;]+/)
    .filter(Boolean);
  for (const raw of tokens) {
    const t = raw.toLowerCase();
    const named = byId.get(t);
    if (named) {
      // (a part named twice, "hw=1;hw=2", would merge its lists without a word: one list per part)
      if (scores.has(named.id))
        return {
          ok: false,
          message: `"${named.id}" is given twice; give all its scores after one "${named.id}=", separated by commas`,
        };
      current = named;
      scores.set(named.id, []);
      continue;
    }
    if (!current) return { ok: false, message: 'This course has no graded parts' };
    const list = scores.get(current.id) ?? [];
    scores.set(current.id, list);
    if (MISSING.has(t)) {
      list.push(null);
      continue;
    }
    const m = NUMBER.exec(t);
    if (!m) {
      const parts = components.length > 1 ? `; the parts are ${components.map((c) => c.id).join(', ')}` : '';
      // (a word is a part's name mistyped, or another section's: "ps" where the parts are "ps-697", ...)
      const problem =
        /^[a-z]/i.test(raw) && components.length > 1
          ? 'is neither a number of points nor the name of a part'
          : 'is not a number of points (use - for a missing one)';
      return { ok: false, message: `"${raw.slice(0, 20)}" ${problem}${parts}` };
    }
    const value = Number(m[1]);
    list.push(m[2] === '%' ? (value / 100) * current.points_each : value);
  }
  return { ok: true, scores };
}

/** The first problem with the scores against the parts' counts and points, naming the part; null when fine. */
export function scoresProblem(scores: Scores, components: readonly GradingComponent[]): string | null {
  for (const c of components) {
    const list = scores.get(c.id) ?? [];
    if (c.count !== undefined && list.length > c.count) {
      return c.count === 1
        ? `\`${c.id}\`: ${c.name} is one score, you gave ${list.length} values.`
        : `\`${c.id}\`: there are only ${c.count} ${c.name.toLowerCase()}, you gave ${list.length} values.`;
    }
    const each = c.count === 1 ? (c.full_points ?? c.points_each) : c.points_each;
    const tooHigh = list.find((p): p is number => p !== null && p > each);
    if (tooHigh !== undefined) {
      return c.count === 1
        ? `\`${c.id}\`: ${fmt(tooHigh)} is more than the ${fmt(each)} points of the ${c.name.toLowerCase()}.`
        : `\`${c.id}\`: ${fmt(tooHigh)} is more than the ${fmt(each)} points one of the ${c.name.toLowerCase()} is worth.`;
    }
  }
  return null;
}

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
}
