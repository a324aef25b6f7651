// What docs/course-file.md shows of the redirect's wording is what the bot says: the example of a course without
// extensions (replies.redirect_for, subject, include), with the course file at the top of the page.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../../src/content/load-content.ts';
import { courseSchema } from '../../src/content/schemas.ts';
import { renderRedirect } from '../../src/engine/render.ts';

const docs = readFileSync(path.join(PROJECT_ROOT, 'docs/course-file.md'), 'utf8');

/** The first ```yaml block at or after `heading`. */
function yamlAfter(heading: string): string {
  const from = docs.indexOf(heading);
  if (from < 0) throw new Error(`course-file.md has no ${heading}`);
  return /```yaml\n([\s\S]*?)```/.exec(docs.slice(from))?.[1] ?? '';
}

describe('GIVEN the example of a course without extensions in course-file.md', () => {
  // (the page's first course file, its grading left to the sections below)
  const top = parse(yamlAfter('# The course file').replace(/^grading:.*$/m, '')) as object;
  const course = courseSchema.parse({
    ...top,
    ...(parse(yamlAfter('### Wording one kind of request')) as object),
  });
  const quoted = docs
    .slice(docs.indexOf('"Can I get an extension on homework 3?" is then answered:'))
    .split('\n')
    .filter((line) => line.startsWith('> '))
    .map((line) => line.slice(2));

  it('WHEN an extension request is redirected THEN the reply reads as the page quotes it', () => {
    const text = renderRedirect(course, 'extension').replace(/\[([^\]]+)\]\(mailto:[^)]+\)/g, '$1');
    const [opening, ...lines] = text.split('\n');
    const quotedOpening = quoted.filter((l) => !l.startsWith('- ')).join(' ');
    expect(opening).toBe(quotedOpening);
    expect(lines.slice(0, 2)).toEqual(quoted.filter((l) => l.startsWith('- ')));
  });

  it('WHEN another kind of request is redirected THEN it keeps the default wording', () => {
    expect(renderRedirect(course, 'grade')).toContain('please send an **e-mail** to the course coordinator');
    expect(renderRedirect(course, 'grade')).toContain('"[STAT101] Question about my grade"');
  });
});

describe('GIVEN the example of office hours first in course-file.md', () => {
  it('THEN it is accepted, and the redirect names office hours and then the address', () => {
    const top = parse(yamlAfter('# The course file').replace(/^grading:.*$/m, '')) as object;
    const replies = parse(yamlAfter('**Where to write is always in the sentence.**')) as object;
    const first = renderRedirect(courseSchema.parse({ ...top, ...replies }), 'private').split('\n')[0];
    expect(first).toMatch(
      /^This sounds like a personal matter for the course coordinator \(Dana Reyes\): come to office hours .* or send an \*\*e-mail\*\*: \[stat101-staff@example\.edu\]\(mailto:/,
    );
  });
});
