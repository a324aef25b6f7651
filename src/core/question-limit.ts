// The one limit on a question's length: the `ask` command's option, every platform, the web page, the CLI and the
// answer engine's own cut all read it from here. A question rarely needs more; a longer message is seldom one question.
export const MAX_QUESTION_LENGTH = 1000;
