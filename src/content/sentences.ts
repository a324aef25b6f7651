// Splits running text into sentences: at . ! ? before a capital, digit or bullet (not after abbreviations or
// initials), at bullet characters, and inside over-long runs that have no punctuation at all (PDF extractions).

/** Words before a full stop that do not end a sentence. */
const ABBREVIATIONS = new Set(
  (
    'e.g i.e etc vs dr mr mrs ms prof st no nos fig figs approx dept univ jan feb mar apr jun jul aug sep sept ' +
    'oct nov dec mon tue tues wed thu thur thurs fri sat sun a.m p.m am pm inc ltd jr sr ph.d ed eds vol pp p ca'
  ).split(' '),
);

const BULLETS = /\s*[•▪◦●○■□►▸‣⁃]\s*/u;
/** A sentence end: punctuation, optional closing quotes/brackets, space, then something that starts a sentence. */
const END = /([.!?]+["'”’)\]]*)\s+(?=["'“‘([]?[\p{Lu}\p{N}])/gu;

/** A run longer than this many words without a sentence end is cut into pieces of about this size. */
export const MAX_SENTENCE_WORDS = 60;

export function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const piece of text.split(BULLETS)) {
    let start = 0;
    END.lastIndex = 0;
    for (let m = END.exec(piece); m; m = END.exec(piece)) {
      const cut = m.index + (m[1]?.length ?? 0);
      const before = piece.slice(start, m.index + 1);
      const lastWord = (/([\p{L}.]+)\.$/u.exec(before)?.[1] ?? '').toLowerCase();
      // "Dr. Smith", "e.g. Python", "J. Smith": not the end of a sentence.
      if (m[1] === '.' && (ABBREVIATIONS.has(lastWord) || /^\p{L}$/u.test(lastWord))) continue;
      push(out, piece.slice(start, cut));
      start = m.index + m[0].length;
    }
    push(out, piece.slice(start));
  }
  return out;
}

function push(out: string[], sentence: string): void {
  const words = sentence.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return;
  for (let i = 0; i < words.length; i += MAX_SENTENCE_WORDS) {
    out.push(words.slice(i, i + MAX_SENTENCE_WORDS).join(' '));
  }
}

export function wordCount(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/).length;
}
