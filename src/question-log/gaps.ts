// What students asked that the FAQ could not answer (fallbacks) or sent to e-mail (redirects), similar ones grouped.
// Small talk ("hi", "thanks a lot, that helps") gets a fallback too but asks nothing: it is not a gap.
import type Database from 'better-sqlite3';
import { isSmallTalk } from '../engine/small-talk.ts';
import { analyze } from '../engine/text.ts';
import { readQuestions, type Outcome, type QuestionRow } from './question-store.ts';
import { PLACEHOLDER } from './scrub-identifiers.ts';

export interface Gap {
  /** How many questions fell in this group. */
  count: number;
  /** The most frequently asked wording (the most recent one on a tie). */
  example: string;
  /** Distinct wordings, most frequent first, at most 5. */
  questions: string[];
  kinds: Partial<Record<Outcome, number>>;
  lastAskedAt: Date;
}

/** Two questions belong together when their term sets overlap this much (Jaccard). */
const SIMILAR = 0.5;

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let inter = 0;
  for (const t of a) if (b.has(t)) inter++;
  return inter / (a.size + b.size - inter);
}

interface Group {
  terms: Set<string>;
  rows: QuestionRow[];
}

/** Unanswered and redirected questions since `since`, grouped by shared stems, most frequent group first. */
export function gaps(db: Database.Database, opts: { since?: Date; limit?: number } = {}): Gap[] {
  const rows = readQuestions(db, { since: opts.since, kinds: ['fallback', 'redirect'] });
  const groups: Group[] = [];
  for (const row of rows) {
    // A placeholder ("[email]") stands for what was taken out, not for what the question is about.
    const terms = new Set(analyze(row.question.replace(PLACEHOLDER, ' ')));
    // (a message with no word to look up, "hi", "ok?", or small talk, asks nothing the FAQ could add)
    if (terms.size === 0 || isSmallTalk(row.question)) continue;
    let best: Group | undefined;
    let bestSim = SIMILAR;
    for (const g of groups) {
      const sim = jaccard(terms, g.terms);
      if (sim >= bestSim) {
        best = g;
        bestSim = sim;
      }
    }
    if (best) best.rows.push(row);
    else groups.push({ terms, rows: [row] });
  }
  return groups
    .map((g) => toGap(g.rows))
    .sort((a, b) => b.count - a.count || b.lastAskedAt.getTime() - a.lastAskedAt.getTime())
    .slice(0, opts.limit ?? 50);
}

function toGap(rows: QuestionRow[]): Gap {
  const wordings = new Map<string, { n: number; last: number }>();
  const kinds: Partial<Record<Outcome, number>> = {};
  let last = 0;
  for (const r of rows) {
    const key = r.question.trim();
    const w = wordings.get(key) ?? { n: 0, last: 0 };
    w.n++;
    w.last = Math.max(w.last, r.askedAt.getTime());
    wordings.set(key, w);
    kinds[r.kind] = (kinds[r.kind] ?? 0) + 1;
    last = Math.max(last, r.askedAt.getTime());
  }
  const ordered = [...wordings.entries()].sort((a, b) => b[1].n - a[1].n || b[1].last - a[1].last);
  return {
    count: rows.length,
    example: ordered[0]?.[0] ?? '',
    questions: ordered.slice(0, 5).map(([q]) => q),
    kinds,
    lastAskedAt: new Date(last),
  };
}
