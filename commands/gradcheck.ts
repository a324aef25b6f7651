// `gradcheck TEXT`: checks hand-derived gradients; true values are revealed to TAs only.
import { z } from 'zod';
import { defineCommand } from '../src/core/command.ts';
import { checkGradients, MAX_INPUT_BYTES, renderGradcheckMarkdown } from '../src/gradcheck/index.ts';

// The checker's own input bound, so the argument limit and the checker never disagree.
export const MAX_PROGRAM_BYTES = MAX_INPUT_BYTES;

export default defineCommand({
  name: 'gradcheck',
  description: 'Check your hand-derived gradients: paste the computation and your dL/dw claims',
  help: [
    'Paste a small computation and the derivatives you found, one statement per line:',
    '```',
    'x = 2; t = 1; w = 0.5; b = -0.3',
    'k = w*x + b',
    'y = sigmoid(k)',
    'l = (y - t)^2',
    'dl/dw = -0.2943',
    '```',
    'Each claim gets a tick or a cross, with a hint for common mistakes. The true values are not shown.',
  ].join('\n'),
  options: [
    {
      name: 'program',
      description: 'The computation and your derivative claims (multi-line)',
      type: 'text',
      required: true,
      maxLength: MAX_PROGRAM_BYTES,
    },
  ],
  args: z.strictObject({
    program: z
      .string({ error: 'is required: paste the computation and your claims' })
      .min(1, { error: 'is empty: paste the computation and your claims' })
      .max(MAX_PROGRAM_BYTES, { error: `is longer than ${MAX_PROGRAM_BYTES / 1024} KB` }),
  }),
  access: 'everyone',
  askedAs: [
    'can you check my gradients',
    'how do I check my gradients',
    'how do I check my backprop derivatives',
    'is my derivative right',
  ],
  rateLimit: { bucket: 'gradcheck', perMinute: 5 },
  execute(args, { requester }) {
    const result = checkGradients(args.program, { reveal: requester.role === 'ta' });
    return {
      text: renderGradcheckMarkdown(result),
      private: true,
      kind: result.ok ? 'info' : 'error',
      data: result,
    };
  },
});
