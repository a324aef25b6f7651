// A grading scale in an answer: letter grades tied to the numbers where they begin. Read by the answer-type check on
// where a letter grade begins (answer-type.ts) and by the check on what an answer leaves unsaid (unstated.ts).
// Course-independent: letter grades A to F and English words.

/**
 * A letter grade tied to a number in an answer: "A 93-100", "| A | 93% to 100% |", "A: 90 and above", "90% or more
 * earns an A", "90-100 is an A", a table of letters over their numbers ("3 or more absences means an F" is no
 * cut-off).
 */
export const GRADE_SCALE = new RegExp(
  [
    // (a letter, then its number: "A 93-100", "| A | 93% |", "A: 90 and above")
    '\\b[A-DF][+-]?(?![\\w+-])[\\s|:*=()–—-]{0,12}(≥|>=|>|at least|above|over|from)?\\s*\\d{1,3}',
    // (a share or points, then its letter: "90% or more earns an A")
    '\\d{1,3}(\\.\\d+)?\\s*(%|percent|points?|pts)[^\\n.]{0,30}?\\b(is|earns?|gets?|receives?|means?|=|→)\\s+(an?\\s+)?[A-DF][+-]?(?![\\w+-])',
    // (a number or range that is a letter: "90-100 is an A")
    '\\d{1,3}(\\s*(-|–|to)\\s*\\d{1,3})?\\s+(is|earns|gets|=)\\s+an?\\s+[A-DF][+-]?(?![\\w+-])',
    // (a table whose row is letters, their numbers in the next: "| A | A- | B+ |")
    '(\\|\\s*[A-DF][+-]?\\s*){3,}\\|',
  ].join('|'),
);
