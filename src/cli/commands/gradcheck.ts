// `course-bot gradcheck [FILE|-] [--json] [--reveal]`: checks hand-derived derivatives from a file or stdin.
import type { Command } from 'commander';
import { open } from 'node:fs/promises';
import { errorMessage } from '../../core/error-message.ts';
import {
  MAX_INPUT_BYTES,
  checkGradients,
  renderGradcheckText,
  type GradcheckResult,
} from '../../gradcheck/index.ts';

/** Reads at most one byte past the limit, so a huge input costs no more than a small one. */
async function readBounded(file: string | undefined): Promise<Buffer> {
  const limit = MAX_INPUT_BYTES + 1;
  if (file === undefined || file === '-') {
    const chunks: Buffer[] = [];
    let total = 0;
    for await (const chunk of process.stdin) {
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
      chunks.push(buffer);
      total += buffer.length;
      if (total >= limit) break;
    }
    return Buffer.concat(chunks).subarray(0, limit);
  }
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(limit);
    let total = 0;
    while (total < limit) {
      const { bytesRead } = await handle.read(buffer, total, limit - total, null);
      if (bytesRead === 0) break;
      total += bytesRead;
    }
    return buffer.subarray(0, total);
  } finally {
    await handle.close();
  }
}

/** 0: every claim correct; 1: some wrong; 2: invalid input; 3: the checker failed on its own. */
export function gradcheckExitCode(result: GradcheckResult): number {
  if (!result.ok) return result.error.code === 'internal' ? 3 : 2;
  return result.summary.correct === result.summary.total ? 0 : 1;
}

export function registerGradcheck(program: Command): void {
  program
    .command('gradcheck')
    .description(
      'Check hand-derived derivatives: a computation plus claims like "dl/dw = -0.29". ' +
        'Exit 0 when every claim is correct, 1 when some are wrong, 2 when the input is invalid ' +
        '(3 if the checker fails on its own).',
    )
    .argument('[file]', 'file with the computation and the claims; "-" or absent reads standard input')
    .option('--json', 'print the result as JSON')
    .option('--reveal', 'show the true derivatives and the forward values')
    .action(async (file: string | undefined, options: { json?: boolean; reveal?: boolean }) => {
      let result: GradcheckResult;
      try {
        const bytes = await readBounded(file);
        // An input over the limit reaches the checker only one byte too long; it reports where.
        result = checkGradients(bytes.toString('utf8'), { reveal: options.reveal === true });
      } catch (err) {
        const reason = errorMessage(err);
        result = {
          ok: false,
          error: {
            message: `cannot read ${file ?? 'standard input'}: ${reason}`,
            line: 0,
            column: 0,
            code: 'input',
          },
        };
      }
      if (options.json) {
        console.log(JSON.stringify(result));
      } else if (result.ok) {
        console.log(renderGradcheckText(result));
      } else {
        console.error(renderGradcheckText(result));
      }
      process.exitCode = gradcheckExitCode(result);
    });
}
