// Answers "who are the TAs" and "who is the instructor" from the people the course file lists under `staff`, when no
// FAQ entry answers. The question must ask for the people of one role and nothing else: every word of it frames the
// question ("who", "what are the names of"), names the role, or names the course. Course-independent: the words are
// English role words, the names the course's own.
import type { Content } from '../content/load-content.ts';
import { andList } from '../core/and-list.ts';
import { courseWords } from './schedule-questions.ts';
import { normalize, tokens } from './text.ts';

export type StaffRole = 'assistants' | 'lecturers';

/** Words that name each role, as students write them. */
const ROLE_WORDS: Record<StaffRole, ReadonlySet<string>> = {
  assistants: new Set(['ta', 'tas', 'assistant', 'assistants', 'fellow', 'fellows', 'tf', 'tfs']),
  lecturers: new Set([
    'instructor',
    'instructors',
    'professor',
    'professors',
    'prof',
    'profs',
    'lecturer',
    'lecturers',
    'teacher',
    'teachers',
    'teaches',
    'teaching',
    'taught',
  ]),
};

/** Words that frame a "who" question without asking anything else. */
const FRAME = new Set(
  (
    'who whos whom what whats which is are r was were will be the a an our my this these of for in name names s ' +
    'called tell me us please pls hi hey hello so ok okay and um uh anyone know do does can i you course class ' +
    'section sections semester term year'
  ).split(' '),
);
/** "teaching assistant" and "teaching fellow" name the assistants ("teaching" alone, the lecturers). */
const TEACHING_ASSISTANT = /\bteaching (assistants?|fellows?)\b/g;
/** The question asks for people: it starts with "who", or asks for names (or it is only a role's name). */
const ASKS_WHO = /\b(who|whos|whom|names?|called)\b/;

/** Role words that are verbs of teaching ("who teaches it"), not a role's name. */
const TEACHING_VERBS = new Set(['teaches', 'teaching', 'taught']);
/** Words a role's name alone may come with: "the TAs", "our instructor", "the course's lecturers", "instructor name?". */
const WITH_ROLE_ALONE = new Set(['the', 'our', 'my', 'course', 'class', 's', 'name', 'names']);

/**
 * A question that is only one role's name ("lecturers?", "the TAs", "instructor", "instructor name?"): it asks who
 * they are, as "who are the lecturers" does. (Porter2 stems "lecturers" as "lectures", so an entry on the lectures
 * would otherwise answer it.)
 */
export function asksForRoleAlone(question: string): boolean {
  const words = tokens(normalize(question)).join(' ').replace(TEACHING_ASSISTANT, 'ta').split(' ');
  const roles = words.filter(
    (w) => (ROLE_WORDS.assistants.has(w) || ROLE_WORDS.lecturers.has(w)) && !TEACHING_VERBS.has(w),
  );
  return roles.length === 1 && words.every((w) => w === roles[0] || WITH_ROLE_ALONE.has(w));
}

/**
 * The role a question asks for the people of, when the course file lists people in it and the question asks nothing
 * else; null otherwise.
 */
export function staffRoleAsked(question: string, content: Content): StaffRole | null {
  const staff = content.course.staff;
  if (!staff) return null;
  const words = tokens(normalize(question));
  if (!ASKS_WHO.test(words.join(' ')) && !asksForRoleAlone(question)) return null;
  // (the course's own words: its code, as the schedule's questions read it, and its name)
  const ofCourse = new Set([...courseWords(content), ...tokens(normalize(content.course.name))]);
  const roles = new Set<StaffRole>();
  for (const w of words.join(' ').replace(TEACHING_ASSISTANT, 'ta').split(' ')) {
    if (ROLE_WORDS.assistants.has(w)) roles.add('assistants');
    else if (ROLE_WORDS.lecturers.has(w)) roles.add('lecturers');
    else if (!FRAME.has(w) && !ofCourse.has(w)) return null;
  }
  const [role] = roles;
  if (role === undefined || roles.size > 1) return null;
  return peopleOf(content, role).length > 0 ? role : null;
}

/** The people the course file lists in a role: for the lecturers, the coordinator when no lecturer is listed. */
function peopleOf(content: Content, role: StaffRole): string[] {
  const staff = content.course.staff;
  if (!staff) return [];
  if (role === 'assistants') return staff.teaching_assistants;
  return staff.lecturers.length > 0 ? staff.lecturers : [staff.coordinator].filter((n) => n !== '');
}

/** The reply: the people of the role, from the course file. */
export function renderStaffAnswer(role: StaffRole, content: Content): string {
  const people = peopleOf(content, role).map((n) => `**${n}**`);
  const what =
    role === 'lecturers'
      ? 'The course is taught by'
      : people.length > 1
        ? 'The teaching assistants are'
        : 'The teaching assistant is';
  return `${what} ${andList(people)}.`;
}
