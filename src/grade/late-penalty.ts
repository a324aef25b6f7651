// Applies the late rules to the items a student says were late (`late a1=2d`): which score each deadline is, how many
// points its rule takes (a deadline's own `late`, else the course's), in the terms latePolicySentence states them.
import type { GradingComponent, LatePolicy } from '../content/grading-schema.ts';
import { creditLeft, dayWord, lastDayAccepted, lateDaysName } from './late-policy.ts';

/** A deadline the calculator can name: the schedule's, dated or not yet. */
export interface LateDeadline {
  id: string;
  title: string;
  aliases?: string[] | undefined;
  late?: LatePolicy | undefined;
}

export interface LateItem {
  deadline: LateDeadline;
  /** Whole days late (a started day counts: 5h is 1 day). */
  days: number;
  /** Hours late, for a rule charged by the hour (2d is 48). */
  hours: number;
  /** What the student wrote ("2d", "5h"). */
  written: string;
}

/** Items at most; a course has a few dozen deadlines. */
const MAX_ITEMS = 50;
const DURATION = /^(\d{1,4})(d|h)?$/;

/**
 * Reads `a1=2d, a3=5h` (also `a1:2d`, spaces or commas between): each deadline by its id or one of its aliases
 * (any case), how late in days (`2d`, or a bare `2`) or hours (`5h`, counted as started days). The first problem is
 * one line naming the item and the fix.
 */
export function parseLateItems(
  text: string,
  deadlines: readonly LateDeadline[],
): { ok: true; items: LateItem[] } | { ok: false; message: string } {
  const byName = new Map<string, LateDeadline>();
  for (const d of deadlines) {
    for (const name of [d.id, ...(d.aliases ?? [])]) {
      const key = name.toLowerCase().replace(/\s+/g, '');
      if (!byName.has(key)) byName.set(key, d);
    }
  }
  const pairs = text
    .trim()
    .split(/[\s,;]+/)
    .filter(Boolean);
  if (pairs.length > MAX_ITEMS) return { ok: false, message: `more than ${MAX_ITEMS} items` };
  const items: LateItem[] = [];
  const ids = deadlines.map((d) => d.id);
  const known =
    ids.length > 0 ? `the deadlines are ${ids.slice(0, 12).join(', ')}` : 'the schedule has no deadlines';
  for (const pair of pairs) {
    const m = /^([^=:]+)[=:](.*)$/.exec(pair);
    if (!m) return { ok: false, message: `"${pair.slice(0, 30)}" is not ITEM=DAYS, such as a1=2d` };
    const [, name = '', amount = ''] = m;
    const deadline = byName.get(name.toLowerCase());
    if (!deadline)
      return { ok: false, message: `"${name.slice(0, 30)}" is not a deadline of this course; ${known}` };
    const d = DURATION.exec(amount.trim().toLowerCase());
    if (!d)
      return {
        ok: false,
        message: `"${amount.slice(0, 20)}" (for ${name}) is not how late: write days such as 2d, or hours such as 5h`,
      };
    const n = Number(d[1]);
    const days = d[2] === 'h' ? Math.ceil(n / 24) : n;
    if (items.some((i) => i.deadline === deadline))
      return { ok: false, message: `${name} is given twice: give how late it was once` };
    if (days > 0) items.push({ deadline, days, hours: d[2] === 'h' ? n : n * 24, written: amount });
  }
  return { ok: true, items };
}

/** Which score a deadline is: its part and its place among the part's items. */
export interface ItemPlace {
  part: GradingComponent;
  index: number;
}

const singular = (w: string): string => w.replace(/(es|s)$/, '');
/** Words that join a name's words and name nothing ("Homework and in-class discussions"). */
const JOINING = new Set('and or of the in on for to with at by an from into per vs'.split(' '));
/** A name's words, without digits and joining words, singular: "Assignment 1 (numpy)" → assignment, numpy; "hw2" → hw. */
const wordsOf = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length > 1 && !JOINING.has(w))
    .map(singular);

/** Words that say a deadline is a hand-in, beside the name of what is handed in. */
const HAND_IN = new Set(['hand', 'submission', 'submit', 'due', 'deadline', 'upload', 'turn']);

/** True when the deadline is the hand-in of a part of one item: its id or an alias is the part's, or its title names it alone. */
function isHandInOf(d: LateDeadline, c: GradingComponent): boolean {
  const id = c.id.toLowerCase();
  if (d.id.toLowerCase() === id || (d.aliases ?? []).some((a) => a.toLowerCase() === id)) return true;
  const title = new Set(wordsOf(d.title).filter((w) => !HAND_IN.has(w)));
  const name = new Set(wordsOf(c.name));
  return title.size > 0 && title.size === name.size && [...name].every((w) => title.has(w));
}

