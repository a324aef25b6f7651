// `course-bot ask ["QUESTION"] [--json]`: answers one question, or one per line from stdin, and logs each (channel cli).
// Deliberately light: no app, platforms or HTTP here, so 1,000 piped questions take well under a second.
import type { Command } from 'commander';
import type Database from 'better-sqlite3';
import {
  configOrReport,
  contentOrReport,
  pretendNowOrReport,
  SCHEDULE_OPTION_HELP,
} from '../load-or-report.ts';
import { systemClock } from '../../core/clock.ts';
import { MAX_QUESTION_LENGTH } from '../../core/question-limit.ts';
import { getAnswerEngine, keepModelsIn, reportEngineErrorsTo, type EngineReply } from '../../engine/index.ts';
import { commands } from '../../../commands/index.ts';
import { answeringCommand, answerWithCommands, ranWhenAsked } from '../../self-knowledge/command-entries.ts';
import { logQuestions, loggedQuestion, type LoggedQuestion } from '../../question-log/question-store.ts';
import { openDatabase } from '../../store/database.ts';
import type { Content } from '../../content/load-content.ts';
import { renderFallback } from '../../core/render-text.ts';
import { errorMessage } from '../../core/error-message.ts';
import type { Explanation } from '../../engine/model.ts';
import { formatWhy, whyJson } from '../explain-reply.ts';

/** A stdin line longer than this is cut (the engine reads only MAX_QUESTION_LENGTH characters of it anyway). */
const MAX_LINE_CHARS = 64 * 1024;
/** Log rows are written in one transaction per batch (or per second): per-row commits would dominate the run time. */
const LOG_BATCH = 500;
const LOG_FLUSH_MS = 1000;

interface AskOptions {
  json?: boolean;
  why?: boolean;
  faq?: string;
  schedule?: string;
  now?: string;
}

/**
 * The reply as chat gives it: a question answered by the entry of a command that runs when asked ("what is due
 * next" runs `deadlines`) gets what the command says, its times in the course's zone.
 */
export function chatReply(content: Content, question: string, now: Date): EngineReply {
  const reply = answerWithCommands(content, commands, question, now);
  const ran = ranWhenAsked(reply, commands, content, now, 'cli');
  return ran ? { kind: 'answer', text: renderFallback(ran.text, ran.times), sources: reply.sources } : reply;
}

/**
 * One reply as printed; `question` (questions read from stdin, as text) heads it, so a reply can be read with its
 * question. A reply a command gave (`chatReply`) names the command. `why` (`ask --why`) follows it, or is a field of
 * its JSON.
 */
export function formatReply(reply: EngineReply, json: boolean, question?: string, why?: Explanation): string {
  if (json)
    return JSON.stringify({
      kind: reply.kind,
      text: reply.text,
      sources: reply.sources,
      ...(why && { why: whyJson(why) }),
    });
  const command = answeringCommand(reply, commands);
  // (an answer from the schedule names its events, not only the first)
  const [first] = reply.sources;
  const events = reply.sources.filter((s) => s.id.startsWith('schedule:')).map((s) => s.title);
  const from = command?.whenAsked
    ? `what the \`${command.name}\` command says, as chat runs it for this question`
    : events.length > 1
      ? `the schedule: ${events.slice(0, 3).join('; ')}${events.length > 3 ? `; and ${events.length - 3} more` : ''}`
      : first?.title;
  const source = from ? `\n\n(${reply.kind}: ${from})` : `\n\n(${reply.kind})`;
  const heading = question === undefined ? '' : `${`Q: ${question}`.trimEnd()}\n`;
  return `${heading}${reply.text}${source}\n${why ? formatWhy(why) : ''}`;
}

