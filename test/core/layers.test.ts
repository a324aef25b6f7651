// Platforms import core, never the reverse: capabilities and commands never import from a platform or the web
// chat, and no platform imports from another platform's module or the web chat.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'public' ? [] : files(full);
    return full.endsWith('.ts') ? [full] : [];
  });
}

/** Every relative import of a file, resolved to a path under the project root. */
function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import) '(\.[^']+)'/g)].map((m) =>
    path.relative(root, path.resolve(path.dirname(file), m[1] ?? '')),
  );
}

const CORE_LAYERS = [
  'commands',
  'src/core',
  'src/delivery',
  'src/health',
  'src/reminders',
  'src/announcements',
  'src/feed',
  'src/calendar',
  'src/subscriptions',
  'src/schedule',
  'src/content',
  'src/time',
  'src/store',
  'src/question-log',
  'src/grade',
  'src/gradcheck',
];

describe('layers', () => {
  it('GIVEN the core and the capabilities THEN none imports from src/platforms or src/web', () => {
    const bad = CORE_LAYERS.flatMap((dir) => files(path.join(root, dir)))
      .flatMap((f) => imports(f).map((i) => `${path.relative(root, f)} -> ${i}`))
      .filter((edge) => / -> src\/(platforms|web)\//.test(edge));
    expect(bad).toEqual([]);
  });

  it('GIVEN the platforms THEN none imports from the web chat', () => {
    const bad = files(path.join(root, 'src/platforms'))
      .flatMap((f) => imports(f).map((i) => `${path.relative(root, f)} -> ${i}`))
      .filter((edge) => / -> src\/web\//.test(edge));
    expect(bad).toEqual([]);
  });
});
