// How long the tests that start the bot as a process wait for its start-up line. The start runs the bot's code
// (through tsx, or the bundle built at install) and trains the course's model first; with the rest of the suite on
// the same two cores, that took more than 15 s in two CI runs out of some forty, so a start is given a minute.

/** How long a start may take to print its start-up line. */
export const START_WAIT_MS = 60_000;
/** The timeout of a test that starts the bot once: the wait and a little more for what the test does after it. */
export const START_TEST_MS = START_WAIT_MS + 15_000;
