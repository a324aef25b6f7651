// The answer engine's public API: one cached engine per Content object; `answer` never throws.
import type { Content } from '../content/load-content.ts';
import {
  ANSWER_THRESHOLD,
  BOTH_RATIO,
  MAX_UNKNOWN_SHARE,
  NEAR_THRESHOLD,
  SEE_ALSO_RATIO,
} from './confidence.ts';
import { answersQuestionType, asksForUnknownThing } from './answer-type.ts';
import { matchDeadlineQuestion, renderDeadlines } from './deadlines.ts';
import { matchExamQuestion, renderExamTimes } from './exam-time.ts';
import { cleanQuestion } from './normalize.ts';
import { detectRedirect } from './redirect.ts';
import { focusClauses, standsAlone } from './long-message.ts';
import { outOfScope, type OutOfScope } from './scope.ts';
import { matchSessionQuestion, renderSessions } from './session-time.ts';
import {
  renderAnswer,
  renderEmpty,
  renderFallback,
  renderNoTopic,
  renderRedirect,
  truncationNote,
} from './render.ts';
import { SearchIndex, type QueryTerms, type Scored } from './search-index.ts';
import { createPassageIndex } from './passages/index.ts';
import { passageSourceTitle, renderPassageAnswer } from './passages/render-quote.ts';

export interface EngineReply {
  kind: 'answer' | 'redirect' | 'fallback';
  /** Markdown. */
  text: string;
  sources: { id: string; title: string; score: number }[];
}

export interface AnswerEngine {
  answer(question: string, now: Date): EngineReply;
}

const engines = new WeakMap<Content, AnswerEngine>();

/** The engine for this content; the index is built on first use and reused for the same Content object. */
export function getAnswerEngine(content: Content): AnswerEngine {
  let engine = engines.get(content);
  if (!engine) {
    engine = createAnswerEngine(content);
    engines.set(content, engine);
  }
  return engine;
}

/**
 * Out-of-scope kinds judged by form alone; other courses only when the FAQ is not about their words. Statistics
 * joined these after batch 8: their words ("how many people failed") are common course words ("fail"), so the
 * FAQ was always "about" them, and a FAQ of rules holds no results.
 */
const STANDS_ALONE: ReadonlySet<OutOfScope> = new Set(['theory', 'uncovered', 'statistics']);

const round = (n: number): number => Math.round(n * 1000) / 1000;

/** "the Deep Learning exam", "DL deadlines": the course's own name says no more than "course" does. */
function courseNamePattern(content: Content): RegExp {
  const escape = (s: string): string =>
    s
      .trim()
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\s+/g, '[\\s-]+');
  const names = [content.course.name, content.course.code].filter((n): n is string => !!n && n.trim() !== '');
  return new RegExp(`\\b(?:${names.map(escape).join('|')})\\b`, 'gi');
}

function isConfident(
  ranked: Scored[],
  query: QueryTerms,
  index: SearchIndex,
  question: string,
  names: readonly string[],
): boolean {
  const best = ranked[0];
  return (
    !!best &&
    best.score >= ANSWER_THRESHOLD &&
    index.unknownShare(query) <= MAX_UNKNOWN_SHARE &&
    !asksForUnknownThing(question, (w) => index.knowsWord(w)) &&
    answersQuestionType(question, best.entry.answer, names)
  );
}

