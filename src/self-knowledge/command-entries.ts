// The bot's answers about itself: one FAQ-shaped entry per command, generated from its definition (its name and the
// plain-words phrasings it declares to find it; its description, usage, options and examples to answer), so the bot
// knows its own commands and never disagrees with them. They join the course's FAQ where questions are answered.
import type { Content } from '../content/load-content.ts';
import type { LoadedFaqEntry } from '../content/load-faq.ts';
import {
  explains,
  offers,
  worksOn,
  type CommandDefinition,
  type Platform,
  type Reply,
} from '../core/command.ts';
import { getAnswerEngine, type EngineReply } from '../engine/index.ts';
import { questionCues } from '../engine/passages/cues.ts';
import { namesDays } from '../engine/schedule-days.ts';
import { analyze, normalize, phraseKey } from '../engine/text.ts';
import { helpAskedOn, renderCommandHelp, renderHelp } from './render-help.ts';
import { listsNoDates } from '../schedule/no-dates.ts';

export const COMMAND_ENTRY_PREFIX = 'bot-';
const MAX_QUESTION = 300;

/**
 * The entry the engine searches. It holds only the command's name and the phrasings it declares: the engine also
 * learns words from an entry's title and answer, and a command's help ("Google Calendar", "calculator", "room
 * NU-2A05") would make course questions on those words look answerable. The full answer replaces its text after.
 * Measured on the held-out and blind question sets (1,598 questions): with the description and the help's
 * examples as phrasings too, 11 course questions went wrong; with the name and the declared phrasings only, 1
 * (a borderline typo, "frist week", whose score moved just under the threshold).
 */
function entryFor(c: CommandDefinition): LoadedFaqEntry {
  const questions = [`${c.name} command`, `what does the ${c.name} command do`, ...(c.askedAs ?? [])].map(
    (q) => q.slice(0, MAX_QUESTION),
  );
  return {
    id: `${COMMAND_ENTRY_PREFIX}${c.name}`,
    title: `The ${c.name} command`,
    questions: [...new Set(questions)],
    tags: ['bot'],
    answer: `The ${c.name} command.`,
    see_also: [],
    file: `commands/${c.name}.ts`,
    line: null,
  };
}

/** What the bot says of itself above the list of its commands ("what can you do", "are you a bot"). */
const ABOUT_THE_BOT =
  "I'm the course's assistant, a bot: I answer from the course's own information, and say so when I don't know.";

/**
 * What the bot says about a command: its help in full; for `help` itself, what it is and every command. With the
 * course's content, in its words.
 */
function fullAnswer(c: CommandDefinition, all: readonly CommandDefinition[], content?: Content): string {
  if (c.name === 'help')
    return `${ABOUT_THE_BOT}\n\n${renderHelp(all, 'student', undefined, undefined, content) ?? ''}`;
  return `${renderCommandHelp(c, content)}\n\nType it as \`/${c.name}\` (in the web chat, \`${c.name}\` alone also works).`;
}

interface CommandKnowledge {
  entries: LoadedFaqEntry[];
  /** Entry id → the full answer shown. */
  answers: Map<string, string>;
  /** Phrasings a command declares (`askedAs`), word for word: answered by its entry without a search. */
  byPhrase: Map<string, LoadedFaqEntry>;
  /** Command name → the stems of its name and phrasings other than the common verbs (ownWordsIn). */
  ownWords: Map<string, Set<string>>;
}

const knowledge = new WeakMap<readonly CommandDefinition[], CommandKnowledge>();
const answerContent = new WeakMap<Content, WeakMap<readonly CommandDefinition[], Content>>();

function knowledgeOf(commands: readonly CommandDefinition[]): CommandKnowledge {
  let k = knowledge.get(commands);
  if (!k) {
    const entries = commands.map((c) => entryFor(c));
    const answers = new Map(commands.map((c, i) => [entries[i]?.id ?? '', fullAnswer(c, commands)]));
    const byPhrase = new Map<string, LoadedFaqEntry>();
    commands.forEach((c, i) => {
      // The name alone ("subscribe") asks about the command too, where it is not run as one (the CLI's `ask`).
      for (const q of [c.name, ...(c.askedAs ?? [])])
        byPhrase.set(phraseKey(q), entries[i] as LoadedFaqEntry);
    });
    const ownWords = new Map(
      commands.map((c) => [
        c.name,
        new Set(analyze([c.name, ...(c.askedAs ?? [])].join(' ')).filter((s) => !COMMON_VERBS.has(s))),
      ]),
    );
    k = { entries, answers, byPhrase, ownWords };
    knowledge.set(commands, k);
  }
  return k;
}

