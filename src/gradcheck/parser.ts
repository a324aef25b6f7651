// Parses the input language into a tape (evaluating as it goes) plus the list of claims.
import { inputError, limitError, mathError, type Position } from './errors.ts';
import { TokenStream, type Token } from './lexer.ts';
import { MAX_NESTING, MAX_STATEMENTS, enforceSizeLimit } from './limits.ts';
import { FUNCTIONS, OP, apply, domainProblem, type OpCode } from './operations.ts';
import { TapeBuilder, type Tape } from './tape.ts';

/** How a claimed number was written, for the rounding rule; null for fractions. */
export interface WrittenNumber {
  decimals: number;
  significantDigits: number;
}

export interface Claim {
  of: string;
  wrt: string;
  ofAt: Position;
  wrtAt: Position;
  line: number;
  column: number;
  claimed: number;
  written: WrittenNumber | null;
}

export interface Program {
  tape: Tape;
  claims: Claim[];
}

const ADDITIVE: ReadonlyMap<string, OpCode> = new Map([
  ['+', OP.ADD],
  ['-', OP.SUB],
]);
const MULTIPLICATIVE: ReadonlyMap<string, OpCode> = new Map([
  ['*', OP.MUL],
  ['/', OP.DIV],
]);

/** A parsed operand: a constant not yet placed on the tape, or a tape entry. */
type Operand = { constant: true; value: number } | { constant: false; entry: number };

function constant(value: number): Operand {
  return { constant: true, value };
}

export function describeWritten(literal: string): WrittenNumber {
  const [mantissa = '', exponent = '0'] = literal.toLowerCase().split('e');
  const [whole = '', fraction = ''] = mantissa.split('.');
  const digits = (whole + fraction).replace(/^0+/, '');
  return { decimals: fraction.length - Number(exponent), significantDigits: digits.length };
}

class Parser {
  private readonly tokens: TokenStream;
  private depth = 0;
  private readonly tape = new TapeBuilder();
  private readonly claims: Claim[] = [];
  /** Line of each name's definition, for the "already defined" message. */
  private readonly definedOn = new Map<string, number>();

  constructor(text: string) {
    this.tokens = new TokenStream(text);
  }

  parse(): Program {
    let statements = 0;
    while (this.peek().kind !== 'end') {
      if (this.peek().kind === 'separator') {
        this.tokens.next();
        continue;
      }
      statements++;
      if (statements > MAX_STATEMENTS) {
        throw limitError(`more than ${MAX_STATEMENTS} statements; check a smaller computation`, this.peek());
      }
      this.statement();
      const next = this.peek();
      if (next.kind !== 'separator' && next.kind !== 'end') {
        const missing = next.kind === 'name' || next.kind === 'number' || next.text === '(';
        throw inputError(
          `unexpected '${next.text}' after the end of the statement${missing ? ' (a missing operator such as * ?)' : ''}`,
          next,
        );
      }
    }
    return { tape: this.tape.finish(), claims: this.claims };
  }

  private peek(offset = 0): Token {
    return this.tokens.peek(offset);
  }

  private next(): Token {
    return this.tokens.next();
  }

  private isOp(text: string, offset = 0): boolean {
    const t = this.peek(offset);
    return t.kind === 'op' && t.text === text;
  }

  private expectOp(text: string, what: string): Token {
    const t = this.peek();
    if (t.kind !== 'op' || t.text !== text) {
      throw inputError(`expected '${text}' ${what}, found ${describe(t)}`, t);
    }
    return this.next();
  }

  private statement(): void {
    const first = this.peek();
    if (first.kind === 'name' && this.isOp('=', 1)) {
      this.assignment();
    } else if (first.kind === 'partial' || (first.kind === 'name' && first.text.startsWith('d'))) {
      this.claim();
    } else {
      throw inputError(
        `expected a definition like 'y = w*x' or a claim like 'dy/dw = 0.5', found ${describe(first)}`,
        first,
      );
    }
  }

