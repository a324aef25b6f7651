// Errors the checker reports: each carries the position in the student's text it is about.

/**
 * `input`: the text breaks the language; `limit`: a bound was exceeded; `math`: the computation
 * itself is undefined (log of a non-positive number, overflow, ...); `internal`: the checker's own
 * results disagree, which is never the student's fault.
 */
export type GradcheckErrorCode = 'input' | 'limit' | 'math' | 'internal';

export class GradcheckError extends Error {
  readonly code: GradcheckErrorCode;
  readonly line: number;
  readonly column: number;

  constructor(code: GradcheckErrorCode, message: string, line: number, column: number) {
    super(message);
    this.name = 'GradcheckError';
    this.code = code;
    this.line = line;
    this.column = column;
  }
}

/** A position in the student's text, 1-based. */
export interface Position {
  line: number;
  column: number;
}

export function inputError(message: string, at: Position): GradcheckError {
  return new GradcheckError('input', message, at.line, at.column);
}

export function mathError(message: string, at: Position): GradcheckError {
  return new GradcheckError('math', message, at.line, at.column);
}

export function limitError(message: string, at: Position): GradcheckError {
  return new GradcheckError('limit', message, at.line, at.column);
}
