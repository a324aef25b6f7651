// The command line bundled at install (scripts/build-cli-bundle.mjs) runs as the TypeScript does, and the entry
// point uses it only while every source file it was built from is unchanged.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { bundledEntry } from '../../src/cli/bundled.js';
import { PROJECT_ROOT } from '../../src/content/load-content.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'bundle-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('GIVEN a bundle and the files it was built from', () => {
  const dir = path.join(scratch, 'check');
  const source = path.join(scratch, 'source.ts');
  const write = (inputs: unknown): void => {
    rmSync(dir, { recursive: true, force: true });
    spawnSync('mkdir', ['-p', dir]);
    writeFileSync(path.join(dir, 'main.mjs'), '');
    writeFileSync(path.join(dir, 'inputs.json'), JSON.stringify({ inputs }));
  };
  writeFileSync(source, 'export const x = 1;\n');
  const now = statSync(source);
  const listed = [{ file: 'source.ts', size: now.size, mtimeMs: now.mtimeMs }];

  it('WHEN every file is unchanged THEN its entry runs', () => {
    write(listed);
    expect(bundledEntry(dir, scratch)).toBe(pathToFileURL(path.join(dir, 'main.mjs')).href);
  });

  it('WHEN a file changed, is gone, or the list cannot be read THEN the TypeScript runs instead', () => {
    write(listed);
    const later = new Date(Date.now() + 5000);
    utimesSync(source, later, later);
    expect(bundledEntry(dir, scratch)).toBeNull();
    write([{ file: 'gone.ts', size: 1, mtimeMs: 1 }]);
    expect(bundledEntry(dir, scratch)).toBeNull();
    writeFileSync(path.join(dir, 'inputs.json'), '{ not json');
    expect(bundledEntry(dir, scratch)).toBeNull();
    expect(bundledEntry(path.join(scratch, 'none'), scratch)).toBeNull();
  });

  it('WHEN COURSE_BOT_FROM_SOURCE is set THEN the TypeScript runs', () => {
    const s = statSync(source);
    write([{ file: 'source.ts', size: s.size, mtimeMs: s.mtimeMs }]);
    process.env.COURSE_BOT_FROM_SOURCE = '1';
    try {
      expect(bundledEntry(dir, scratch)).toBeNull();
    } finally {
      delete process.env.COURSE_BOT_FROM_SOURCE;
    }
    expect(bundledEntry(dir, scratch)).not.toBeNull();
  });
});

describe('GIVEN the command line bundled from this checkout', () => {
  // (inside the checkout, so that the bundle finds the installed packages as the real one does)
  mkdirSync(path.join(PROJECT_ROOT, '.cache'), { recursive: true });
  const out = mkdtempSync(path.join(PROJECT_ROOT, '.cache', 'cli-test-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  const built = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'scripts/build-cli-bundle.mjs')], {
    env: { ...process.env, CLI_BUNDLE_DIR: out },
    encoding: 'utf8',
  });
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [path.join(out, 'main.mjs'), ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, DATA_DIR: path.join(scratch, 'data'), LOG_LEVEL: 'warn' },
      encoding: 'utf8',
    });

  it('WHEN it is built THEN it lists the project files it holds, the engine among them', () => {
    expect(built.status, built.stderr).toBe(0);
    const { inputs } = JSON.parse(readFileSync(path.join(out, 'inputs.json'), 'utf8')) as {
      inputs: { file: string }[];
    };
    expect(inputs.map((i) => i.file)).toContain('src/engine/index.ts');
    expect(inputs.some((i) => i.file.includes('node_modules'))).toBe(false);
  });

  it('WHEN asked a question THEN it answers as the TypeScript does, finding the files it reads beside its sources', () => {
    const bundled = run('ask', '--json', 'can i bring notes to the exam');
    const source = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', 'ask', '--json', 'can i bring notes to the exam'],
      {
        cwd: PROJECT_ROOT,
        env: { ...process.env, DATA_DIR: path.join(scratch, 'data2'), LOG_LEVEL: 'warn' },
        encoding: 'utf8',
      },
    );
    expect(bundled.status, bundled.stderr).toBe(0);
    expect(JSON.parse(bundled.stdout)).toEqual(JSON.parse(source.stdout));
    expect(JSON.parse(bundled.stdout).kind).toBe('answer');
  });
});
