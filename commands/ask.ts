// `ask`: answers a course question from the FAQ and the schedule, or says who to e-mail, or admits it doesn't know.
// Questions about the bot itself are answered from the command definitions; "which deadlines are coming up" runs `deadlines`.
import { z } from 'zod';
import { defineCommand, type Reply } from '../src/core/command.ts';
import { MAX_QUESTION_LENGTH } from '../src/core/question-limit.ts';
import { askAndLog } from '../src/question-log/ask-and-log.ts';
import { withTimePlaceholders } from '../src/engine/reply-times.ts';
import { ranWhenAsked } from '../src/self-knowledge/command-entries.ts';

export default defineCommand({
  name: 'ask',
  description: 'Ask a question about the course (grading, assignments, deadlines, exams, policies...)',
  help: [
    'Examples:\n  ask can I bring notes to the exam\n  ask when is assignment 2 due\n  ask whats the late penalty',
    // (what the question log keeps: src/question-log/, which stores no user identifiers)
    'The bot keeps the questions it is asked without your name or any other identifier (e-mail addresses and ' +
      'student numbers in a question are removed too), so the staff can see which questions go unanswered, never ' +
      'who asked them. A question asked in a shared channel is seen by everyone there, as any message is.',
  ].join('\n\n'),
  options: [
    {
      name: 'question',
      description: 'Your question, as you would ask a TA',
      type: 'string',
      required: true,
      maxLength: MAX_QUESTION_LENGTH,
    },
  ],
  args: z.object({
    question: z.string({ error: 'is required: type your question' }).max(MAX_QUESTION_LENGTH, {
      error: `is longer than ${MAX_QUESTION_LENGTH.toLocaleString('en')} characters: ask one question at a time`,
    }),
  }),
  access: 'everyone',
  alwaysOn: true,
  rateLimit: { bucket: 'ask', perMinute: 10 },
  askedAs: ['how do I ask you a question', 'can I ask you about the course'],
  execute(args, ctx): Reply {
    const { platform, eventId } = ctx.requester;
    const event = eventId === undefined ? undefined : `${platform}:${eventId}`;
    const reply = askAndLog(ctx.core, args.question, 'chat', ctx.commands, event);
    // (it answers the question, so it counts as an answer, which a board shows, and names its source)
    const ran = ranWhenAsked(reply, ctx.commands, ctx.core.content, ctx.clock.now(), ctx.requester.platform);
    if (ran) return ran;
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
