// Takes user identifiers out of a question before it is logged: mentions, e-mail addresses, phone numbers and
// student numbers become placeholders; dates, times, course codes and ordinary numbers stay, so `gaps` still groups.
import { STOPWORDS } from '../engine/text.ts';

/** What an identifier is replaced with; `gaps` leaves placeholders out when it groups questions. */
export const PLACEHOLDERS = {
  mention: '[mention]',
  email: '[email]',
  phone: '[phone]',
  number: '[number]',
} as const;

/** Any placeholder, for readers of the log that group by words (a placeholder is not the student's word). */
export const PLACEHOLDER = /\[(?:mention|email|phone|number)\]/g;

/** Only a bounded prefix is read, as the engine does: a 100 KB paste costs no more than a long question. */
const MAX_INPUT = 4000;

/** Platform mentions: Discord `<@123>`, `<@!123>`, `<@&123>`; Slack `<@U123>`, `<@U123|name>`, `<!subteam^S1|@tas>`. */
const PLATFORM_MENTION =
  /<@(?:[!&]?\d{1,25}|[UW][A-Z0-9]{1,30}(?:\|[^>]{0,100})?)>|<!subteam\^[A-Z0-9]{1,30}(?:\|[^>]{0,100})?>/g;

/** `jane.doe+cs@uni.edu`, with or without `mailto:`, and the bracketed `jane [at] uni [dot] edu`. */
const EMAIL =
  /(?:mailto:)?[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63})+|[\p{L}\p{N}._%+-]{1,64}\s?[[(]at[\])]\s?[\p{L}\p{N}-]{1,63}(?:\s?[[(]dot[\])]\s?[\p{L}\p{N}-]{1,63})+/giu;

/**
 * Phone-number candidates, judged by `isPhone`: `+31 6 1234 5678`, `(555) 123-4567`, `020 7946 0958`,
 * `555.123.4567`, `06-12345678`.
 */
const PHONE_CANDIDATE =
  /(?<![\p{L}\p{N}+])(?:\+\d{1,3}(?:[\s.-]?\(?\d{1,5}\)?)(?:[\s.-]?\d{1,8}){1,5}|\(\d{2,5}\)\s?\d{3,4}[\s.-]?\d{3,5}|\d{2,5}(?:[\s.-]\d{2,8}){1,4})(?![\p{L}\p{N}]|[.,]\d)/gu;

/** Year-month-day and day-month-year dates, and year ranges ("2025-2026"), in any of the separators. */
const DATE_LIKE =
  /^(?:\d{4}[\s.-]\d{1,2}[\s.-]\d{1,2}|\d{1,2}[\s.-]\d{1,2}[\s.-]\d{2,4}|(?:19|20)\d\d\s?-\s?(?:19|20)?\d\d)$/;

function isPhone(candidate: string): boolean {
  const digits = candidate.replace(/\D/g, '').length;
  if (digits < 7 || digits > 15) return false;
  if (candidate.startsWith('+')) return digits >= 8;
  if (candidate.startsWith('(')) return true;
  if (DATE_LIKE.test(candidate)) return false;
  const groups = candidate.split(/[\s.-]/);
  // Dots are decimals, versions and room numbers ("2.14", "0.00304"), except the US 555.123.4567.
  if (candidate.includes('.')) return /^\d{3}\.\d{3}\.\d{4}$/.test(candidate);
  const last = groups.at(-1) ?? '';
  if (last.length < 3) return false;
  // A trunk prefix ("06-12345678", "020 7946 0958"), or a full ten-digit number ("555 123 4567"); not a list of
  // numbers ("100 200 300") or a range of words ("1500-2000").
  return (candidate.startsWith('0') && digits >= 8) || (groups.length >= 3 && digits >= 10);
}

/** "student number: 123456", "my student id is s12345": a number named as one, however short. */
const NAMED_NUMBER =
  /\b((?:student|matriculation|matric|enrol?ment|university|uni|personal)[\s-]?(?:number|no\.?|nr\.?|num|id|#)|s-?number|studentnumber|studentid)(\s*(?:is|was|=|:|#)?\s*)(\p{L}{0,2}\d{4,})/giu;

/** Seven or more digits in a row (not a decimal's fraction), or one or two letters then six or more ("s1234567"). */
const LONG_NUMBER = /(?<![\p{L}\p{N}.,])(?:\p{L}{1,2}\d{6,}|\d{7,})(?![\p{L}\p{N}]|[.,]\d)/gu;
/** A round number ("1000000 steps") is a quantity, not someone's number. */
const ROUND = /^[1-9]\d{0,2}0{4,}$/;

/** "@Jane Doe", "@jdoe", "@Prof. Smith" typed by hand: the word after @, and up to two capitalised words after it. */
const TYPED_MENTION =
  /(?<![\p{L}\p{N}_@.])@(\p{L}[\p{L}\p{N}_'-]{0,40})((?:\.?[ \t]+\p{Lu}\p{Ll}{1,30}(?:[-']\p{Lu}?\p{Ll}{1,30})?){0,2})/gu;
/** Python decorators a course question may quote ("what does @property do"); code, not a person. */
const DECORATORS = new Set([
  'property',
  'staticmethod',
  'classmethod',
  'abstractmethod',
  'dataclass',
  'override',
  'overload',
  'cache',
  'cached_property',
  'lru_cache',
  'wraps',
  'jit',
]);

/** The question with each identifier replaced by its placeholder (see PLACEHOLDERS); the rest as it was. */
export function scrubIdentifiers(question: string): string {
  return (
    question
      .slice(0, MAX_INPUT)
      // Invisible characters could split an address or a number so that no rule sees it.
      .replace(/[\p{Cf}]+/gu, '')
      .replace(PLATFORM_MENTION, PLACEHOLDERS.mention)
      .replace(EMAIL, PLACEHOLDERS.email)
      .replace(PHONE_CANDIDATE, (m) => (isPhone(m.trim()) ? PLACEHOLDERS.phone : m))
      .replace(NAMED_NUMBER, (_m, name: string, sep: string) => `${name}${sep}${PLACEHOLDERS.number}`)
      .replace(LONG_NUMBER, (m) => (ROUND.test(m) ? m : PLACEHOLDERS.number))
      .replace(TYPED_MENTION, typedMention)
  );
}

function typedMention(whole: string, name: string, more: string, offset: number, text: string): string {
  const after = text.slice(offset + whole.length);
  // `@torch.no_grad()`, `@app.route(...)`, `@property`: code.
  if (!more && (/^(?:\(|\.\p{L})/u.test(after) || DECORATORS.has(name.toLowerCase()))) return whole;
  // Capitalised words after the name that are function words ("@Jane When is ...", "@Jane I ...") are not its parts.
  const words = more.match(/\.?[ \t]+[\p{L}'-]+/gu) ?? [];
  let kept = '';
  for (const w of words) {
    if (STOPWORDS.has(w.replace(/^\.?[ \t]+/, '').toLowerCase())) break;
    kept += w;
  }
  return PLACEHOLDERS.mention + whole.slice(1 + name.length + kept.length);
}