/** A value made once per pair of objects (a content and a command list). */
function once<A extends object, B extends object, V>(
  store: WeakMap<A, WeakMap<B, V>>,
  a: A,
  b: B,
  make: () => V,
): V {
  let byB = store.get(a);
  if (!byB) {
    byB = new WeakMap();
    store.set(a, byB);
  }
  let value = byB.get(b);
  if (value === undefined) {
    value = make();
    byB.set(b, value);
  }
  return value;
}

const offeredLists = new WeakMap<
  Content,
  WeakMap<readonly CommandDefinition[], readonly CommandDefinition[]>
>();

/**
 * The commands the bot explains to the course (`explains`), as one list per content and command list, so the entries and the
 * engine built from them are made once.
 */
function offeredIn(content: Content, commands: readonly CommandDefinition[]): readonly CommandDefinition[] {
  return once(offeredLists, content, commands, () => {
    const kept = commands.filter((c) => explains(content, c));
    return kept.length === commands.length ? commands : kept;
  });
}

/** The generated entries (id `bot-NAME`), one per command. */
export function commandEntries(commands: readonly CommandDefinition[]): LoadedFaqEntry[] {
  return knowledgeOf(commands).entries;
}

/** The course content with the command entries added to its FAQ; the same object for the same inputs (one engine). */
export function withCommandEntries(content: Content, all: readonly CommandDefinition[]): Content {
  const commands = offeredIn(content, all);
  return once(answerContent, content, commands, () => ({
    ...content,
    faq: [...content.faq, ...commandEntries(commands)],
  }));
}

/**
 * Answers a question from the course content and the bot's knowledge of its commands. A phrasing a command
 * declares is answered by its entry directly: some ("what can you do") are all common words, which a search
 * cannot tell apart. A command about dates in a course that lists none of them answers with what it would say
 * (`withoutDates`: "what are the deadlines" in a course without deadlines), not with how it is used.
 */
