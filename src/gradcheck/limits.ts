// The bounds on what a student may paste, and the size check that runs before anything else.
import { limitError } from './errors.ts';

export const MAX_INPUT_BYTES = 64 * 1024;
export const MAX_STATEMENTS = 2000;
export const MAX_NESTING = 64;

/** Throws when the UTF-8 size of `text` exceeds the limit, pointing at the first byte too many. */
export function enforceSizeLimit(text: string): void {
  // Each UTF-16 unit is at most 3 UTF-8 bytes, so short texts need no counting, and an ASCII
  // text (the usual case; the regular expression runs natively) is as many bytes as units.
  if (text.length * 3 <= MAX_INPUT_BYTES) return;
  if (text.length <= MAX_INPUT_BYTES && !/[\u0080-\uffff]/.test(text)) return;
  let bytes = 0;
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A surrogate pair is 4 bytes: 2 counted for each half.
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdfff ? 2 : 3;
    if (bytes > MAX_INPUT_BYTES) {
      throw limitError(
        `the input is larger than 64 KB (${MAX_INPUT_BYTES} bytes); paste a smaller computation`,
        { line, column: i - lineStart + 1 },
      );
    }
    if (c === 10) {
      line++;
      lineStart = i + 1;
    }
  }
}
