// Lists in replies and messages: "A", "A and B", "A, B and C".

/** The items joined with commas and a final "and"; empty for none. */
export function andList(items: readonly string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : (items[0] ?? '');
}
