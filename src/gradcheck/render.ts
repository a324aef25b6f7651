// Turns a result into chat Markdown (one line per claim, a tick or a cross and the hint) or plain text.
import { formatNumber } from './operations.ts';
import type { GradcheckClaim, GradcheckFailure, GradcheckResult } from './result.ts';

interface Style {
  right: string;
  wrong: string;
  code: (text: string) => string;
  bold: (text: string) => string;
  /** For prose that quotes names: `w_1 ... w_2` must not turn into italics in chat. */
  prose: (text: string) => string;
  bullet: string;
}

const MARKDOWN: Style = {
  right: '✅',
  wrong: '❌',
  code: (text) => `\`${text}\``,
  bold: (text) => `**${text}**`,
  prose: (text) => text.replace(/[\\`*_~|<>[\]]/g, '\\$&'),
  bullet: '- ',
};

const TEXT: Style = {
  right: '✔',
  wrong: '✘',
  code: (text) => text,
  bold: (text) => text,
  prose: (text) => text,
  bullet: '',
};

function claimLine(claim: GradcheckClaim, style: Style): string {
  const mark = claim.correct ? style.right : style.wrong;
  const expression = style.code(`d${claim.of}/d${claim.wrt} = ${formatNumber(claim.claimed)}`);
  const revealed = claim.true === undefined ? '' : ` (true value ${formatNumber(claim.true)})`;
  const hint = claim.correct || claim.hint === null ? '' : `: ${style.prose(claim.hint)}`;
  return `${style.bullet}${mark} ${expression} (line ${claim.line})${hint}${revealed}`;
}

function failureText(result: GradcheckFailure, style: Style): string {
  const { message, line, column, code } = result.error;
  const where = line > 0 ? ` (line ${line}, column ${column})` : '';
  if (code === 'internal') {
    return `⚠️ ${style.bold('The gradient checker failed on its own')}${where}: ${style.prose(message)}`;
  }
  return `${style.wrong} ${style.bold('Could not check the gradients')}${where}: ${style.prose(message)}`;
}

function render(result: GradcheckResult, style: Style): string {
  if (!result.ok) return failureText(result, style);
  const { correct, total } = result.summary;
  const lines = [
    style.bold(`Gradient check: ${correct} of ${total} correct`),
    '',
    ...result.claims.map((claim) => claimLine(claim, style)),
  ];
  if (result.warnings.length > 0) {
    lines.push('', ...result.warnings.map((warning) => `${style.bullet}⚠️ ${style.prose(warning)}`));
  }
  return lines.join('\n');
}

export function renderGradcheckMarkdown(result: GradcheckResult): string {
  return render(result, MARKDOWN);
}

/** For terminals: the same content without Markdown markup. */
export function renderGradcheckText(result: GradcheckResult): string {
  return render(result, TEXT);
}
