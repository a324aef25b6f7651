// The search terms of a text for passage retrieval: lower-case words and numbers without English function words,
// each reduced to a stem. (A stand-in until the engine's shared text analysis lands in src/engine/text.ts.)

const STOPWORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between ' +
    'both but by can could did do does doing done down during each either else ever every few for from further ' +
    'get gets getting got had has have having he her here hers herself him himself his how however i if in into ' +
    'is it its itself just let like may me might mine most much must my myself neither no nor not now of off ' +
    'often on once only or other otherwise our ours ourselves out over own per please quite rather really ' +
    'same shall she should so some such than that the their theirs them themselves then there these they this ' +
    'those through thus to too under until up upon us very via was we were what whats whatever when whenever ' +
    'where which while who whom whose why will with within without would yes yet you your yours yourself ' +
    'yourselves s t d ll m re ve'
  ).split(' '),
);

export function stem(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('ly') && w.length > 4) w = w.slice(0, -2);
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}

export function words(text: string): string[] {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

/** The stems of a text's content words, in order (with repeats). */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) if (!STOPWORDS.has(w)) out.push(stem(w));
  return out;
}

/** The content words of a text (lower case, no stopwords), in order. */
export function contentWords(text: string): string[] {
  return words(text).filter((w) => !STOPWORDS.has(w) && !/^\p{L}$/u.test(w));
}