export function answerWithCommands(
  content: Content,
  all: readonly CommandDefinition[],
  question: string,
  now: Date,
): EngineReply {
  const commands = offeredIn(content, all);
  if (commands.length === 0) return getAnswerEngine(content).answer(question, now);
  const { entries, byPhrase, answers, ownWords } = knowledgeOf(commands);
  const commandOf = (id: string): CommandDefinition | undefined =>
    commands.find((c) => `${COMMAND_ENTRY_PREFIX}${c.name}` === id);
  const answerOf = (id: string): string | undefined => {
    const command = commandOf(id);
    const extra = command?.courseHelp?.(content);
    // (the list of commands is of those the course offers: not a date command kept only to say there are no dates)
    const answer =
      command?.name === 'help'
        ? fullAnswer(
            command,
            commands.filter((c) => offers(content, c)),
            content,
          )
        : command?.describedFor?.(content) !== undefined
          ? fullAnswer(command, commands, content)
          : answers.get(id);
    return (
      command?.withoutDates?.(content) ??
      (answer !== undefined && extra !== undefined ? `${answer}\n\n${extra}` : answer)
    );
  };
  // ("help grade", as chat runs it without the slash: that command's help, never what it says when run)
  const helpOn = helpAskedOn(question);
  const helped = helpOn === undefined ? undefined : commands.find((c) => c.name === helpOn);
  const help = entries.find((e) => e.id === `${COMMAND_ENTRY_PREFIX}help`);
  if (helped && help) {
    return {
      kind: 'answer',
      text: answerOf(`${COMMAND_ENTRY_PREFIX}${helped.name}`) ?? '',
      sources: [{ id: help.id, title: help.title, score: 1 }],
    };
  }
  const exact = byPhrase.get(phraseKey(question));
  // (a command's phrasing that names days, "whats due this week", gets the schedule's answer for those days when
  // there is one: the command's help would only say how to ask, and the command itself does not read the days; one
  // that asks what is next, "what is due next", gets it as "what's due next" does, in the same form)
  const course = getAnswerEngine(content);
  const fromSchedule = (): EngineReply | null => {
    const reply = course.answer(question, now);
    return reply.kind === 'answer' && reply.sources[0]?.id.startsWith('schedule:') ? reply : null;
  };
  const asked = normalize(question);
  const scheduled = exact && (namesDays(asked) || /\bnext\b/.test(asked)) ? fromSchedule() : null;
  if (scheduled) return scheduled;
  if (exact) {
    return {
      kind: 'answer',
      text: answerOf(exact.id) ?? '',
      sources: [{ id: exact.id, title: exact.title, score: 1 }],
    };
  }
  // The engine over the FAQ and the command entries (built once) decides only whether a command answers; every other
  // question gets the course's own engine's reply. Command entries in the course's model would change how it weighs
  // the course's words and what it learns from its phrasings (in a course of documents alone they would be its whole
  // FAQ), so a course question would get another reply in chat than the same engine gives it without them.
  const aboutBot = asksAboutTheBot(question, commands);
  const stems = analyze(question);
  const shared = (c: CommandDefinition): number => ownWordsIn(stems, ownWords.get(c.name));
  const hasOwnWord = (c: CommandDefinition): boolean => shared(c) > 0;
  // (a question that is not about the bot and has no command's own word is never answered by a command, so the second
  // engine is not asked, nor built, for it)
  if (!aboutBot && !commands.some(hasOwnWord)) return course.answer(question, now);
  // (a question about the bot that a course entry answers names under "See also" the command it shares most of its
  // own words with)
  // (of equals, the first in the commands' order: the sort is stable)
  const named = aboutBot ? commands.filter(hasOwnWord).sort((a, b) => shared(b) - shared(a))[0] : undefined;
  const namedEntry = named && entries.find((e) => e.id === `${COMMAND_ENTRY_PREFIX}${named.name}`);
  const reply = getAnswerEngine(withCommandEntries(content, commands)).answer(question, now, {
    offer: (entry) => aboutBot || !answers.has(entry.id),
    ...(namedEntry && { seeAlso: namedEntry }),
  });
  const top = reply.kind === 'answer' ? reply.sources[0]?.id : undefined;
  // (a command answers only a question that has a word of its own, beside the verbs its phrasings share with any
  // question: "where do i turn in labs" is not about "how do I turn off my calendar link")
  const command = commands.find((c) => `${COMMAND_ENTRY_PREFIX}${c.name}` === top);
  if (!command || (!aboutBot && !hasOwnWord(command))) {
    // (a question about the bot keeps this engine's reply: a course answer with the command it names under "See
    // also", or the commands near it when nothing answers)
    return aboutBot ? reply : course.answer(question, now);
  }
  // (a date command in a course that lists no dates at all would only say so: what the course's own content says of
  // the question, a FAQ entry or a quote of its syllabus, follows that line, "when are the weekly logs due", "what are
  // the deadlines")
  // (but a question that asks no date or time, nor names what only the command does, "is attendance at the labs
  // required", "what do I bring to the lab", is not about dates: it gets what the course's content gives it alone, a
  // fallback when nothing answers; "remind me about the homework" still gets the line)
  const none = aboutBot || !listsNoDates(content.schedule) ? undefined : command.withoutDates?.(content);
  if (none !== undefined) {
    const own = course.answer(question, now);
    if (!asksWhenOrNext(question) && !namesWhatOnlyCommandDoes(stems, ownWords.get(command.name), content))
      return own;
    if (own.kind === 'answer') return { ...own, text: `${none}\n\n${own.text}` };
  }
  // (a question whose words of the command's own are all words of the course too, that the course's content answers
  // itself, gets the course's answer: "how do i get announcements" in a course with an entry on where its
  // announcements are posted asks where to read them, not how a TA posts one; the command's own phrasings, "help
  // announce" and a question that says "command" still get its help)
  if (
    none === undefined &&
    !aboutBot &&
    !namesWhatOnlyCommandDoes(stems, ownWords.get(command.name), content)
  ) {
    const own = course.answer(question, now);
    if (own.kind === 'answer') return own;
  }
  const full = top === undefined ? undefined : answerOf(top);
  // Only the command's own answer: a course entry the engine put beside it would be out of place.
  return full === undefined ? reply : { ...reply, text: full, sources: reply.sources.slice(0, 1) };
}

