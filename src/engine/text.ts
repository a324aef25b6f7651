// English text analysis shared by every stage: normalising, tokenising, stopwords and stemming. Course-independent.
import MiniSearch from 'minisearch';
import porter2 from 'wink-porter2-stemmer';
import { MAX_QUESTION_LENGTH } from '../core/question-limit.ts';

/** Questions are cut to this many characters (the one limit every platform applies). */
export const MAX_QUESTION_CHARS = MAX_QUESTION_LENGTH;

// Built from a string so the control character is explicit (and lint-clean): ESC [ params intermediates final.
const ANSI_ESCAPE = new RegExp(`${String.fromCharCode(27)}\\[[0-9;?]*[ -/]*[@-~]`, 'g');
/** Markup pasted with a question (`<b>`, `</p>`, `<br/>`): a tag is a letter right after `<`, up to its `>`. */
const HTML_TAG = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/gi;

export interface CleanQuestion {
  text: string;
  truncated: boolean;
  /** True when the input had letters or digits at all (binary junk and whitespace do not). */
  hasWords: boolean;
}

/** Strips control and invisible characters and bounds the length; safe on any input. */
export function cleanQuestion(raw: unknown): CleanQuestion {
  const input = typeof raw === 'string' ? raw : '';
  // Only look at a bounded prefix: a 100 KB paste must not cost more than a normal question.
  const head = input.slice(0, MAX_QUESTION_CHARS * 4);
  const text = head
    .replace(ANSI_ESCAPE, ' ')
    .replace(HTML_TAG, ' ')
    .replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cs}\uFFFD]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const truncated = text.length > MAX_QUESTION_CHARS || input.length > head.length;
  const bounded = text.length > MAX_QUESTION_CHARS ? text.slice(0, MAX_QUESTION_CHARS).trimEnd() : text;
  return { text: bounded, truncated, hasWords: /[\p{L}\p{N}]/u.test(bounded) };
}

