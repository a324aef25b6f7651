// The weighted rule: each part's percentage (after dropping its lowest items), weighted into a final percentage,
// then the course's cut-offs (letters or numbers) when it has them. Pure functions; render-weighted.ts words it.
import type { Drop, GradingComponent, GradingModel } from '../content/grading-schema.ts';
import type { Scores } from './parse-scores.ts';

export interface PartEstimate {
  id: string;
  name: string;
  weight: number;
  /** Items with points. */
  given: number;
  dropped: number;
  /** The rule drops as many items as were given or more: all but the highest are dropped, since one always counts. */
  dropLimited: boolean;
  /** Points of the kept items and what they could have scored. */
  points: number;
  possible: number;
  /** Null when no item has points yet. */
  percent: number | null;
  /** The part's own pass requirement, when it has one and scores: whether it is met so far. */
  requirement?: { text: string; met: boolean };
}

export interface WeightedEstimate {
  parts: PartEstimate[];
  /** The weight (in % of the final grade) of the parts with scores. */
  weightCovered: number;
  /** The weighted percentage over the parts with scores; null when none has. */
  percent: number | null;
  /** `percent` rounded as the course rounds the final percentage (`final.round_to_decimals`), when it does. */
  rounded?: number;
  /** The grade from the cut-offs for `percent` (rounded, when the course rounds), when the course has cut-offs. */
  grade?: string | number;
}

/**
 * `percent` rounded to `decimals`, x.5 up (93.5 → 94 at 0), or with `up` any fraction up (92.1 → 93). Read at six
 * decimals first, so a sum of floating-point parts such as 93.49999999999999 rounds as the 93.5 it is (and 93.00000001
 * stays 93 when rounding up).
 */
export function roundPercent(percent: number, decimals: number, up = false): number {
  const scale = 10 ** decimals;
  const scaled = Number((percent * scale).toFixed(6));
  return (up ? Math.ceil(scaled) : Math.round(scaled)) / scale;
}

/** How many items the rule drops: N, or N% of the part's count (or of those given when the count is open). */
function dropRule(drop: Drop | undefined, given: number, count: number | undefined): number {
  if (!drop) return 0;
  return 'count' in drop ? drop.count : Math.floor(((count ?? given) * drop.percent) / 100 + 1e-9);
}

/** How many of `given` items are dropped: the rule's number, but at least one item always counts. */
export function droppedCount(drop: Drop | undefined, given: number, count: number | undefined): number {
  if (given <= 1) return 0;
  return Math.min(dropRule(drop, given, count), given - 1);
}

export function estimatePart(c: GradingComponent, items: readonly (number | null)[]): PartEstimate {
  const given = items.filter((p): p is number => p !== null).sort((a, b) => b - a);
  const dropped = droppedCount(c.drop_lowest, given.length, c.count);
  const kept = given.slice(0, given.length - dropped);
  const points = kept.reduce((a, b) => a + b, 0);
  const each = c.count === 1 ? (c.full_points ?? c.points_each) : c.points_each;
  const possible = kept.length * each;
  const percent = kept.length > 0 ? (100 * points) / possible : null;
  const part: PartEstimate = {
    id: c.id,
    name: c.name,
    weight: c.weight,
    given: given.length,
    dropped,
    dropLimited: given.length > 0 && dropRule(c.drop_lowest, given.length, c.count) >= given.length,
    points,
    possible,
    percent,
  };
  if (c.pass && percent !== null) {
    if (c.pass.percent !== undefined)
      part.requirement = { text: `at least ${c.pass.percent}%`, met: percent >= c.pass.percent };
    else if (typeof c.pass.points === 'number')
      part.requirement = { text: `at least ${c.pass.points} points`, met: points >= c.pass.points };
  }
  return part;
}

type WeightedFinal = Extract<NonNullable<GradingModel['final']>, { rule: 'weighted' }>;

/**
 * A final percentage's grade under a weighted final rule: rounded first when the rule rounds, then looked up in the
 * cut-offs (highest first), compared at two decimals so that 89.999... from floating-point sums is not a grade below
 * 90. The estimate and chat's "is 86.9 a B+" both read it here.
 */
export function gradeOf(
  final: WeightedFinal,
  percent: number,
): { rounded?: number; cutoff?: NonNullable<WeightedFinal['cutoffs']>[number] } {
  const rounded =
    final.round_to_decimals === undefined
      ? undefined
      : roundPercent(percent, final.round_to_decimals, final.rounding === 'up');
  const p = rounded ?? Math.round(percent * 100) / 100;
  const cutoff = final.cutoffs?.find((c) => p >= c.from);
  return { ...(rounded !== undefined && { rounded }), ...(cutoff && { cutoff }) };
}

export function estimateWeighted(g: GradingModel, scores: Scores): WeightedEstimate {
  const parts = g.components.map((c) => estimatePart(c, scores.get(c.id) ?? []));
  const scored = parts.filter((p) => p.percent !== null);
  const weightCovered = scored.reduce((s, p) => s + p.weight, 0);
  const percent =
    weightCovered > 0 ? scored.reduce((s, p) => s + p.weight * (p.percent ?? 0), 0) / weightCovered : null;
  const out: WeightedEstimate = { parts, weightCovered, percent };
  const final = g.final?.rule === 'weighted' ? g.final : undefined;
  if (percent === null || !final) return out;
  const looked = gradeOf(final, percent);
  if (looked.rounded !== undefined) out.rounded = looked.rounded;
  if (looked.cutoff) out.grade = looked.cutoff.grade;
  return out;
}