/**
 * The part each deadline belongs to: the part whose id or a word of whose name a word of the
 * deadline's id, aliases or title is ("Quiz 2" → Quizzes, "hw1" → `hw`, "Assignment 1" → Assignments). Within a part the deadlines are its items in the order given
 * (the schedule's: by due date, those not dated yet last). A deadline belonging to no part is not in the map.
 */
export function placeDeadlines(
  deadlines: readonly LateDeadline[],
  components: readonly GradingComponent[],
): Map<LateDeadline, ItemPlace> {
  const itemParts = components.filter((c) => c.count !== 1);
  const keys = itemParts.map((c) => new Set([singular(c.id.toLowerCase()), ...wordsOf(c.name)]));
  const places = new Map<LateDeadline, ItemPlace>();
  const taken = new Map<GradingComponent, number>();
  for (const d of deadlines) {
    const words = wordsOf([d.id, d.title, ...(d.aliases ?? [])].join(' '));
    const i = keys.findIndex((k) => words.some((w) => k.has(w)));
    // (a part of one item, "Final exam" with `count: 1`, is the deadline that is its own hand-in: of its id, or
    // titled with its name, "Final exam hand-in"; not one that merely shares a word, "Midterm review sheet")
    const part = components.find((c) => c.count === 1 && !taken.has(c) && isHandInOf(d, c)) ?? itemParts[i];
    if (!part) continue;
    const index = taken.get(part) ?? 0;
    taken.set(part, index + 1);
    places.set(d, { part, index });
  }
  return places;
}

export interface AppliedPenalty {
  item: LateItem;
  place: ItemPlace;
  /** Points taken off the item (never more than its score); 0 with no score yet. */
  points: number;
  /** How the rule read: "2 days × 2 points", "not accepted after 7 days", "a late hand-in without penalty". */
  why: string;
  /** The score before and after; null when the item has no score yet. */
  before: number | null;
  after: number | null;
}

const fmt = (n: number): string => (Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100));

/**
 * What a policy takes for `days` late from an item worth `each` points: points, or null when not accepted. With `each`
 * null (no item named), a percent penalty stays a percentage.
 */
function cost(
  p: LatePolicy,
  days: number,
  each: number | null,
  hours = days * 24,
): { points: number | null; why: string } {
  const amount = (n: number, unit: 'points' | 'percent'): number =>
    unit === 'percent' && each !== null ? (n / 100) * each : n;
  const unitText = (n: number, unit: 'points' | 'percent'): string =>
    unit === 'percent'
      ? `${fmt(n)}%${each === null ? '' : ` of ${fmt(each)} points`}`
      : `${fmt(n)} point${n === 1 ? '' : 's'}`;
  switch (p.policy) {
    case 'no_penalty':
      return p.max_days !== undefined && days > p.max_days
        ? { points: null, why: `not accepted after ${dayWord(p.max_days)}` }
        : { points: 0, why: 'no penalty for late hand-ins' };
    case 'not_accepted':
      return { points: null, why: 'late hand-ins are not accepted' };
    case 'penalty_unstated':
      return {
        points: 0,
        why: 'the syllabus does not say what a late hand-in loses: nothing is taken off here',
      };
    case 'late_days':
      // (the budget is spread over the items in applyLatePenalties; here: past it)
      return p.per_day_after === undefined
        ? { points: null, why: `past the ${lateDaysName(p)}: not accepted` }
        : {
            points: days * amount(p.per_day_after, p.unit),
            why: `${dayWord(days)} past the ${lateDaysName(p)} × ${unitText(p.per_day_after, p.unit)}`,
          };
    case 'penalty': {
      const last = lastDayAccepted(p);
      if (last !== undefined && days > last)
        return { points: null, why: `not accepted after ${dayWord(last)}` };
      const grace = p.grace_days ?? 0;
      const counted = days - grace;
      if (counted <= 0) return { points: 0, why: `within the ${dayWord(grace)} without penalty` };
      const after = grace > 0 ? ` after the ${dayWord(grace)} without penalty` : '';
      if (p.steps) {
        const band =
          p.steps.find((s) => s.up_to_days === undefined || days <= s.up_to_days) ?? p.steps.at(-1);
        const lose = band?.lose ?? 0;
        return {
          points: amount(lose, p.unit),
          why: `${unitText(lose, p.unit)} for ${band?.up_to_days === undefined ? 'this late' : `up to ${dayWord(band.up_to_days)}`}`,
        };
      }
      if (p.once !== undefined)
        return {
          points: amount(p.once, p.unit),
          why: `${unitText(p.once, p.unit)} once${p.unit === 'percent' ? `: ${creditLeft(p.once)}` : ''}`,
        };
      // (at most max_loss however late: "10% a day, at most 50%")
      const capped = (taken: { points: number; why: string }): { points: number; why: string } => {
        if (p.max_loss === undefined) return taken;
        const most = amount(p.max_loss, p.unit);
        return taken.points > most
          ? { points: most, why: `${taken.why}, at most ${unitText(p.max_loss, p.unit)}` }
          : taken;
      };
      if (p.per_hour !== undefined) {
        const counted_ = hours - grace * 24;
        return capped({
          points: counted_ * amount(p.per_hour, p.unit),
          why: `${fmt(counted_)} hour${counted_ === 1 ? '' : 's'} × ${unitText(p.per_hour, p.unit)}${after}`,
        });
      }
      const each_ = p.per_day ?? 0;
      if (p.first_day !== undefined)
        return capped({
          points: amount(p.first_day, p.unit) + (counted - 1) * amount(each_, p.unit),
          why: `${unitText(p.first_day, p.unit)} for the first day${counted > 1 ? ` + ${fmt(counted - 1)} × ${unitText(each_, p.unit)}` : ''}${after}`,
        });
      return capped({
        points: counted * amount(each_, p.unit),
        why: `${dayWord(counted)} × ${unitText(each_, p.unit)}${after}`,
      });
    }
  }
}

