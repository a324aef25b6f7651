// `unsubscribe`: turns off the requester's personal calendar link.
import { z } from 'zod';
import { defineCommand, type Reply } from '../src/core/command.ts';
import { listsDates } from '../src/schedule/no-dates.ts';

export default defineCommand({
  name: 'unsubscribe',
  description: 'Turn off your personal calendar link',
  help: 'Usage: `unsubscribe`. Your calendar app will stop receiving updates; `subscribe` gives you a new link.',
  options: [],
  args: z.strictObject({}),
  access: 'everyone',
  // (offered with `subscribe`: in a course that lists dates and does not turn `subscribe` off; a link made before
  // can always be turned off)
  offeredBy: (content) => listsDates(content) && !content.course.commands.off.includes('subscribe'),
  runsWhenOff: () => true,
  askedAs: ['how do I turn off my calendar link', 'stop my calendar subscription'],
  execute(_args, { core, clock, requester }): Reply {
    const revoked = core.subscriptions.revoke(
      { owner: `${requester.platform}:${requester.userId}` },
      clock.now(),
    );
    return {
      text: revoked
        ? 'Your personal calendar link is turned off. You can remove the calendar from your calendar app.'
        : 'You have no active calendar link. Use `subscribe` to get one.',
      private: true,
      kind: 'info',
    };
  },
});