const contentStems = new WeakMap<Content, ReadonlySet<string>>();

/** The stems of a course's own words: its FAQ's and its documents' (read once per content). */
function stemsOf(content: Content): ReadonlySet<string> {
  let found = contentStems.get(content);
  if (!found) {
    const texts = [
      ...content.faq.flatMap((e) => [e.title, e.answer, ...e.questions]),
      ...(content.documents ?? []).map((p) => `${p.section} ${p.text}`),
    ];
    found = new Set(texts.flatMap((t) => analyze(t)));
    contentStems.set(content, found);
  }
  return found;
}

/**
 * Whether the question has a word of the command's own that the course's content never uses ("remind", "calendar"):
 * it asks for what the command does, not about a subject of the course that the command shares ("lab").
 */
function namesWhatOnlyCommandDoes(
  stems: readonly string[],
  own: ReadonlySet<string> | undefined,
  content: Content,
): boolean {
  const used = stemsOf(content);
  return stems.some((s) => own?.has(s) === true && !used.has(s));
}

/** A question that asks for a date or time, or what comes next ("when is the next lab", "show the next labs"). */
function asksWhenOrNext(question: string): boolean {
  return questionCues(question).time || /\bnext\b/.test(normalize(question));
}

/**
 * Verbs a command's phrasings share with questions of any kind ("turn off", "show me", "how do I get"), asking
 * itself ("where can I ask questions" is about the course's forum, not about the `ask` command), and the course,
 * which nearly every course question names ("can I sit in on the course, and how do I ask").
 */
const COMMON_VERBS = new Set(
  analyze(
    'turn stop start show tell see get give make use set put find check look want need know go do have help ' +
      'ask question course class',
  ),
);

/** How many of the question's stems are words of a command's own (CommandKnowledge.ownWords). */
function ownWordsIn(stems: readonly string[], own: ReadonlySet<string> | undefined): number {
  return own === undefined ? 0 : stems.filter((s) => own.has(s)).length;
}

/**
 * A question about the bot itself: it says "bot" or "command", or writes a command as one is typed ("/remindme",
 * "`grade`"). Sharing a word with a command's name ("who do i ask", "my grade") does not make it one.
 */
export function asksAboutTheBot(question: string, commands: readonly CommandDefinition[]): boolean {
  if (/\b(?:bot|chatbot|commands?)\b/i.test(question)) return true;
  const typed = new Set(
    [...question.matchAll(/(?:^|\s)\/([a-z]+)\b|`\/?([a-z]+)[^`]*`/gi)].map((m) =>
      (m[1] ?? m[2] ?? '').toLowerCase(),
    ),
  );
  return commands.some((c) => typed.has(c.name));
}

/** The command whose generated entry a reply came from, if any. */
export function answeringCommand(
  reply: EngineReply,
  commands: readonly CommandDefinition[],
): CommandDefinition | undefined {
  const id = reply.kind === 'answer' ? reply.sources[0]?.id : undefined;
  if (!id?.startsWith(COMMAND_ENTRY_PREFIX)) return undefined;
  return commands.find((c) => `${COMMAND_ENTRY_PREFIX}${c.name}` === id);
}

/**
 * What the command whose entry answered says, for a command that runs when asked ("what is due next" runs
 * `deadlines`) and that everyone may use on `platform`: an answer naming the entry as its source. Null otherwise.
 */
export function ranWhenAsked(
  reply: EngineReply,
  commands: readonly CommandDefinition[],
  content: Content,
  now: Date,
  platform: Platform,
): Reply | null {
  const command = answeringCommand(reply, commands);
  if (!command?.whenAsked || command.access !== 'everyone' || !worksOn(command, platform)) return null;
  return { ...command.whenAsked(content, now), kind: 'answer', sources: reply.sources };
}