/** Lines of stdin, each bounded in length, without holding more than one line in memory. */
async function* stdinLines(): AsyncGenerator<string> {
  let line = '';
  let dropping = false;
  process.stdin.setEncoding('utf8');
  for await (const chunk of process.stdin as AsyncIterable<string>) {
    let start = 0;
    for (let nl = chunk.indexOf('\n'); nl !== -1; nl = chunk.indexOf('\n', start)) {
      if (!dropping) line += chunk.slice(start, nl);
      yield line.replace(/\r$/, '');
      line = '';
      dropping = false;
      start = nl + 1;
    }
    if (!dropping) line += chunk.slice(start);
    if (line.length > MAX_LINE_CHARS) {
      line = line.slice(0, MAX_LINE_CHARS);
      dropping = true;
    }
  }
  if (line.length > 0) yield line.replace(/\r$/, '');
}

export function registerAsk(program: Command): void {
  program
    .command('ask')
    .description('answer a course question (or one per line from stdin) from faq/ and the schedule')
    .argument(
      '[question...]',
      'the question; without it, questions are read from stdin, one per line, each printed before its reply',
    )
    .option('--json', 'print each reply as one JSON line: {"kind", "text", "sources"}')
    .option('--faq <dir>', 'FAQ folder (default: FAQ_DIR or faq/)')
    .option('--schedule <file>', SCHEDULE_OPTION_HELP)
    .option(
      '--why',
      "also print why: the nearest FAQ entries and the private-request probability, beside the course's thresholds",
    )
    .option(
      '--now <time>',
      'answer as if it were this local time, "YYYY-MM-DD HH:mm" in the schedule\'s zone',
    )
    .action(async (words: string[], opts: AskOptions) => {
      const config = configOrReport(process.env);
      if (!config) return;
      const content = contentOrReport(
        { faqDir: opts.faq ?? config.FAQ_DIR, scheduleFile: opts.schedule ?? config.SCHEDULE_FILE },
        'The course content has problems; fix them first:',
        commands,
      );
      if (!content) return;
      keepModelsIn(config.modelCacheDir);
      // (a fault while answering gets a fallback reply; the error is said on standard error, never the question)
      reportEngineErrorsTo((err) =>
        process.stderr.write(`answer engine failed on a question: ${errorMessage(err)}\n`),
      );
      const pretend = pretendNowOrReport(opts.now, content.schedule.timezone);
      if (pretend === null) return;
      const now = (): Date => pretend ?? systemClock.now();
      const db: Database.Database = openDatabase(config.databaseFile);
      // WAL with NORMAL sync stays consistent on a crash; it only skips an fsync per commit on this connection.
      db.pragma('synchronous = NORMAL');
      const pending: LoggedQuestion[] = [];
      let flushedAt = Date.now();
      const flush = (): void => {
        flushedAt = Date.now();
        if (pending.length === 0) return;
        logQuestions(db, pending.splice(0), systemClock.now(), config.QUESTION_LOG_RETENTION_DAYS);
      };
      const ask = (question: string, showQuestion: boolean): string => {
        const reply = chatReply(content, question, now());
        pending.push(loggedQuestion(question, reply, 'cli'));
        if (pending.length >= LOG_BATCH || Date.now() - flushedAt >= LOG_FLUSH_MS) flush();
        const why = opts.why ? getAnswerEngine(content).model.explain(question) : undefined;
        return formatReply(reply, opts.json === true, showQuestion ? question : undefined, why);
      };
      try {
        if (words.length > 0) {
          const question = words.join(' ');
          // The same limit as every chat platform; piped batches are cut by the engine instead, with a note.
          if (question.length > MAX_QUESTION_LENGTH) {
            console.error(
              `The question is ${question.length.toLocaleString('en')} characters long; ask at most ${MAX_QUESTION_LENGTH.toLocaleString('en')} (one question at a time).`,
            );
            process.exitCode = 1;
            return;
          }
          console.log(ask(question, false));
        } else {
          let out: string[] = [];
          for await (const line of stdinLines()) {
            out.push(ask(line, true));
            // Written per chunk of input, so an interactive user sees each reply as soon as they press enter.
            if (process.stdin.readableLength === 0 || out.length >= LOG_BATCH) {
              process.stdout.write(`${out.join('\n')}\n`);
              out = [];
            }
          }
          if (out.length > 0) process.stdout.write(`${out.join('\n')}\n`);
        }
      } finally {
        flush();
        db.close();
      }
    });
}
