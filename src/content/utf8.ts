// Where a file's bytes stop being UTF-8, to name the byte and line in the error.

/** The offset of the first byte that is not valid UTF-8 (the file's length when all of it is). */
export function firstInvalidUtf8(bytes: Buffer): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lo = 0;
  let hi = bytes.length;
  // The longest valid prefix, by bisection (a cut inside a character counts as invalid, so back off 3 bytes).
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    try {
      decoder.decode(bytes.subarray(0, mid));
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  for (let end = Math.min(bytes.length, lo + 4); end > lo; end--) {
    try {
      decoder.decode(bytes.subarray(0, end));
      return end;
    } catch {
      // keep looking
    }
  }
  return lo;
}

/**
 * The error for a file that is not UTF-8, naming the byte and how to convert it: a file saved on a Mac is often Mac
 * Roman, one from Windows Windows-1252.
 */
export function notUtf8Message(bad: number): string {
  return `is not UTF-8 text (byte ${bad}); save it with the UTF-8 encoding, or convert it: iconv -f WINDOWS-1252 -t UTF-8 (a file from Windows) or iconv -f MACINTOSH -t UTF-8 (from a Mac)`;
}

/** The line of a byte, counting old Mac line ends (a CR alone) as line ends too. */
export function lineOfByte(bytes: Buffer, offset: number): number {
  return bytes
    .subarray(0, offset)
    .toString('latin1')
    .split(/\r\n|\r|\n/).length;
}
