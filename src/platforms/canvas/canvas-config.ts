// The Canvas part of the configuration, present only when Canvas is switched on (all three variables set).
import type { Config } from '../../config.ts';

export type CanvasEnv = Pick<
  Config,
  | 'CANVAS_URL'
  | 'CANVAS_TOKEN'
  | 'CANVAS_COURSE_ID'
  | 'CANVAS_BOARD_TOPIC_IDS'
  | 'CANVAS_POLL_SECONDS'
  | 'CANVAS_INBOX_REPLY'
>;

export interface CanvasSettings {
  baseUrl: string;
  token: string;
  courseId: string;
  /** Empty: every discussion topic of the course that is not an announcement. */
  boardTopicIds: string[];
  pollSeconds: number;
  inboxReply: boolean;
}

/** Null when Canvas is off; parseConfig has already refused a partial set. */
export function canvasSettings(config: CanvasEnv): CanvasSettings | null {
  if (!config.CANVAS_URL || !config.CANVAS_TOKEN || !config.CANVAS_COURSE_ID) return null;
  return {
    baseUrl: config.CANVAS_URL.replace(/\/+$/, ''),
    token: config.CANVAS_TOKEN,
    courseId: config.CANVAS_COURSE_ID,
    boardTopicIds: config.CANVAS_BOARD_TOPIC_IDS,
    pollSeconds: config.CANVAS_POLL_SECONDS,
    inboxReply: config.CANVAS_INBOX_REPLY === 'on',
  };
}
