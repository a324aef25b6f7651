// Builds Slack requests signed with real HMAC, as Slack would send them to POST /slack/events.
import { signSlackRequest } from '../../../src/platforms/slack/verify-signature.ts';

export interface SignOptions {
  secret: string;
  /** Seconds since the epoch used in the signature. */
  timestamp: number;
  /** Signs with a different secret, to forge a bad signature. */
  forgeWith?: string;
}

export async function postSigned(
  url: string,
  body: string,
  contentType: string,
  sign: SignOptions,
): Promise<{ status: number; text: string }> {
  const ts = String(sign.timestamp);
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': ts,
      'x-slack-signature': signSlackRequest(sign.forgeWith ?? sign.secret, ts, body),
    },
    body,
  });
  return { status: response.status, text: await response.text() };
}

export function slashCommandBody(text: string, userId: string, responseUrl: string): string {
  return new URLSearchParams({
    token: 'legacy-verification-token',
    team_id: 'T00000001',
    channel_id: 'CGEN00001',
    channel_name: 'general',
    user_id: userId,
    user_name: 'student',
    command: '/course',
    text,
    api_app_id: 'A00000001',
    response_url: responseUrl,
    trigger_id: 'trigger-123',
  }).toString();
}

let eventCounter = 0;
export function eventBody(event: Record<string, unknown>): string {
  eventCounter += 1;
  return JSON.stringify({
    token: 'legacy-verification-token',
    team_id: 'T00000001',
    api_app_id: 'A00000001',
    type: 'event_callback',
    event_id: `Ev${eventCounter}`,
    event_time: 1_772_442_000,
    authorizations: [{ team_id: 'T00000001', user_id: 'UBOT00001', is_bot: true }],
    event: { event_ts: `1772442000.00${eventCounter}`, ts: `1772442000.00${eventCounter}`, ...event },
  });
}

export function viewSubmissionBody(
  view: { private_metadata: string; values: Record<string, string> },
  userId: string,
) {
  const payload = {
    type: 'view_submission',
    team: { id: 'T00000001' },
    user: { id: userId, team_id: 'T00000001' },
    api_app_id: 'A00000001',
    trigger_id: 'trigger-456',
    view: {
      id: 'V0000001',
      type: 'modal',
      callback_id: 'course_command',
      private_metadata: view.private_metadata,
      state: {
        values: Object.fromEntries(
          Object.entries(view.values).map(([k, v]) => [k, { value: { type: 'plain_text_input', value: v } }]),
        ),
      },
    },
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

export const FORM = 'application/x-www-form-urlencoded';
export const JSON_TYPE = 'application/json';
