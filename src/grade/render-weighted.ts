// Renders a weighted-rule estimate as Markdown, labelled as an estimate and listing the rules it used.
import type { GradingModel } from '../content/grading-schema.ts';
import type { PartEstimate, WeightedEstimate } from './weighted.ts';

function pct(n: number): string {
  return `${(Math.round(n * 10) / 10).toFixed(1)}%`;
}

function num(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
}

function partLine(p: PartEstimate, count: number | undefined): string {
  const head = `**${p.name}** (${num(p.weight)}%)`;
  if (p.percent === null) return `${head}: no scores yet`;
  const of = count !== undefined && count > 1 ? ` (${p.given} of ${count} given)` : '';
  const kept = p.dropLimited ? ' (at least one score always counts)' : '';
  const drop =
    p.dropped > 0 ? `, lowest ${p.dropped} dropped${kept}` : p.dropLimited ? `, none dropped${kept}` : '';
  const req = p.requirement
    ? ` · needs ${p.requirement.text}: ${p.requirement.met ? 'met' : '**not met yet**'}`
    : '';
  return `${head}: ${num(p.points)} of ${num(p.possible)} points${of}${drop} → **${pct(p.percent)}**${req}`;
}

function ruleLine(c: GradingModel['components'][number]): string {
  const items =
    c.count === undefined ? 'any number of items' : c.count === 1 ? 'one score' : `${c.count} items`;
  const each = c.count === 1 ? (c.full_points ?? c.points_each) : c.points_each;
  const drop = !c.drop_lowest
    ? ''
    : 'count' in c.drop_lowest
      ? `, the lowest ${c.drop_lowest.count} dropped`
      : `, the lowest ${num(c.drop_lowest.percent)}% dropped`;
  const pass =
    c.pass?.percent !== undefined
      ? `, at least ${num(c.pass.percent)}% needed to pass`
      : typeof c.pass?.points === 'number'
        ? `, at least ${num(c.pass.points)} points needed to pass`
        : '';
  return `- ${c.name} (\`${c.id}\`): ${num(c.weight)}%, ${items} of ${num(each)} point${each === 1 ? '' : 's'}${drop}${pass}.`;
}

/**
 * `late`: the late rules to list (gradeLateLines: the course's and the deadlines' own); `section`: the name of the
 * section whose grading `g` is, in a course graded by section.
 */
export function renderWeightedEstimate(
  e: WeightedEstimate,
  g: GradingModel,
  late: readonly string[],
  section?: string,
): string {
  const lines = [
    `**Grade estimate${section ? ` for ${section}` : ''}** (an estimate, not an official grade)`,
    '',
  ];
  const final = g.final?.rule === 'weighted' ? g.final : undefined;
  const cutoffs = final?.cutoffs;
  g.components.forEach((c, i) => lines.push(`- ${partLine(e.parts[i]!, c.count)}`));
  lines.push('');
  if (e.percent === null) {
    lines.push('No scores given yet: give points per part, for example `' + exampleScores(g) + '`.');
  } else {
    const covered =
      e.weightCovered >= 99.995 ? '' : ` (over the ${num(e.weightCovered)}% of the grade with scores so far)`;
    const rounded = e.rounded !== undefined ? `, rounded to **${num(e.rounded)}%**` : '';
    // (cut-offs that stop above 0, as the syllabus lists them: a lower score has no grade)
    const lowest = cutoffs?.at(-1);
    const grade =
      e.grade !== undefined
        ? `, grade **${e.grade}**`
        : lowest
          ? `, below the lowest grade the course lists (${lowest.grade} from ${num(lowest.from)}%)`
          : '';
    lines.push(`**Weighted score:** **${pct(e.percent)}**${covered}${rounded}${grade}`);
    const unmet = e.parts.filter((p) => p.requirement && !p.requirement.met);
    if (unmet.length > 0)
      lines.push(`Not a pass yet: ${unmet.map((p) => `${p.name} needs ${p.requirement!.text}`).join('; ')}.`);
  }
  const rounding =
    final?.round_to_decimals !== undefined
      ? `; ${roundingSentence(final.round_to_decimals, !!cutoffs, final.rounding === 'up')}`
      : '';
  lines.push('', '_Rules used (from the course file):_', ...g.components.map(ruleLine));
  lines.push(
    "- The final score is the weighted sum of the parts' percentages" +
      rounding +
      (cutoffs ? `; grades: ${cutoffs.map((c) => `${c.grade} from ${num(c.from)}%`).join(', ')}.` : '.') +
      ' Parts without scores are left out until you give them.',
  );
  lines.push(...late.map((line) => `- ${line}`));
  return lines.join('\n');
}

/**
 * How the course rounds the final percentage (`final.round_to_decimals`), said wherever its cut-offs are: "final
 * percentages are rounded to the nearest whole number (x.5 up) before the grade is looked up".
 */
export function roundingSentence(decimals: number, beforeGrade: boolean, up = false): string {
  const to = decimals === 1 ? 'one decimal' : `${decimals} decimals`;
  const how =
    decimals === 0
      ? up
        ? 'rounded up to the next whole number (92.1 becomes 93)'
        : 'rounded to the nearest whole number (x.5 up)'
      : up
        ? `rounded up to ${to} (any further fraction up)`
        : `rounded to ${to} (x.5 up)`;
  return `final percentages are ${how}${beforeGrade ? ' before the grade is looked up' : ''}`;
}

/** A usage example built from the course's own parts. */
export function exampleScores(g: GradingModel): string {
  return g.components
    .slice(0, 3)
    .map((c) => {
      const each = c.count === 1 ? (c.full_points ?? c.points_each) : c.points_each;
      const n = Math.min(c.count ?? 3, 3);
      const v = num(Math.round(each * 0.8 * 10) / 10);
      return `${c.id}=${Array.from({ length: n }, () => v).join(',')}`;
    })
    .join(';');
}
