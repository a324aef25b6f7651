// Mojibake in a course document: text that was valid in another encoding, read as the wrong one and saved again as
// UTF-8. It loads fine, but students would see "donâ€™t" or "donÕt" in every quote, so validate warns about it
// (document-warnings.ts).

/**
 * Sequences that almost never occur in real text. UTF-8 read as Windows-1252 or Latin-1: "â€™" (’), "â€“" (–),
 * "Ã©" (é), "Â " (a no-break space). Mac Roman read as Windows-1252: "Õ" for ’ inside a word, "Ð" and "Ñ" for
 * dashes between spaces or digits, "Ò" and "Ó" for quotes at a word's start and end, "¥" for a
 * bullet, "•" for ï inside a word ("Na•ve").
 */
const GARBLED = new RegExp(
  [
    'â€.?',
    'â„¢',
    // a lead byte of a two-byte UTF-8 letter, then a continuation byte as Windows-1252 or Latin-1 shows it
    '[ÂÃÄÅ][\\u0080-\\u00BF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]',
    '(?<=\\p{Ll})Õ(?=\\p{Ll}|\\s|[.,;:!?)]|$)',
    '(?<=[\\s\\d])[ÐÑ](?=[\\s\\d])',
    '(?<=\\p{Ll})[ÐÑ](?=\\p{Ll})',
    '(?<=^|[\\s(,.;:])Ò(?=[\\p{L}\\d])',
    '(?<=[\\p{Ll}\\d.,!?])Ó(?=[\\s.,;:!?)]|\\p{Lu}|$)',
    '(?<=^|\\s)¥(?=\\s)',
    '(?<=\\p{L})•(?=\\p{Ll})',
  ].join('|'),
  'gmu',
);

/** Fewer than this many is read as a legitimate rarity (a name), not as a garbled file. */
export const MIN_GARBLED = 3;

export interface Garbled {
  count: number;
  /** 1-based line of the first one. */
  line: number;
  /** The first one with a little of its line around it. */
  example: string;
  /** Most of them are Mac Roman read as Windows-1252 (a file from a Mac converted as one from Windows). */
  fromMac: boolean;
}

/** The garbled sequences of Mac Roman read as Windows-1252: one character each. */
const MAC_ROMAN = /^[ÕÐÑÒÓ¥•]$/u;

/** The garbled sequences in `text`, or null when there are fewer than MIN_GARBLED. */
export function findGarbled(text: string): Garbled | null {
  const matches = [...text.matchAll(GARBLED)];
  const first = matches[0];
  if (matches.length < MIN_GARBLED || first === undefined) return null;
  const at = first.index;
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = text.indexOf('\n', at) === -1 ? text.length : text.indexOf('\n', at);
  const after = at + first[0].length;
  let from = Math.max(lineStart, at - 16);
  let to = Math.min(lineEnd, after + 16);
  // whole words only: cut at a space when the snippet does not reach the line's end
  if (from > lineStart && text.lastIndexOf(' ', at) >= from) from = text.indexOf(' ', from) + 1;
  if (to < lineEnd && text.indexOf(' ', after) !== -1 && text.indexOf(' ', after) < to)
    to = text.lastIndexOf(' ', to);
  const example = text.slice(from, to).trim();
  const fromMac = matches.filter((m) => MAC_ROMAN.test(m[0])).length * 2 > matches.length;
  return { count: matches.length, line: text.slice(0, at).split('\n').length, example, fromMac };
}

/** The warning for a document whose text looks garbled, naming the file and line and saying how to fix it. */
export function garbledWarning(file: string, text: string): string | null {
  const found = findGarbled(text);
  if (!found) return null;
  return (
    `${file}:${found.line}: the document looks garbled: ${found.count} places such as "${found.example}" hold ` +
    'the characters that curly quotes, dashes and accented letters turn into when a file is read in the wrong ' +
    'encoding, and students would see them in quotes. ' +
    (found.fromMac
      ? 'They are those of a Mac file (Mac Roman) converted as a Windows one: convert the original file again with ' +
        'iconv -f MACINTOSH -t UTF-8, or export it again as UTF-8.'
      : 'Export the document again as UTF-8 (in Word: Save As, Plain Text, encoding UTF-8), or replace these ' +
        'characters with the ones meant.')
  );
}
