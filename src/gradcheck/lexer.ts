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

/**
 * Scans tokens on demand: the parser looks at most one token ahead, so tokens die young instead of
 * filling an array the size of the input (which cost more than the parsing itself).
 */
export class TokenStream {
  private readonly text: string;
  private i = 0;
  private line = 1;
  private lineStart = 0;
  private readonly ahead: Token[] = [];

  constructor(text: string) {
    this.text = text;
  }

  peek(offset = 0): Token {
    while (this.ahead.length <= offset) this.ahead.push(this.scan());
    return this.ahead[offset]!;
  }

  next(): Token {
    const t = this.peek();
    this.ahead.shift();
    return t;
  }

  private token(kind: TokenKind, text: string, index: number): Token {
    return { kind, text, line: this.line, column: index - this.lineStart + 1 };
  }

  private at(index: number): Position {
    return { line: this.line, column: index - this.lineStart + 1 };
  }

  private scan(): Token {
    const text = this.text;
    const n = text.length;
    let i = this.i;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 13 || c === 0xfeff) {
        i++;
      } else if (c === 35 /* # */) {
        while (i < n && text.charCodeAt(i) !== 10) i++;
      } else if (c === 10 /* \n */) {
        const t = this.token('separator', '\n', i);
        this.i = i + 1;
        this.line++;
        this.lineStart = i + 1;
        return t;
      } else {
        this.i = i;
        return this.scanToken(c);
      }
    }
    this.i = i;
    return this.token('end', 'end of input', i);
  }

  private scanToken(c: number): Token {
    const text = this.text;
    const start = this.i;
    let i = start;
    let t: Token;
    if (isNameStart(c)) {
      while (isNameStart(text.charCodeAt(i)) || isDigit(text.charCodeAt(i))) i++;
      t = this.token('name', text.slice(start, i), start);
    } else if (isDigit(c) || (c === 46 /* . */ && isDigit(text.charCodeAt(i + 1)))) {
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
        throw limitError(
          `the number ${literal} is too large: numbers must be finite doubles`,
          this.at(start),
        );
      }
      t = this.token('number', literal, start);
    } else if (c === 59 /* ; */) {
      i++;
      t = this.token('separator', ';', start);
    } else if (c === 42 /* * */ && text.charCodeAt(i + 1) === 42) {
      i += 2;
      t = this.token('op', '**', start);
    } else if (c === 0x2212 /* − */) {
      // The minus sign of PDFs and slides, as pasted from lecture notes.
      i++;
      t = this.token('op', '-', start);
    } else if (c === 0x2202 /* ∂ */) {
      i++;
      t = this.token('partial', '∂', start);
    } else if (OPERATORS.has(c)) {
      i++;
      t = this.token('op', text[start] ?? '', start);
    } else {
      const ch = String.fromCodePoint(text.codePointAt(i) ?? c);
      throw inputError(`unexpected character '${ch}'`, this.at(i));
    }
    this.i = i;
    return t;
  }
}
