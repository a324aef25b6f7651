// Which of the FAQ's own phrasings, asked word for word, their entry does not answer, and why: an answer that does not
// give the kind of thing a phrasing asks for ("where is class" against an answer that names no room) is not given
// for it, and a TA wants to know that before students ask. `validate` lists them. Course-independent.
import type { Content } from '../content/load-content.ts';
import { TODO } from '../content/placeholders.ts';
import { kindNotGiven } from './answer-type.ts';
import { createAnswerEngine, staffNamesOf, type AnswerEngine } from './index.ts';
import { DOCUMENT_SOURCE } from './passages/render-quote.ts';
import { renderAnswer } from './render.ts';
import { fitLength } from '../core/fit-length.ts';

export interface UnansweredPhrasing {
  file: string;
  line: number | null;
  /** `<entry id>.questions[<index>]`, as validate's errors name a phrasing. */
  field: string;
  question: string;
  /** What the reply is instead, and why, as a TA reads it. */
  why: string;
}

export function unansweredPhrasings(
  content: Content,
  now: Date,
  engine: AnswerEngine = createAnswerEngine(content),
): UnansweredPhrasing[] {
  const names = staffNamesOf(content.course);
  const found: UnansweredPhrasing[] = [];
  for (const entry of content.faq) {
    // (an answer still to be written, the skeleton's "TODO:", is warned about as such)
    if (entry.answer.trimStart().startsWith(TODO)) continue;
    entry.questions.forEach((question, j) => {
      const reply = engine.answer(question, now);
      const top = reply.sources[0]?.id ?? '';
      // (its entry answers, or gives its whole answer as saying the syllabus does not give what is asked)
      if (
        top === entry.id &&
        (reply.kind === 'answer' || reply.text.startsWith(renderAnswer(entry, content.course)))
      )
        return;
      // (a "when" phrasing answered from the schedule, a grade's range from the course file's cut-offs)
      if (/^(schedule|course):/.test(top)) return;
      const kind = kindNotGiven(question, entry.answer, names);
      const why =
        reply.kind === 'redirect'
          ? 'it is sent to the course e-mail as a private request'
          : reply.kind === 'answer'
            ? top === ''
              ? `it is answered without the entry: "${firstLine(reply.text)}"`
              : `${top.startsWith(DOCUMENT_SOURCE) ? "the documents' passage" : 'entry'} "${top}" answers it instead${kind ? `: its own answer ${kind}` : ''}`
            : kind
              ? `the reply is a fallback: its answer ${kind}`
              : 'the reply is a fallback';
      found.push({
        file: entry.file,
        line: entry.questionLines?.[j] ?? entry.line,
        field: `${entry.id}.questions[${j}]`,
        question,
        why,
      });
    });
  }
  return found;
}

/** A reply's first line, cut to a length a list of notes can show. */
function firstLine(text: string): string {
  return fitLength(text.split('\n')[0] ?? '', 100);
}
