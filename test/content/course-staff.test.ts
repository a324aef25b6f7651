// The course file's staff is optional, field by field: many syllabi name nobody, or only the TAs. A course file needs
// only `name` and `contacts.email`; what the staff's names do when given is tested here too.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatIssue } from '../../src/content/content-error.ts';
import { loadCourse } from '../../src/content/load-content.ts';
import type { LoadedFaqEntry } from '../../src/content/load-faq.ts';
import { contactPhrase, redirectOpening } from '../../src/content/reply-wording.ts';
import { courseSchema, faqEntrySchema, type Course } from '../../src/content/schemas.ts';
import { createAnswerEngine } from '../../src/engine/index.ts';
import { botany } from '../engine/fixtures.ts';

const HEAD = 'name: Epidemiology\ncontacts:\n  email: epi@example.edu\n';
const dir = mkdtempSync(path.join(tmpdir(), 'course-staff-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function load(yaml: string): ReturnType<typeof loadCourse> {
  const folder = mkdtempSync(path.join(dir, 'faq-'));
  writeFileSync(path.join(folder, 'course.yaml'), yaml);
  return loadCourse(folder);
}

const course = (yaml: string): Course => courseSchema.parse(parse(yaml));

describe('GIVEN a course file that names fewer people', () => {
  it.each([
    ['no staff at all', HEAD],
    ['only teaching assistants', `${HEAD}staff:\n  teaching_assistants: [Ana Ruiz, Ben Moss]\n`],
    ['lecturers without a coordinator', `${HEAD}staff:\n  lecturers: [Dr. Zee, Dr. Ong]\n`],
    ['a coordinator without lecturers', `${HEAD}staff:\n  coordinator: Dr. Zee\n`],
    ['only other staff', `${HEAD}staff:\n  others: [Jasmin Whitsett]\n`],
  ])('WHEN it has %s THEN it loads', (_, yaml) => {
    const r = load(yaml);
    expect(r.ok ? [] : r.issues.map(formatIssue)).toEqual([]);
  });

  it('WHEN staff is written with nothing under it THEN the line says what to write, or to leave it out', () => {
    const r = load(`${HEAD}staff:\n`);
    expect(r.ok ? [] : r.issues.map(formatIssue)).toEqual([
      expect.stringMatching(
        /course\.yaml:4 staff: must list lecturers, coordinator, teaching_assistants or others under it \(indented\), or be left out$/,
      ),
    ]);
  });

  it('WHEN a name is written empty THEN file, line and field are named with what to write', () => {
    const r = load(`${HEAD}staff:\n  lecturers: [Dr. Zee]\n  coordinator: ""\n`);
    expect(r.ok ? [] : r.issues.map(formatIssue)).toEqual([
      expect.stringMatching(/course\.yaml:6 staff\.coordinator: is empty: write the coordinator's name$/),
    ]);
  });
});

describe('GIVEN who private requests reach', () => {
  it('WHEN the one lecturer is the contact and no staff coordinator is given THEN replies say "the instructor"', () => {
    const c = course(`${HEAD}  coordinator: Dr. Zee\nstaff:\n  lecturers: [Dr. Zee]\n`);
    expect(contactPhrase(c)).toBe('the instructor (Dr. Zee)');
  });

  it('WHEN the staff are only TAs THEN replies name the contact as the coordinator, or the course staff', () => {
    const tas = `staff:\n  teaching_assistants: [Ana Ruiz]\n`;
    expect(contactPhrase(course(`${HEAD}  coordinator: Dr. Zee\n${tas}`))).toBe('the coordinator (Dr. Zee)');
    expect(contactPhrase(course(`${HEAD}${tas}`))).toBe('the course staff');
  });
});

describe('GIVEN a contact whose name may already carry the role', () => {
  const phrase = (role: string | undefined, name: string) =>
    contactPhrase(
      course(
        `${HEAD}  coordinator: ${JSON.stringify(name)}\n${role ? `  role: ${JSON.stringify(role)}\n` : ''}`,
      ),
    );

  it.each([
    ['the professor', 'Professor Martin Hale'],
    ['the professor', 'professor Martin Hale'],
    ['the Professor.', 'Professor Martin Hale'],
    ['professor', 'Prof. Martin Hale'],
    ['the professor', 'Prof Hale'],
    ['the course professor', 'Associate Professor Hale'],
    ['the course coordinator', 'Coordinator Dana Reyes'],
  ])('WHEN the role is "%s" and the name "%s" THEN replies say the name alone', (role, name) => {
    expect(phrase(role, name)).toBe(name);
  });

  it.each([
    ['the professor', 'Martin Hale', 'the professor (Martin Hale)'],
    ['the professor', 'Dr. Martin Hale', 'the professor (Dr. Martin Hale)'],
    ['the instructor', 'Professor Hale', 'the instructor (Professor Hale)'],
    ['the professor', 'Profumo Hale', 'the professor (Profumo Hale)'],
  ])(
    'WHEN the role is "%s" and the name "%s" does not start with it THEN both are said',
    (role, name, said) => {
      expect(phrase(role, name)).toBe(said);
    },
  );

  it('WHEN the role is left out and the name starts with the default role THEN it is said once too', () => {
    expect(phrase(undefined, 'Coordinator Reyes')).toBe('Coordinator Reyes');
    expect(phrase(undefined, 'Prof. Reyes')).toBe('the coordinator (Prof. Reyes)');
  });

  it('WHEN a redirect names the contact THEN the role and the title are not said twice', () => {
    const c = course(`${HEAD}  coordinator: Professor Martin Hale\n  role: the professor\n`);
    const line = redirectOpening(c, '[EPI] Private question');
    expect(line).toContain('to Professor Martin Hale:');
    expect(line).not.toMatch(/the professor/i);
  });
});

describe('GIVEN a "who" question whose answer names a TA only by name', () => {
  const entry = (id: string, title: string, questions: string[], answer: string): LoadedFaqEntry => ({
    ...faqEntrySchema.parse({ id, title, questions, answer }),
    file: 'test.yaml',
    line: 1,
  });
  const withStaff = (staff: string) => {
    const base = botany();
    const faq = [
      ...base.faq,
      entry(
        'herbarium',
        'Herbarium samples',
        ['who checks the herbarium samples', 'who marks my herbarium', 'herbarium samples checked by'],
        'Ana Ruiz checks every herbarium sample in week 3.',
      ),
    ];
    return createAnswerEngine(
      {
        ...base,
        faq,
        course: course(`name: Introduction to Botany\ncontacts:\n  email: bot101@example.edu\n${staff}`),
      },
      { vectors: false },
    );
  };

  it('WHEN the TA is listed under staff, with no lecturer or coordinator THEN it answers; without staff it falls back', () => {
    const q = 'who checks the herbarium samples?';
    const listed = withStaff('staff:\n  teaching_assistants: [Ana Ruiz]\n').answer(q, new Date());
    expect(listed.kind).toBe('answer');
    expect(listed.sources[0]?.id).toBe('herbarium');
    expect(withStaff('').answer(q, new Date()).kind).toBe('fallback');
  });

  it('WHEN the person is listed among the other staff (a faculty assistant, a grader) THEN it answers too', () => {
    const q = 'who checks the herbarium samples?';
    const other = withStaff('staff:\n  others: [Ana Ruiz]\n').answer(q, new Date());
    expect(other.kind).toBe('answer');
    expect(other.sources[0]?.id).toBe('herbarium');
  });

  it('WHEN the person is named only as the contact for private requests THEN it answers too', () => {
    const q = 'who checks the herbarium samples?';
    const contact = withStaff('  coordinator: Ana Ruiz\n').answer(q, new Date());
    expect(contact.kind).toBe('answer');
    expect(contact.sources[0]?.id).toBe('herbarium');
  });
});
