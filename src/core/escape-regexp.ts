// A text to match literally inside a regular expression built around it (a name, a grade).

/** The text with every character that has a meaning in a regular expression escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
