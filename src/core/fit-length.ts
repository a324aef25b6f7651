// Texts cut to a length limit (a platform's message size, a repeated path or name in an error), with "…".

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * The text, or when it is longer than `max` characters (UTF-16 units, as the limits count), its start and "…" in at
 * most `max`, cut at a character boundary: an emoji or an accented letter where the cut falls is left out whole, never
 * split into a broken half.
 */
export function fitLength(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = 0;
  for (const { index } of graphemes.segment(text)) {
    if (index > max - 1) break;
    end = index;
  }
  return `${text.slice(0, end)}…`;
}
