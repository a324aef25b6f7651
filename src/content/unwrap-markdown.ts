// Joins hard-wrapped lines of a Markdown paragraph or list item. Authors wrap YAML answers at ~100 columns, but
// Discord, Slack and the web chat would show every such newline as a line break.
const BLOCK_START = /^\s*(?:[-*+]\s|\d{1,3}[.)]\s|#{1,6}\s|>|\||```|~~~)/;
const FENCE = /^\s*(?:```|~~~)/;

export function unwrapMarkdown(text: string): string {
  const out: string[] = [];
  let inFence = false;
  let previousBlank = true;
  for (const line of text.split('\n')) {
    if (FENCE.test(line)) {
      inFence = !inFence;
      out.push(line);
      // A fence is a block boundary: the line after it never joins it.
      previousBlank = true;
      continue;
    }
    const blank = line.trim() === '';
    // A line continues the previous one unless it is blank, follows a blank, or starts its own block.
    const joins = !inFence && !blank && !previousBlank && !BLOCK_START.test(line) && out.length > 0;
    if (joins) out[out.length - 1] = `${out[out.length - 1]!.trimEnd()} ${line.trim()}`;
    else out.push(inFence ? line : line.trimEnd());
    previousBlank = blank;
  }
  return out.join('\n').trim();
}
