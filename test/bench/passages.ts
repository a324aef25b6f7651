// Benchmarks answers from course documents: a generated 30-page syllabus (about 15,000 words in 40 sections) beside
// a generated 1,000-entry FAQ, as the whole engine answers (FAQ first, then the passage index): index build time and
// p50/p99 per question over questions the syllabus answers, questions it does not, and off-topic ones.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { loadContent, type Content } from '../../src/content/load-content.ts';
import type { LoadedFaqEntry } from '../../src/content/load-faq.ts';
import { splitDocument } from '../../src/content/split-passages.ts';
import { getAnswerEngine } from '../../src/engine/index.ts';
import { createPassageIndex } from '../../src/engine/passages/index.ts';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
const rand = rng(7);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;

const TOPICS = (
  'attendance,grading,late work,exams,quizzes,homework,lab reports,group projects,office hours,textbooks,software,' +
  'academic honesty,accommodations,participation,readings,presentations,field trips,safety,communication,' +
  'regrades,extra credit,final project,midterm,schedule,prerequisites,learning goals,discussion sections,' +
  'recordings,laptops,calculators,make-up exams,drop policy,peer review,writing center,tutoring,lab notebooks,' +
  'citations,course website,email etiquette,weekly reflections'
).split(',');
const NOUNS = (
  'students,the instructor,teaching assistants,the syllabus,each assignment,the lab,the lecture,the final grade,' +
  'a written request,the course website,the university,a doctor note,the deadline,the portal,their team,the rubric'
).split(',');
const VERBS =
  'must submit,may request,will receive,should contact,can review,are expected to bring,will lose,need to sign'.split(
    ',',
  );
const DETAILS = (
  'within two days,before the end of the week,by noon on Friday,for ten percent of the grade,during office hours,' +
  'through the online portal,in room 204,at least once per term,without penalty,with a short explanation'
).split(',');

function sentence(topic: string): string {
  return `For ${topic}, ${pick(NOUNS)} ${pick(VERBS)} ${pick(NOUNS)} ${pick(DETAILS)}.`;
}

function syllabus(): string {
  const parts = ['# Syllabus'];
  for (const topic of TOPICS) {
    parts.push(`## ${topic.charAt(0).toUpperCase()}${topic.slice(1)}`);
    for (let p = 0; p < 4; p++) parts.push(Array.from({ length: 6 }, () => sentence(topic)).join(' '));
  }
  return parts.join('\n\n');
}

function generatedFaq(): LoadedFaqEntry[] {
  const faq: LoadedFaqEntry[] = [];
  for (let i = 0; i < 1000; i++) {
    const topic = `${pick(TOPICS)} ${i}`;
    faq.push({
      id: `entry-${i}`,
      title: `About ${topic}`,
      questions: [`what about ${topic}`, `tell me about ${topic}`, `${topic}?`],
      tags: [],
      answer: `${sentence(topic)} ${sentence(topic)}`,
      see_also: [],
      file: 'generated.yaml',
      line: null,
    });
  }
  return faq;
}

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

const doc = syllabus();
const passages = splitDocument(doc, 'syllabus.md', 'markdown');
const words = doc.split(/\s+/).length;
const questions = [
  ...TOPICS.map((t) => `what is the policy on ${t}`),
  ...TOPICS.map((t) => `when do I need to contact the instructor about ${t}`),
  ...TOPICS.map((t) => `${t} deadline?`),
  'what is the capital of australia',
  'who won the game last night',
  'can you recommend a pizza place',
  'how do I renew my passport',
];

function time(label: string, ask: (q: string) => unknown, build: number): void {
  for (const q of questions) ask(q); // warm-up
  collectGarbage();
  const times: number[] = [];
  const best: number[] = [];
  for (let round = 0; round < 5; round++) {
    questions.forEach((q, i) => {
      const t = performance.now();
      ask(q);
      const ms = performance.now() - t;
      times.push(ms);
      best[i] = Math.min(best[i] ?? Infinity, ms);
    });
  }
  times.sort((a, b) => a - b);
  // Each question's fastest of its rounds: its cost when the process is not preempted (the machine is shared).
  best.sort((a, b) => a - b);
  const ms = (n: number): string => `${n.toFixed(3)} ms`.padStart(11);
  console.log(
    `${label.padEnd(36)}${ms(build)}${ms(percentile(times, 50))}${ms(percentile(times, 99))}${ms(percentile(best, 99)).padStart(13)}${String(times.length).padStart(7)}`,
  );
}

console.log(`Syllabus: ${words} words, ${passages.length} passages; FAQ: 1,000 generated entries`);
console.log(
  `${''.padEnd(36)}${'build'.padStart(11)}${'p50'.padStart(11)}${'p99'.padStart(11)}${'p99 best-of'.padStart(13)}${'timed'.padStart(7)}`,
);
let t0 = performance.now();
const index = createPassageIndex(passages);
time('passage index alone', (q) => index.answer(q), performance.now() - t0);
const base = loadContent();
const content: Content = { ...base, faq: generatedFaq(), documents: passages };
t0 = performance.now();
const engine = getAnswerEngine(content);
const now = new Date();
engine.answer('warm up the index', now);
time('engine: 1,000-entry FAQ + syllabus', (q) => engine.answer(q, now), performance.now() - t0);