// English contractions, with and without the apostrophe that chat often drops.
const CONTRACTIONS: readonly [RegExp, string][] = [
  [/\bcan'?t\b/g, 'can not'],
  [/\bwon'?t\b/g, 'will not'],
  [/\b(do|does|did|is|are|was|were|have|has|had|could|should|would|must|need)n'?t\b/g, '$1 not'],
  [/\b(\w+)n't\b/g, '$1 not'],
  [/\b(what|when|where|who|how|that|there|it|here)'?s\b/g, '$1 is'],
  [/\b(i)'?m\b/g, 'i am'],
  [/\b(\w+)'(re|ve|ll|d)\b/g, '$1'],
  [/\b(\w+)'s\b/g, '$1'],
];

// Chat spellings of common English words ("wat", "wen", "abt", "bc"), read as the words they stand for. (Only words
// that are nothing else: "hw" is a course's own abbreviation; a lone "r", also the R language, is read below.)
const CHAT_SPELLINGS: ReadonlyMap<string, string> = new Map([
  ['wat', 'what'],
  ['wut', 'what'],
  ['wats', 'what is'],
  ['wen', 'when'],
  ['abt', 'about'],
  ['bc', 'because'],
  ['cuz', 'because'],
  ['coz', 'because'],
  ['bcuz', 'because'],
  ['tmrw', 'tomorrow'],
  ['tmr', 'tomorrow'],
  ['ppl', 'people'],
  ['tho', 'though'],
  ['thru', 'through'],
  ['smth', 'something'],
  ['sth', 'something'],
  ['wud', 'would'],
  ['shud', 'should'],
  ['cud', 'could'],
  ['prof', 'professor'],
  ['profs', 'professors'],
  ['hrs', 'hours'],
  ['mins', 'minutes'],
  ['yr', 'year'],
  ['yrs', 'years'],
  ['appt', 'appointment'],
  ['appts', 'appointments'],
  ['prereq', 'prerequisite'],
  ['prereqs', 'prerequisites'],
  ['tues', 'tuesday'],
  ['thurs', 'thursday'],
  ['weds', 'wednesday'],
  ['kno', 'know'],
  ['b4', 'before'],
  // (an extension of a deadline or of a telephone number: "extension" either way)
  ['ext', 'extension'],
  ['exts', 'extensions'],
]);
const CHAT_WORD = new RegExp(`\\b(${[...CHAT_SPELLINGS.keys()].join('|')})\\b`, 'g');
/**
 * Chat spellings that are also an acronym in capitals ("HR" a department, "RN" a nurse): read as words only when
 * written in lower case, as chat writes them ("2 hr exam", "failing rn").
 */
const LOWER_CASE_SPELLINGS: ReadonlyMap<string, string> = new Map([
  ['hr', 'hour'],
  ['rn', 'right now'],
]);
const LOWER_CASE_WORD = new RegExp(`\\b(${[...LOWER_CASE_SPELLINGS.keys()].join('|')})\\b`, 'g');

/**
 * "r" as chat writes "are" ("r there quizzes", "how long r the labs", "when r office hours"), not the R language ("do
 * we use r", "r studio", "learn r or python"): a lone r read as the language when a word that names or uses one comes
 * before or after it, or it ends the question.
 */
const LONE_R = /(?<=^|[\s(,;:!?])r(?=\s)/g;
const R_LANGUAGE_BEFORE =
  /\b(use|uses|using|used|in|learn|learning|with|know|knowing|of|and|or|code|coding|program|programming|install|installing|about|for|than|like|into|to|on|from|via|through|is|was|does|do|did|can|could|will|would|should|has|have|python|matlab|stata|spss|excel|need)\s+$/;
const R_LANGUAGE_AFTER =
  /^\s+(packages?|studio|rstudio|code|scripts?|markdown|versions?|programming|language|or|and|vs|versus|skills?|experience|knowledge|background|libraries|library|functions?|files?|notebooks?|console|cloud|installed|required|needed|is|was|will|has|does|can|should|would)\b|^\s*[/.,?!]*\s*$/;
function loneR(at: number, text: string): string {
  return R_LANGUAGE_BEFORE.test(text.slice(0, at)) || R_LANGUAGE_AFTER.test(text.slice(at + 1)) ? 'r' : 'are';
}

/** A letter grade with its sign ("B+", "A-"): one word ("bplus", "aminus"), as the tokenizer would drop the sign. */
const LETTER_GRADE = /\b([a-f])([+-])(?=$|[\s?.,!;:)/])/g;

/**
 * A letter grade without a sign after an article ("what is an A", "do I need a B to pass", "get an f"): the letter
 * alone is a lone letter, dropped like the article; named so, it is a grade. A capital A to F, or after "an" a
 * lower-case a, e or f, where no other word can stand ("an a", "an f"); at the end, before punctuation or before a
 * function word, so that "a C program" stays as it is.
 */
const BARE_LETTER_GRADE = /\b([Aa]n?) (?:([A-F])|(?<=[Aa]n )([aef]))(?=$|[\s?.,!;:)])(?:\s+([A-Za-z']+))?/g;

function bareLetterGrade(
  match: string,
  article: string,
  upper?: string,
  lower?: string,
  next?: string,
): string {
  const letter = upper ?? lower;
  if (letter === undefined) return match;
  if (next !== undefined && !STOPWORDS.has(next.toLowerCase()) && !/^grades?$/i.test(next)) return match;
  return `${article} ${letter.toLowerCase()}grade letter grade${next === undefined ? '' : ` ${next}`}`;
}

/** Lower case, accents folded, typographic quotes made plain, chat spellings and contractions expanded. */
export function normalize(text: string): string {
  let t = text
    .replace(LOWER_CASE_WORD, (w) => LOWER_CASE_SPELLINGS.get(w) ?? w)
    .replace(BARE_LETTER_GRADE, bareLetterGrade)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019`]/g, "'");
  t = t
    .replace(CHAT_WORD, (w) => CHAT_SPELLINGS.get(w) ?? w)
    .replace(LONE_R, (_, at: number, all: string) => loneR(at, all))
    .replace(LETTER_GRADE, (_, letter: string, sign: string) =>
      sign === '+' ? `${letter}plus` : `${letter}minus`,
    );
  for (const [re, to] of CONTRACTIONS) t = t.replace(re, to);
  return t;
}

const splitWords = MiniSearch.getDefault('tokenize') as (text: string) => string[];

/**
 * A token of symbols alone, which MiniSearch's tokenizer keeps (it splits at punctuation, not at symbols): "date +
 * room", "grade = average" join words as "and" or "is" would, and say nothing of a topic. ("c++" is a word.)
 */
const ONLY_SYMBOLS = /^\p{S}+$/u;

/**
 * The texts last split into tokens, since one question is split by several stages (spelling, features, the
 * schedule matcher) and the model's texts by several passes while it is built.
 */
const tokenCache = new Map<string, readonly string[]>();
/** (At most this many texts, each at most a question's length, are kept: a few megabytes.) */
const TOKEN_CACHE_SIZE = 5_000;

/** The sentences of a text: split after a full stop, question or exclamation mark, and at line breaks. */
export function sentencesIn(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The words and numbers of a normalised text, as MiniSearch's tokenizer splits them ("5.5" stays one token). */
export function tokens(text: string): string[] {
  let cached = tokenCache.get(text);
  if (cached === undefined) {
    const out: string[] = [];
    for (const raw of splitWords(normalize(text).replace(/(\d)[.,](\d)/g, '$1\u2024$2'))) {
      const t = raw.replace(/\u2024/g, '.').replace(/^'+|'+$/g, '');
      if (t !== '' && !ONLY_SYMBOLS.test(t)) out.push(t);
    }
    if (text.length <= MAX_QUESTION_CHARS) {
      if (tokenCache.size >= TOKEN_CACHE_SIZE) tokenCache.clear();
      tokenCache.set(text, out);
    }
    cached = out;
  }
  return [...cached];
}

/**
 * Greetings and chat's fillers ("hey", "thx", "lol", "tbh", "or nah"): they say nothing of what a question is about.
 * Read as topic words, a filler weighed as the rarest word of the course and drew the question away from every entry
 * and event ("when is the exam lmao").
 */
export const CHAT_FILLERS: readonly string[] = (
  'hi hello hey thanks thank thx pls plz ok okay yes yeah yep yup nope nah lol btw guys hmm um uh ' +
  'idk tbh ngl imo lmk lmao haha omg bruh ya yall'
).split(' ');

/**
 * English function words, and chat's fillers: they say how a question is asked, not what it is about. (Question
 * words such as "when", "who", "how" are kept out of search terms too; the answer-type check reads them from the raw
 * text.)
 */
export const STOPWORDS: ReadonlySet<string> = new Set([
  ...CHAT_FILLERS,
  ...(
    'a about above after again against all also am an and any are as at be because been before being below between ' +
    'both but by can could did do does doing done down during each either else ever every few for from further ' +
    'get gets getting got had has have having he her here hers herself him himself his how however i if in into ' +
    'is it its itself just let like may me might mine most much must my myself neither no nor not now of off ' +
    'often on once only or other otherwise our ours ourselves out over own per please quite rather really ' +
    'same shall she should so some such than that the their theirs them themselves then there these they this ' +
    'those through though thus to too under until up upon us very via was we were what whats whatever when whenever ' +
    'where whereas wherever whether which while who whom whose why will with within without would yet you your ' +
    'yours yourself yourselves u ur im ive dont doesnt ' +
    'didnt isnt arent wasnt cant wont gonna wanna gotta kinda sorta actually basically anyone someone somebody ' +
    'anything something everything still even already maybe perhaps probably exactly anyway wondering wonder'
  ).split(' '),
]);

const stemCache = new Map<string, string>();

/** The Porter2 stem of a word (numbers and codes such as "a1" or "5.5" are kept as they are). */
export function stem(word: string): string {
  if (/\d/.test(word) || word.length <= 2) return word;
  let s = stemCache.get(word);
  if (s === undefined) {
    s = porter2(word);
    if (stemCache.size > 50_000) stemCache.clear();
    stemCache.set(word, s);
  }
  return s;
}

/** True for a token that can carry meaning: not a stopword, not a lone letter. */
export function isContentWord(token: string): boolean {
  return !STOPWORDS.has(token) && !/^[a-z]$/.test(token);
}

/** The stems of a text's content words, in order (for grouping similar questions). */
export function analyze(text: string): string[] {
  return tokens(text).filter(isContentWord).map(stem);
}

/**
 * Words that make a text a question rather than a few keywords ("r", as chat writes "are"): one alternation, for
 * patterns that tell a question from a query of a few words.
 */
export const QUESTION_WORD =
  '(is|are|r|was|were|will|do|does|did|can|could|should|would|what|whats|when|whens|where|wheres|which|who|how|why|any|anything|have|has)';

/** An answer's text without Markdown emphasis and code marks ("**12** quizzes" is "12 quizzes"). */
export const unmarked = (answer: string): string => answer.replace(/[*_`]/g, '');

/** Number words and their numbers ("three" is 3), as students write small counts. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(
  ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'].map((w, i) => [w, i + 1]),
);

/** Ordinal words and their numbers ("third" and "3rd" are 3), for things in a series. */
export const ORDINALS: ReadonlyMap<string, number> = new Map(
  ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'].flatMap(
    (w, i): [string, number][] => {
      const suffix = i === 0 ? 'st' : i === 1 ? 'nd' : i === 2 ? 'rd' : 'th';
      return [
        [w, i + 1],
        [`${i + 1}${suffix}`, i + 1],
      ];
    },
  ),
);

/** A token as the featurizer reads it: an ordinal as its number ("third" and "3rd" are "3"), else itself. */
export function ordinalAsNumber(token: string): string {
  const n = ORDINALS.get(token);
  return n === undefined ? token : String(n);
}

/**
 * A text's words as a key for matching a question word for word: lower case, without punctuation, single spaces
 * ("What's the late penalty?" and "whats the late penalty" meet).
 */
export function phraseKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]+/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}