/**
 * The penalty of each late item under its rule (the deadline's own `late`, else `course`), taken off a copy of its
 * score. A course's late days (`late_days`) are spent on the items in the order given (the schedule's); free late
 * hand-ins (`free_late_submissions`) go to the items they save most on. A hand-in not accepted scores 0.
 */
export function applyLatePenalties(
  items: readonly LateItem[],
  places: ReadonlyMap<LateDeadline, ItemPlace>,
  scores: ReadonlyMap<string, readonly (number | null)[]>,
  course: LatePolicy | undefined,
): AppliedPenalty[] {
  let budget = course?.policy === 'late_days' ? course.days : 0;
  const out: AppliedPenalty[] = items.map((item) => {
    const place = places.get(item.deadline) as ItemPlace;
    const each = place.part.points_each;
    const score = scores.get(place.part.id)?.[place.index] ?? null;
    const policy = item.deadline.late ?? course;
    let taken: { points: number | null; why: string };
    if (!policy) taken = { points: 0, why: 'the course states no late policy' };
    else if (policy.policy === 'late_days' && policy.max_days !== undefined && item.days > policy.max_days)
      // (refused, so no late day is spent on it)
      taken = { points: null, why: `not accepted more than ${dayWord(policy.max_days)} late` };
    else if (policy.policy === 'late_days') {
      const covered = Math.min(budget, item.days);
      budget -= covered;
      const past = item.days - covered;
      taken =
        past === 0
          ? { points: 0, why: `${dayWord(covered)} of the ${lateDaysName(policy)} (${budget} left)` }
          : cost(policy, past, each);
    } else taken = cost(policy, item.days, each, item.hours);
    const points = taken.points === null ? (score ?? each) : taken.points;
    const off = score === null ? points : Math.min(score, points);
    return {
      item,
      place,
      points: off,
      why: taken.why,
      before: score,
      after: score === null ? null : score - off,
    };
  });
  const free = course && 'free_late_submissions' in course ? (course.free_late_submissions ?? 0) : 0;
  const byCost = out.filter((a) => a.points > 0 && !a.item.deadline.late).sort((a, b) => b.points - a.points);
  for (const a of byCost.slice(0, free)) {
    a.points = 0;
    a.why = 'a late hand-in without penalty (of the whole course)';
    a.after = a.before;
  }
  return out;
}

/**
 * What handing in `days` late costs under the policy, for a question that names no item ("if I hand in 2 days late,
 * how many points do I lose?"): "**2 days late:** a hand-in loses **4 points** (2 days × 2 points)". A loss of
 * `itemPoints` (the most an item is worth) or more is all its points. Null for late days (what they cost depends on
 * those already spent) and for a policy with a note (which may qualify it).
 */
export function lateCostSentence(p: LatePolicy, days: number, itemPoints?: number): string | null {
  // (a note qualifies the policy in words this sum cannot read)
  // (nor is there one for a penalty whose amount the syllabus does not give)
  if (p.policy === 'late_days' || p.policy === 'penalty_unstated' || p.note) return null;
  const { points, why } = cost(p, days, null);
  const late = `**${dayWord(days)} late:**`;
  if (p.policy === 'not_accepted') return `${late} late hand-ins are not accepted.`;
  if (points === null) return `${late} a hand-in is ${why}.`;
  if (points === 0) return `${late} a hand-in loses nothing (${why}).`;
  const free =
    'free_late_submissions' in p && p.free_late_submissions
      ? `, unless it is one of your ${p.free_late_submissions} late hand-in${p.free_late_submissions === 1 ? '' : 's'} without penalty`
      : '';
  const percent = p.policy === 'penalty' && p.unit === 'percent';
  if (percent ? points >= 100 : itemPoints !== undefined && points >= itemPoints)
    return `${late} a hand-in loses **all its points** (${why}).`;
  const lost = percent
    ? `${fmt(points)}% of its points`
    : `${fmt(points)} point${points === 1 ? '' : 's'} of its score`;
  return `${late} a hand-in loses **${lost}** (${why})${free}.`;
}
