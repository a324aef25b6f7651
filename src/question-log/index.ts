// The question log: what was asked and how it went, without user identifiers; `gaps` shows TAs what is missing.
export { askAndLog } from './ask-and-log.ts';
export { gaps, type Gap } from './gaps.ts';
export {
  DEFAULT_RETENTION_DAYS,
  ensureQuestionLog,
  logQuestion,
  logQuestions,
  purgeOldQuestions,
  readQuestions,
  type Channel,
  type LoggedQuestion,
  type Outcome,
  type QuestionRow,
} from './question-store.ts';
