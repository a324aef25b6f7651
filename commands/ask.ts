// `ask`: answers a course question from the FAQ and the schedule, or says who to e-mail, or admits it doesn't know.
import { z } from 'zod';
import { defineCommand } from '../src/core/command.ts';
import { askAndLog } from '../src/question-log/ask-and-log.ts';
import { withTimePlaceholders } from '../src/engine/reply-times.ts';

export default defineCommand({
  name: 'ask',
  description: 'Ask a question about the course (grading, assignments, deadlines, exam, practicals...)',
  help: 'Examples:\n  ask can I bring notes to the exam\n  ask when is assignment 2 due\n  ask whats the late penalty',
  options: [
    {
      name: 'question',
      description: 'Your question, as you would ask a TA',
      type: 'string',
      required: true,
      maxLength: 2000,
    },
  ],
  args: z.object({
    question: z
      .string({ error: 'is required: type your question' })
      .max(2000, { error: 'is longer than 2000 characters: ask one question at a time' }),
  }),
  access: 'everyone',
  rateLimit: { bucket: 'ask', perMinute: 10 },
  execute(args, ctx) {
    const reply = askAndLog(ctx.core, args.question, 'chat');
    // Due times become platform dates (Discord <t:…>, Slack <!date…>); the web shows the course-zone text.
    const { text, times } = withTimePlaceholders(reply.text, ctx.core.content.schedule);
    return {
      kind: reply.kind,
      text,
      sources: reply.sources,
      private: false,
      ...(times?.length && { times }),
    };
  },
});
