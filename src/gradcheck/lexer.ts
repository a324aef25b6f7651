// Splits the student's text into tokens; newlines and `;` become statement separators.
import { inputError, limitError, type Position } from './errors.ts';

export type TokenKind = 'name' | 'number' | 'op' | 'partial' | 'separator' | 'end';

export interface Token extends Position {
  kind: TokenKind;
  /** The exact source text; `**` is kept as written so messages quote the student. */
  text: string;
}

const OPERATORS = new Set([...'+-*/^(),='].map((ch) => ch.charCodeAt(0)));

function isNameStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let line = 1;
  let lineStart = 0;
  let i = 0;
  const n = text.length;
  const at = (index: number): Position => ({ line, column: index - lineStart + 1 });
  const token = (kind: TokenKind, tokenText: string, index: number): Token => ({
    kind,
    text: tokenText,
    line,
    column: index - lineStart + 1,
  });

  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 10 /* \n */) {
      tokens.push(token('separator', '\n', i));
      i++;
      line++;
      lineStart = i;
    } else if (c === 32 || c === 9 || c === 13 || c === 0xfeff) {
      i++;
    } else if (c === 35 /* # */) {
      while (i < n && text.charCodeAt(i) !== 10) i++;
    } else if (c === 59 /* ; */) {
      tokens.push(token('separator', ';', i));
      i++;
    } else if (isNameStart(c)) {
      const start = i;
      while (i < n && (isNameStart(text.charCodeAt(i)) || isDigit(text.charCodeAt(i)))) i++;
      tokens.push(token('name', text.slice(start, i), start));
    } else if (isDigit(c) || (c === 46 /* . */ && isDigit(text.charCodeAt(i + 1)))) {
      const start = i;
      while (isDigit(text.charCodeAt(i))) i++;
      if (text.charCodeAt(i) === 46) {
        i++;
        while (isDigit(text.charCodeAt(i))) i++;
      }
      const e = text.charCodeAt(i);
      if (e === 101 || e === 69 /* e E */) {
        let j = i + 1;
        const sign = text.charCodeAt(j);
        if (sign === 43 || sign === 45) j++;
        if (isDigit(text.charCodeAt(j))) {
          while (isDigit(text.charCodeAt(j))) j++;
          i = j;
        }
      }
      const literal = text.slice(start, i);
      if (!Number.isFinite(Number(literal))) {
        throw limitError(`the number ${literal} is too large: numbers must be finite doubles`, at(start));
      }
      tokens.push(token('number', literal, start));
    } else if (c === 42 /* * */ && text.charCodeAt(i + 1) === 42) {
      tokens.push(token('op', '**', i));
      i += 2;
    } else if (c === 0x2202 /* ∂ */) {
      tokens.push(token('partial', '∂', i));
      i++;
    } else if (OPERATORS.has(c)) {
      tokens.push(token('op', text[i] ?? '', i));
      i++;
    } else {
      const ch = String.fromCodePoint(text.codePointAt(i) ?? c);
      throw inputError(`unexpected character '${ch}'`, at(i));
    }
  }
  tokens.push(token('end', 'end of input', i));
  return tokens;
}