  private assignment(): void {
    const nameTok = this.next();
    const name = nameTok.text;
    const previous = this.definedOn.get(name);
    if (previous !== undefined) {
      throw inputError(
        `'${name}' is already defined on line ${previous}; each name is defined once`,
        nameTok,
      );
    }
    this.next(); // '='
    const start = this.tape.size;
    if (this.peek().kind === 'separator' || this.peek().kind === 'end') {
      throw inputError(`expected an expression after '${name} ='`, this.peek());
    }
    const value = this.expression();
    let root: number;
    if (value.constant) {
      root = this.tape.push(OP.CONST, -1, -1, value.value, nameTok.line, nameTok.column);
    } else if (value.entry >= start && this.tape.nameOf(value.entry) === null) {
      root = value.entry;
    } else {
      // `y = x` gets an entry of its own, so y can be perturbed or claimed apart from x.
      root = this.tape.push(
        OP.ID,
        value.entry,
        -1,
        this.tape.valueOf(value.entry),
        nameTok.line,
        nameTok.column,
      );
    }
    this.tape.name(name, root, start);
    this.definedOn.set(name, nameTok.line);
  }

  /** `dY` / `d Y` / `∂Y` / `∂ Y`: returns the name and where it starts. */
  private differential(role: string): { name: string; at: Position } {
    const t = this.next();
    if (t.kind === 'partial' || (t.kind === 'name' && t.text === 'd')) {
      const nameTok = this.peek();
      if (nameTok.kind !== 'name')
        throw inputError(`expected a name after '${t.text}' in the ${role}`, nameTok);
      this.tokens.next();
      return { name: nameTok.text, at: nameTok };
    }
    if (t.kind === 'name' && t.text.length > 1 && t.text.startsWith('d')) {
      return { name: t.text.slice(1), at: { line: t.line, column: t.column + 1 } };
    }
    throw inputError(`expected 'd<name>' or '∂<name>' in the ${role}, found ${describe(t)}`, t);
  }

  private claim(): void {
    const start = this.peek();
    const of = this.differential('claim');
    this.expectOp('/', `between d${of.name} and d<name> in a claim like 'dl/dw = 0.5'`);
    const wrt = this.differential('claim');
    this.expectOp('=', `after d${of.name}/d${wrt.name}`);
    const { value, written } = this.claimedNumber();
    this.claims.push({
      of: of.name,
      wrt: wrt.name,
      ofAt: of.at,
      wrtAt: wrt.at,
      line: start.line,
      column: start.column,
      claimed: value,
      written,
    });
  }

  private signedLiteral(): { value: number; literal: string } {
    let sign = '';
    while (this.isOp('-') || this.isOp('+')) {
      if (this.next().text === '-') sign = sign === '-' ? '' : '-';
    }
    const t = this.peek();
    if (t.kind !== 'number') throw inputError(`expected a number in the claim, found ${describe(t)}`, t);
    this.tokens.next();
    return { value: Number(sign + t.text), literal: t.text };
  }

  private claimedNumber(): { value: number; written: WrittenNumber | null } {
    const numerator = this.signedLiteral();
    if (!this.isOp('/')) return { value: numerator.value, written: describeWritten(numerator.literal) };
    this.next();
    const denominatorTok = this.peek();
    const denominator = this.signedLiteral();
    if (denominator.value === 0) throw mathError('division by zero in the claimed fraction', denominatorTok);
    return { value: numerator.value / denominator.value, written: null };
  }

  private enter(at: Token): void {
    this.depth++;
    if (this.depth > MAX_NESTING) {
      throw limitError(`the expression is nested more than ${MAX_NESTING} levels deep`, at);
    }
  }

  private expression(): Operand {
    return this.binary(ADDITIVE);
  }

