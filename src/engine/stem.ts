// A small, deterministic suffix stripper: consistency between index and query matters more than linguistic accuracy.

const VOWEL = /[aeiouy]/;

/** Reduces an English word to a stem so "grading", "graded" and "grades" meet at "grad". */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  for (const suffix of ['ing', 'ed']) {
    const base = w.slice(0, -suffix.length);
    if (w.endsWith(suffix) && base.length >= 3 && VOWEL.test(base)) {
      w = base;
      // "starred" -> "starr" -> "star", "planning" -> "plann" -> "plan"
      if (w.length > 4 && /([^aeiouslz])\1$/.test(w)) w = w.slice(0, -1);
      break;
    }
  }
  // "distribution" and "distributed", "calculation" and "calculated" meet at "distribut", "calculat"
  if (/[ts]ion$/.test(w) && w.length >= 7) w = w.slice(0, -3);
  if (w.endsWith('ly') && w.length > 5) w = w.slice(0, -2);
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}
