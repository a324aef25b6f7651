// The README's layout section lists every folder of the tree, so a new capability cannot go undocumented.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const layout = /## Layout\n+```\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
// Folders git ignores (node_modules/, data/, coverage/...) are a checkout's own, not the project's.
const ignored = new Set(
  readFileSync(path.join(ROOT, '.gitignore'), 'utf8')
    .split('\n')
    .map((line) => line.trim().replace(/^\/|\/$/g, ''))
    .filter(Boolean),
);

function folders(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('.') && !ignored.has(d.name))
    .map((d) => d.name);
}

describe("the README's layout", () => {
  it('GIVEN the README THEN it has a layout section', () => {
    expect(layout).toContain('src/');
  });

  it('GIVEN the top-level folders THEN each is named', () => {
    const missing = folders('.').filter((name) => !new RegExp(`(^|[\\s,])${name}/`, 'm').test(layout));
    expect(missing).toEqual([]);
  });

  it('GIVEN the folders under src/ THEN each is named', () => {
    const missing = folders('src').filter((name) => !new RegExp(`^\\s+${name}/`, 'm').test(layout));
    expect(missing).toEqual([]);
  });
});