  /** One left-associative precedence level: + - over * /, and * / over unary minus and powers. */
  private binary(operators: ReadonlyMap<string, OpCode>): Operand {
    const tighter = operators === ADDITIVE;
    let left = tighter ? this.binary(MULTIPLICATIVE) : this.unary();
    for (let t = this.peek(); t.kind === 'op' && operators.has(t.text); t = this.peek()) {
      this.next();
      const right = tighter ? this.binary(MULTIPLICATIVE) : this.unary();
      left = this.emit(operators.get(t.text)!, left, right, t);
    }
    return left;
  }

  private unary(): Operand {
    if (this.isOp('-') || this.isOp('+')) {
      const opTok = this.next();
      this.enter(opTok);
      const inner = this.unary();
      this.depth--;
      return opTok.text === '-' ? this.emit(OP.NEG, inner, null, opTok) : inner;
    }
    return this.power();
  }

  private power(): Operand {
    const base = this.primary();
    if (!this.isOp('^') && !this.isOp('**')) return base;
    const opTok = this.next();
    this.enter(opTok);
    // Right-associative, and the exponent may carry its own sign: 2^-1, a^b^c = a^(b^c).
    const exponent = this.unary();
    this.depth--;
    return this.emit(OP.POW, base, exponent, opTok);
  }

  private primary(): Operand {
    const t = this.peek();
    if (t.kind === 'number') {
      this.tokens.next();
      return constant(Number(t.text));
    }
    if (t.kind === 'name') {
      this.tokens.next();
      if (this.isOp('(')) return this.call(t);
      const entry = this.tape.names.get(t.text);
      if (entry === undefined) {
        throw inputError(`'${t.text}' is not defined; define it on an earlier line before using it`, t);
      }
      return { constant: false, entry };
    }
    if (this.isOp('(')) {
      const open = this.next();
      this.enter(open);
      const inner = this.expression();
      this.expectOp(')', `to close the '(' at column ${open.column}`);
      this.depth--;
      return inner;
    }
    throw inputError(`expected a number, a name or '(', found ${describe(t)}`, t);
  }

  private call(nameTok: Token): Operand {
    const fn = FUNCTIONS.get(nameTok.text);
    if (!fn) {
      throw inputError(
        `unknown function '${nameTok.text}'; known: ${[...FUNCTIONS.keys()].join(', ')}`,
        nameTok,
      );
    }
    const open = this.next();
    this.enter(open);
    const args: Operand[] = [this.expression()];
    while (this.isOp(',')) {
      this.next();
      args.push(this.expression());
    }
    this.expectOp(')', `to close the call to ${nameTok.text}`);
    this.depth--;
    const [first, second] = args;
    if (args.length !== fn.arity || !first) {
      throw inputError(
        `${nameTok.text} takes ${fn.arity} argument${fn.arity === 1 ? '' : 's'}, got ${args.length}`,
        nameTok,
      );
    }
    return this.emit(fn.op, first, second ?? null, nameTok);
  }

  /** Folds constant operations; otherwise appends an entry. Either way the value is checked. */
  private emit(op: OpCode, x: Operand, y: Operand | null, at: Token): Operand {
    const xv = x.constant ? x.value : this.tape.valueOf(x.entry);
    const yv = y === null ? 0 : y.constant ? y.value : this.tape.valueOf(y.entry);
    const value = apply(op, xv, yv);
    const problem = domainProblem(op, xv, yv, value);
    if (problem !== null) throw mathError(problem, at);
    if (x.constant && (y === null || y.constant)) return constant(value);
    const a = this.materialize(x, at);
    const b = y === null ? -1 : this.materialize(y, at);
    return { constant: false, entry: this.tape.push(op, a, b, value, at.line, at.column) };
  }

  private materialize(x: Operand, at: Token): number {
    return x.constant ? this.tape.push(OP.CONST, -1, -1, x.value, at.line, at.column) : x.entry;
  }
}

function describe(t: Token): string {
  if (t.kind === 'end') return 'the end of the input';
  if (t.kind === 'separator') return t.text === ';' ? "';'" : 'the end of the line';
  return `'${t.text}'`;
}

export function parseProgram(text: string): Program {
  enforceSizeLimit(text);
  return new Parser(text).parse();
}