function createAnswerEngine(content: Content): AnswerEngine {
  const index = new SearchIndex(content.faq);
  const courseName = courseNamePattern(content);
  const { staff } = content.course;
  // --- Course documents (issue 11): when no FAQ entry answers with confidence and nothing redirects, a confident
  // quote from the documents answers. Hook for the engine rewrite to carry over: `fromDocuments` and its two calls.
  const passages = content.documents?.length ? createPassageIndex(content.documents) : null;
  const fromDocuments = (question: string, note: string): EngineReply | null => {
    const found = passages?.answer(question);
    if (!found?.confident) return null;
    return {
      kind: 'answer',
      text: renderPassageAnswer(found) + note,
      sources: [{ id: `doc:${found.passage.id}`, title: passageSourceTitle(found), score: found.score }],
    };
  };
  // --- end of the course-documents hook
  const staffNames = staff ? [...staff.lecturers, staff.coordinator, ...staff.teaching_assistants] : [];

  function decide(question: string, now: Date): EngineReply {
    const clean = cleanQuestion(question);
    if (!clean.hasWords) {
      return {
        kind: 'fallback',
        text: renderEmpty(clean.text.length > 0 || question.length > 0),
        sources: [],
      };
    }
    const note = truncationNote(clean.truncated);
    const reason = detectRedirect(clean.text);
    if (reason) return { kind: 'redirect', text: renderRedirect(content.course, reason) + note, sources: [] };

    const deadline = matchDeadlineQuestion(clean.text, content, now);
    if (deadline) {
      return {
        kind: 'answer',
        text: renderDeadlines(deadline, content, now) + note,
        sources: deadline.events.map((e) => ({ id: `schedule:${e.id}`, title: e.title, score: 1 })),
      };
    }

    const sessions = matchSessionQuestion(clean.text, content, now);
    if (sessions) {
      return {
        kind: 'answer',
        text: renderSessions(sessions, content, now) + note,
        sources: sessions.map((o) => ({ id: `schedule:${o.event.id}`, title: o.event.title, score: 1 })),
      };
    }

    const exams = matchExamQuestion(clean.text, content);
    if (exams) {
      return {
        kind: 'answer',
        text: renderExamTimes(exams, content, now) + note,
        sources: [...new Map(exams.map((o) => [o.event.id, o.event])).values()].map((e) => ({
          id: `schedule:${e.id}`,
          title: e.title,
          score: 1,
        })),
      };
    }

    const topic = clean.text.replace(courseName, ' course ');
    const query = index.queryTerms(topic);
    if (query.terms.length === 0)
      return (
        fromDocuments(clean.text, note) ?? {
          kind: 'fallback',
          text: renderNoTopic(content.course) + note,
          sources: [],
        }
      );
    let ranked = index.search(query, 3);
    // A lesson on deep learning or a question about another course is a fallback however well its words match:
    // the nearest entries are still offered, since "what is backprop" may lead to the assignment-1 entry.
    const scope = outOfScope(topic);
    if (scope === null || (!STANDS_ALONE.has(scope.kind) && index.isAbout(scope.words))) {
      let confident = isConfident(ranked, query, index, topic, staffNames);
      // A long message often opens with context ("I'm a part-time student with two kids, ...") or ends with an
      // aside: when the whole does not match with confidence, the part that is the question itself may (the most
      // confident one). Only when that part names a thing of the course itself: "I'm writing my thesis ..., what
      // happens if I'm late?" is about the thesis, not the assignments' late penalty.
      if (!confident) {
        let bestFocus: Scored[] | null = null;
        for (const focus of focusClauses(topic)) {
          if (!standsAlone(focus)) continue;
          const focusQuery = index.queryTerms(focus);
          const focusRanked = index.search(focusQuery, 3);
          const score = focusRanked[0]?.score ?? 0;
          if (
            isConfident(focusRanked, focusQuery, index, focus, staffNames) &&
            score > (bestFocus?.[0]?.score ?? 0)
          )
            bestFocus = focusRanked;
        }
        if (bestFocus) {
          ranked = bestFocus;
          confident = true;
        }
      }
      const [best, second] = ranked;
      if (confident && best) {
        const seeAlso = second && second.score >= best.score * SEE_ALSO_RATIO ? second : undefined;
        const both =
          !!seeAlso && seeAlso.score >= best.score * BOTH_RATIO && seeAlso.score >= ANSWER_THRESHOLD;
        const beside = both ? { alsoAnswer: seeAlso.entry } : { seeAlso: seeAlso?.entry };
        return {
          kind: 'answer',
          text: renderAnswer(best.entry, content.course, beside) + note,
          sources: [best, ...(seeAlso ? [seeAlso] : [])].map((s) => ({
            id: s.entry.id,
            title: s.entry.title,
            score: round(s.score),
          })),
        };
      }
    }
    // A question the engine declines as out of scope (a lesson, another course) is not answered by a quote either.
    const inScope = scope === null || (!STANDS_ALONE.has(scope.kind) && index.isAbout(scope.words));
    const quoted = inScope ? fromDocuments(clean.text, note) : null;
    if (quoted) return quoted;
    const near = ranked.filter((s) => s.score >= NEAR_THRESHOLD);
    return {
      kind: 'fallback',
      text:
        renderFallback(
          content.course,
          near.map((s) => s.entry),
        ) + note,
      sources: near.map((s) => ({ id: s.entry.id, title: s.entry.title, score: round(s.score) })),
    };
  }

  return {
    answer(question, now) {
      try {
        return decide(typeof question === 'string' ? question : '', now);
      } catch {
        // A bug must not take the bot down or show a stack trace: the student still gets somewhere to go.
        return { kind: 'fallback', text: renderFallback(content.course, []), sources: [] };
      }
    },
  };
}
