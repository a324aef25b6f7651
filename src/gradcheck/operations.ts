// The operations a graph node can apply: value, local partial derivatives, domain errors and kinks.

// Plain constants, not object properties, so the hot switches below compare against literals.
const CONST = 0;
const ID = 1;
const NEG = 2;
const ADD = 3;
const SUB = 4;
const MUL = 5;
const DIV = 6;
const POW = 7;
const EXP = 8;
const LOG = 9;
const SQRT = 10;
const ABS = 11;
const SIGMOID = 12;
const TANH = 13;
const RELU = 14;
const SIN = 15;
const COS = 16;
const MAX = 17;
const MIN = 18;

export const OP = {
  CONST,
  ID,
  NEG,
  ADD,
  SUB,
  MUL,
  DIV,
  POW,
  EXP,
  LOG,
  SQRT,
  ABS,
  SIGMOID,
  TANH,
  RELU,
  SIN,
  COS,
  MAX,
  MIN,
} as const;

export type OpCode = (typeof OP)[keyof typeof OP];

/** Functions callable in the input language, by name, with their arity. */
export const FUNCTIONS: ReadonlyMap<string, { op: OpCode; arity: 1 | 2 }> = new Map([
  ['exp', { op: EXP, arity: 1 }],
  ['log', { op: LOG, arity: 1 }],
  ['ln', { op: LOG, arity: 1 }],
  ['sqrt', { op: SQRT, arity: 1 }],
  ['abs', { op: ABS, arity: 1 }],
  ['sigmoid', { op: SIGMOID, arity: 1 }],
  ['tanh', { op: TANH, arity: 1 }],
  ['relu', { op: RELU, arity: 1 }],
  ['sin', { op: SIN, arity: 1 }],
  ['cos', { op: COS, arity: 1 }],
  ['pow', { op: POW, arity: 2 }],
  ['max', { op: MAX, arity: 2 }],
  ['min', { op: MIN, arity: 2 }],
]);

const OP_NAMES: readonly string[] = [
  'constant',
  'copy',
  'negation',
  '+',
  '-',
  '*',
  '/',
  'power',
  'exp',
  'log',
  'sqrt',
  'abs',
  'sigmoid',
  'tanh',
  'relu',
  'sin',
  'cos',
  'max',
  'min',
];

export function opName(op: number): string {
  return OP_NAMES[op] ?? `op ${op}`;
}

function sigmoid(a: number): number {
  // Split by sign so neither branch computes exp of a large positive number.
  if (a >= 0) return 1 / (1 + Math.exp(-a));
  const e = Math.exp(a);
  return e / (1 + e);
}

/** The value of one operation; no checks, so finite-difference passes stay fast. */
export function apply(op: number, a: number, b: number): number {
  switch (op) {
    case ID:
      return a;
    case NEG:
      return -a;
    case ADD:
      return a + b;
    case SUB:
      return a - b;
    case MUL:
      return a * b;
    case DIV:
      return a / b;
    case POW:
      return Math.pow(a, b);
    case EXP:
      return Math.exp(a);
    case LOG:
      return Math.log(a);
    case SQRT:
      return Math.sqrt(a);
    case ABS:
      return Math.abs(a);
    case SIGMOID:
      return sigmoid(a);
    case TANH:
      return Math.tanh(a);
    case RELU:
      return a > 0 ? a : 0;
    case SIN:
      return Math.sin(a);
    case COS:
      return Math.cos(a);
    case MAX:
      return a >= b ? a : b;
    case MIN:
      return a <= b ? a : b;
    default:
      return a;
  }
}

/** Why an operation has no value at these arguments, or null when `result` is a fine number. */
export function domainProblem(op: number, a: number, b: number, result: number): string | null {
  switch (op) {
    case DIV:
      if (b === 0) return 'division by zero';
      break;
    case LOG:
      if (a <= 0) return `log of ${formatNumber(a)}: log needs a positive number`;
      break;
    case SQRT:
      if (a < 0) return `sqrt of ${formatNumber(a)}: sqrt needs a number that is not negative`;
      break;
    case POW:
      if (a < 0 && !Number.isInteger(b)) {
        return `${formatNumber(a)} to the power ${formatNumber(b)}: a negative number to a non-integer power is undefined`;
      }
      if (a === 0 && b < 0) return `0 to the negative power ${formatNumber(b)}: division by zero`;
      break;
  }
  if (!Number.isFinite(result)) return `overflow: the result of ${opName(op)} is too large for a double`;
  return null;
}

/**
 * Local partial derivatives of one operation, written into `out[0]` (first argument) and
 * `out[1]` (second). At kinks these follow PyTorch: relu'(0) = 0, abs'(0) = 0, and max/min split
 * the gradient evenly between equal arguments.
 */
export function partials(op: number, a: number, b: number, value: number, out: Float64Array): void {
  let da = 0;
  let db = 0;
  switch (op) {
    case ID:
      da = 1;
      break;
    case NEG:
      da = -1;
      break;
    case ADD:
      da = 1;
      db = 1;
      break;
    case SUB:
      da = 1;
      db = -1;
      break;
    case MUL:
      da = b;
      db = a;
      break;
    case DIV:
      da = 1 / b;
      db = -value / b;
      break;
    case POW:
      // PyTorch's masks: x^0 has slope 0 in x, and 0^y has slope 0 in y.
      da = b === 0 ? 0 : b * Math.pow(a, b - 1);
      db = a === 0 ? 0 : value * Math.log(a);
      break;
    case EXP:
      da = value;
      break;
    case LOG:
      da = 1 / a;
      break;
    case SQRT:
      da = 0.5 / value;
      break;
    case ABS:
      da = a > 0 ? 1 : a < 0 ? -1 : 0;
      break;
    case SIGMOID:
      da = value * (1 - value);
      break;
    case TANH:
      da = 1 - value * value;
      break;
    case RELU:
      da = a > 0 ? 1 : 0;
      break;
    case SIN:
      da = Math.cos(a);
      break;
    case COS:
      da = -Math.sin(a);
      break;
    case MAX:
      da = a > b ? 1 : a < b ? 0 : 0.5;
      db = 1 - da;
      break;
    case MIN:
      da = a < b ? 1 : a > b ? 0 : 0.5;
      db = 1 - da;
      break;
  }
  out[0] = da;
  out[1] = db;
}

export function isKinkOp(op: number): boolean {
  return op === RELU || op === ABS || op === MAX || op === MIN;
}

/** Which side of its kink an operation is on: -1, 1, or 0 exactly at the kink. */
export function kinkSide(op: number, a: number, b: number): number {
  return Math.sign(op === MAX || op === MIN ? a - b : a);
}

export function kinkWarning(op: number, line: number): string {
  const name = opName(op);
  if (op === MAX || op === MIN) {
    return `line ${line}: ${name}(a, b) with equal arguments is not differentiable there; PyTorch's convention is used (the gradient is split evenly)`;
  }
  return `line ${line}: ${name}(0) is not differentiable; PyTorch's convention is used (derivative 0)`;
}

export function formatNumber(x: number): string {
  return Number.isInteger(x) && Math.abs(x) < 1e15 ? String(x) : String(Number(x.toPrecision(6)));
}
