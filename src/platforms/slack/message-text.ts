// A Slack message's text as a student typed it. Slack sends markup: user mentions (<@U123>, <@U123|name>), special
// mentions (<!here>, <!channel>, <!everyone>, user groups <!subteam^S123|@tas>), channel links (<#C123|general>),
// links (<https://…|label>) and &lt; &gt; &amp; for the three characters it escapes
// (https://api.slack.com/reference/surfaces/formatting#escaping). Mentions address people and are left out (the space
// they leave tidied); a channel or a link is read as its name or label; the escapes are undone last, so a student's
// "&lt;" stays what Slack sent for "<".
import { closeMentionGaps, MENTION_GAP } from '../shared/remove-mentions.ts';

const MARKUP = /<([^<>]*)>/g;

function readMarkup(inner: string): string {
  const [target = '', label] = inner.split('|', 2);
  if (target.startsWith('@') || target.startsWith('!')) return MENTION_GAP;
  if (target.startsWith('#')) return label ? `#${label}` : MENTION_GAP;
  return label ?? target;
}

/** The question in a Slack message's text: mentions left out, channels and links as their names, escapes undone. */
export function slackQuestionText(text: string): string {
  return unescapeSlack(closeMentionGaps(text.replace(MARKUP, (_, inner: string) => readMarkup(inner))));
}

/** Text as typed, from the &lt; &gt; &amp; Slack sends for "<", ">" and "&" (a message, a slash command's text). */
export function unescapeSlack(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
