// The README and docs/ link to each other: every relative link must name a file that exists, and every #anchor a
// heading in it, so a moved or renamed page cannot leave a dead link behind.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const PAGES = [
  'README.md',
  ...readdirSync(path.join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
function anchorsOf(file: string): Set<string> {
  const headings = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => /^#{1,6} /.test(line));
  return new Set(
    headings.map((h) =>
      h
        .replace(/^#+ /, '')
        .trim()
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\- _]/gu, '')
        .replace(/ /g, '-'),
    ),
  );
}

function relativeLinks(text: string): { target: string; anchor?: string }[] {
  const withoutCode = text.replace(/```[\s\S]*?```/g, '');
  return [...withoutCode.matchAll(/\]\(([^)\s]*)\)/g)]
    .map((m) => m[1]!)
    .filter((href) => !/^[a-z]+:/i.test(href))
    .map((href) => {
      const [target = '', anchor] = href.split('#');
      return anchor === undefined ? { target } : { target, anchor };
    });
}

describe('documentation links', () => {
  it('GIVEN the README and docs/ THEN there are pages to check', () => {
    expect(PAGES).toContain('README.md');
    expect(PAGES).toContain('docs/deploying.md');
  });

  it.each(PAGES)('GIVEN %s THEN every relative link and anchor resolves', (page) => {
    const file = path.join(ROOT, page);
    const dead: string[] = [];
    for (const { target, anchor } of relativeLinks(readFileSync(file, 'utf8'))) {
      const linked = target === '' ? file : path.resolve(path.dirname(file), target);
      if (!existsSync(linked)) dead.push(`${target}: no such file`);
      else if (anchor !== undefined && linked.endsWith('.md') && !anchorsOf(linked).has(anchor))
        dead.push(`${target}#${anchor}: no such heading`);
    }
    expect(dead).toEqual([]);
  });
});
