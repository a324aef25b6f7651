// Runs the real CLI in a child process; each spawn costs about half a second, so there are few.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function run(
  args: string[],
  input?: string | Buffer,
): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'gradcheck', ...args], {
    cwd: root,
    input: input ?? '',
    encoding: 'utf8',
    maxBuffer: 1 << 22,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const CORRECT = 'x = 2; w = 0.5\ny = w*x\ndy/dw = 2\ndy/dx = 0.5\n';

describe('course-bot gradcheck', () => {
  it('GIVEN a FILE whose claims are all correct THEN exit 0 with a human summary', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gradcheck-'));
    const file = path.join(dir, 'answers.txt');
    writeFileSync(file, CORRECT);
    const { status, stdout } = run([file]);
    expect(stdout).toContain('Gradient check: 2 of 2 correct');
    expect(stdout).toContain('✔ dy/dw = 2 (line 3)');
    expect(status).toBe(0);
  });

  it('GIVEN a wrong claim on stdin via "-" with --json --reveal THEN exit 1 and the JSON of the issue', () => {
    const { status, stdout } = run(['-', '--json', '--reveal'], `${CORRECT}dy/dx = -0.5\n`);
    expect(status).toBe(1);
    const result = JSON.parse(stdout) as Record<string, unknown>;
    expect(result).toMatchObject({
      ok: true,
      summary: { correct: 2, total: 3 },
      warnings: [],
      values: { x: 2, w: 0.5, y: 1 },
    });
    expect(result.claims).toContainEqual({
      of: 'y',
      wrt: 'x',
      line: 5,
      claimed: -0.5,
      correct: false,
      relativeError: 2,
      hint: 'the sign is flipped',
      true: 0.5,
    });
  });

  it('GIVEN invalid input on stdin with no FILE THEN exit 2 and an error with line and column', () => {
    const { status, stdout } = run(['--json'], 'x = 2\ny = x +\ndy/dx = 1\n');
    expect(status).toBe(2);
    expect(JSON.parse(stdout)).toEqual({
      ok: false,
      error: { message: expect.stringMatching(/expected a number/), line: 2, column: 8, code: 'input' },
    });
  });

  it('GIVEN more than 64 KB on stdin THEN exit 2 with a clear message on stderr', () => {
    const { status, stderr } = run([], Buffer.alloc(200_000, '#'));
    expect(status).toBe(2);
    expect(stderr).toMatch(/larger than 64 KB/);
  });
});
