// The course's people named in a question: a question that names one of them ("who is <name>", "<name>'s office
// hours") is about what the content says of that person, which the words of a FAQ entry's phrasings rarely hold.
import { escapeRegExp } from '../core/escape-regexp.ts';
import { tokens } from './text.ts';

/** A name part this short ("Su", "Li") is also a syllable: it names a person only with the rest of the name. */
const MIN_PART = 4;
/** Titles before a family name ("dr moss"), which make it a name even where it is also a word. */
const TITLES = new Set(['dr', 'prof', 'professor', 'mr', 'mrs', 'ms', 'mx', 'miss', 'doctor']);

/**
 * The course person a question names, or undefined: by the full name, or by the family name (its last part, at
 * least four letters) when it is written with its capital ("who is Moss") or after a title ("dr moss"), since a
 * family name may also be a word of the course ("moss", "fern").
 */
export function personNamed(question: string, names: readonly string[]): string | undefined {
  const asked = tokens(question);
  const text = ` ${asked.join(' ')} `;
  for (const name of names) {
    const parts = tokens(name);
    const family = parts.at(-1);
    if (family === undefined) continue;
    if (text.includes(` ${parts.join(' ')} `)) return name;
    if (parts.length < 2 || family.length < MIN_PART) continue;
    const written = name.trim().split(/\s+/).at(-1) ?? '';
    const capitalised =
      /^\p{Lu}/u.test(written) && new RegExp(`\\b${escapeRegExp(written)}\\b`, 'u').test(question);
    const titled = asked.some((t, i) => t === family && TITLES.has(asked[i - 1] ?? ''));
    if (capitalised || titled) return name;
  }
  return undefined;
}

/** Whether a text names the person: the full name, or the family name written as in the name. */
export function mentionsPerson(text: string, name: string): boolean {
  return personNamed(text, [name]) === name;
}
