// What building the engine learns is kept between runs (src/engine/model-cache.ts): read back, it gives the same
// replies as training does; changed content, a damaged file or an unwritable folder mean training again.
import { cpSync, mkdtempSync, readdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent, type Content } from '../../src/content/load-content.ts';
import { createAnswerEngine, type AnswerEngine } from '../../src/engine/index.ts';
import { botany } from './fixtures.ts';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures');
const now = new Date('2030-01-15T12:00:00Z');
const scratch = mkdtempSync(path.join(tmpdir(), 'model-cache-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let folders = 0;
const freshDir = (): string => path.join(scratch, `cache-${++folders}`);

/** Every phrasing of the FAQ, and questions that are not in it: requests, off-topic, typos. */
function questions(content: Content): string[] {
  return [
    ...content.faq.flatMap((e) => e.questions),
    'can you give me an extension, my grandmother passed away',
    'what is the capital of peru',
    'wher is the feild trip',
    'what should i bring',
  ];
}

const replies = (engine: AnswerEngine, qs: string[]): string[] =>
  qs.map((q) => JSON.stringify(engine.answer(q, now)));

describe('GIVEN an engine built with a cache folder', () => {
  const content = botany();
  const dir = freshDir();
  const first = createAnswerEngine(content, { cacheDir: dir });
  const second = createAnswerEngine(content, { cacheDir: dir });

  it('THEN the first build trains and saves, and the second reads it back', () => {
    expect(first.origin).toEqual({ from: 'trained' });
    expect(second.origin).toEqual({ from: 'cache' });
    expect(readdirSync(dir)).toHaveLength(1);
  });

  it('THEN both give the same replies and thresholds', () => {
    const qs = questions(content);
    expect(replies(second, qs)).toEqual(replies(first, qs));
    expect(second.model.thresholds).toEqual(first.model.thresholds);
    expect(second.model.trained).toBe(first.model.trained);
  });

  it('THEN a model read back refuses to leave an example out (that needs training)', () => {
    expect(() => second.model.decide('is there a field trip', 0)).toThrow(/cannot leave examples out/);
    expect(first.model.decide('is there a field trip', 0).kind).toBeDefined();
  });

  it('THEN the same content without word vectors is another model', () => {
    const words = createAnswerEngine(content, { cacheDir: dir, vectors: false });
    expect(words.origin.from).toBe('trained');
    expect(createAnswerEngine(content, { cacheDir: dir, vectors: false }).origin.from).toBe('cache');
  });
});

describe('GIVEN the content changes', () => {
  it('THEN the engine trains again and keeps both', () => {
    const dir = freshDir();
    const content = botany();
    createAnswerEngine(content, { cacheDir: dir });
    const [entry, ...rest] = content.faq;
    if (!entry) throw new Error('the fixture has entries');
    const changed = {
      ...content,
      faq: [{ ...entry, questions: [...entry.questions, 'garden outing'] }, ...rest],
    };
    expect(createAnswerEngine(changed, { cacheDir: dir }).origin.from).toBe('trained');
    expect(readdirSync(dir)).toHaveLength(2);
    expect(createAnswerEngine(changed, { cacheDir: dir }).origin.from).toBe('cache');
  });
});

describe('GIVEN a damaged saved model', () => {
  it('THEN the engine trains again, answers as before and saves it whole', () => {
    const dir = freshDir();
    const content = botany();
    const first = createAnswerEngine(content, { cacheDir: dir });
    const [file] = readdirSync(dir);
    truncateSync(path.join(dir, file as string), 100);
    const again = createAnswerEngine(content, { cacheDir: dir });
    expect(again.origin.from).toBe('trained');
    const qs = questions(content);
    expect(replies(again, qs)).toEqual(replies(first, qs));
    expect(createAnswerEngine(content, { cacheDir: dir }).origin.from).toBe('cache');
  });

  it('THEN a file of another format is not read either', () => {
    const dir = freshDir();
    const content = botany();
    createAnswerEngine(content, { cacheDir: dir });
    const [file] = readdirSync(dir);
    writeFileSync(path.join(dir, file as string), 'CBMS\u0004\u0000\u0000\u0000{"a"');
    expect(createAnswerEngine(content, { cacheDir: dir }).origin.from).toBe('trained');
  });
});

describe('GIVEN a cache folder that cannot be written', () => {
  it('THEN the engine still answers and says why it did not save', () => {
    const blocker = path.join(scratch, 'not-a-folder');
    writeFileSync(blocker, 'a file where the folder should be');
    const engine = createAnswerEngine(botany(), { cacheDir: blocker });
    expect(engine.origin.from).toBe('trained');
    expect(engine.origin.saveError).toMatch(/EEXIST|ENOTDIR/);
    expect(engine.answer('is there a field trip', now).kind).toBe('answer');
  });
});

describe('GIVEN a course with documents', () => {
  const faqDir = path.join(scratch, 'docs-course');
  cpSync(path.join(FIXTURES, 'docs-course'), faqDir, { recursive: true });
  const content = loadContent({ faqDir, scheduleFile: path.join(FIXTURES, 'schedules', 'small.yaml') });
  const dir = freshDir();
  const first = createAnswerEngine(content, { cacheDir: dir });
  const second = createAnswerEngine(content, { cacheDir: dir });

  it('THEN the documents quote the same passages with a model read back', () => {
    expect(second.origin.from).toBe('cache');
    const qs = [
      'what should I bring on the field trip?',
      'how many points do late lab reports lose',
      'what is the weather like tomorrow',
    ];
    expect(replies(second, qs)).toEqual(replies(first, qs));
    expect(first.answer(qs[0] as string, now).kind).toBe('answer');
  });
});
