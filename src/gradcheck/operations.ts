// The operations a graph node can apply: value, local partial derivatives, domain errors and kinks.

export const OP = {
  CONST: 0,
  ID: 1,
  NEG: 2,
  ADD: 3,
  SUB: 4,
  MUL: 5,
  DIV: 6,
  POW: 7,
  EXP: 8,
  LOG: 9,
  SQRT: 10,
  ABS: 11,
  SIGMOID: 12,
  TANH: 13,
  RELU: 14,
  SIN: 15,
  COS: 16,
  MAX: 17,
  MIN: 18,
} as const;

export type OpCode = (typeof OP)[keyof typeof OP];

/** Functions callable in the input language, by name, with their arity. */
export const FUNCTIONS: ReadonlyMap<string, { op: OpCode; arity: 1 | 2 }> = new Map([
  ['exp', { op: OP.EXP, arity: 1 }],
  ['log', { op: OP.LOG, arity: 1 }],
  ['ln', { op: OP.LOG, arity: 1 }],
  ['sqrt', { op: OP.SQRT, arity: 1 }],
  ['abs', { op: OP.ABS, arity: 1 }],
  ['sigmoid', { op: OP.SIGMOID, arity: 1 }],
  ['tanh', { op: OP.TANH, arity: 1 }],
  ['relu', { op: OP.RELU, arity: 1 }],
  ['sin', { op: OP.SIN, arity: 1 }],
  ['cos', { op: OP.COS, arity: 1 }],
  ['pow', { op: OP.POW, arity: 2 }],
  ['max', { op: OP.MAX, arity: 2 }],
  ['min', { op: OP.MIN, arity: 2 }],
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

export function isUnary(op: number): boolean {
  return op === OP.ID || op === OP.NEG || op >= OP.EXP && op <= OP.COS;
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
    case OP.ID:
      return a;
    case OP.NEG:
      return -a;
    case OP.ADD:
      return a + b;
    case OP.SUB:
      return a - b;
    case OP.MUL:
      return a * b;
    case OP.DIV:
      return a / b;
    case OP.POW:
      return Math.pow(a, b);
    case OP.EXP:
      return Math.exp(a);
    case OP.LOG:
      return Math.log(a);
    case OP.SQRT:
      return Math.sqrt(a);
    case OP.ABS:
      return Math.abs(a);
    case OP.SIGMOID:
      return sigmoid(a);
    case OP.TANH:
      return Math.tanh(a);
    case OP.RELU:
      return a > 0 ? a : 0;
    case OP.SIN:
      return Math.sin(a);
    case OP.COS:
      return Math.cos(a);
    case OP.MAX:
      return a >= b ? a : b;
    case OP.MIN:
      return a <= b ? a : b;
    default:
      return a;
  }
}

/** Why an operation has no value at these arguments, or null when `result` is a fine number. */
export function domainProblem(op: number, a: number, b: number, result: number): string | null {
  switch (op) {
    case OP.DIV:
      if (b === 0) return 'division by zero';
      break;
    case OP.LOG:
      if (a <= 0) return `log of ${formatNumber(a)}: log needs a positive number`;
      break;
    case OP.SQRT:
      if (a < 0) return `sqrt of ${formatNumber(a)}: sqrt needs a number that is not negative`;
      break;
    case OP.POW:
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
    case OP.ID:
      da = 1;
      break;
    case OP.NEG:
      da = -1;
      break;
    case OP.ADD:
      da = 1;
      db = 1;
      break;
    case OP.SUB:
      da = 1;
      db = -1;
      break;
    case OP.MUL:
      da = b;
      db = a;
      break;
    case OP.DIV:
      da = 1 / b;
      db = -value / b;
      break;
    case OP.POW:
      // PyTorch's masks: x^0 has slope 0 in x, and 0^y has slope 0 in y.
      da = b === 0 ? 0 : b * Math.pow(a, b - 1);
      db = a === 0 ? 0 : value * Math.log(a);
      break;
    case OP.EXP:
      da = value;
      break;
    case OP.LOG:
      da = 1 / a;
      break;
    case OP.SQRT:
      da = 0.5 / value;
      break;
    case OP.ABS:
      da = a > 0 ? 1 : a < 0 ? -1 : 0;
      break;
    case OP.SIGMOID:
      da = value * (1 - value);
      break;
    case OP.TANH:
      da = 1 - value * value;
      break;
    case OP.RELU:
      da = a > 0 ? 1 : 0;
      break;
    case OP.SIN:
      da = Math.cos(a);
      break;
    case OP.COS:
      da = -Math.sin(a);
      break;
    case OP.MAX:
      da = a > b ? 1 : a < b ? 0 : 0.5;
      db = 1 - da;
      break;
    case OP.MIN:
      da = a < b ? 1 : a > b ? 0 : 0.5;
      db = 1 - da;
      break;
  }
  out[0] = da;
  out[1] = db;
}

export function isKinkOp(op: number): boolean {
  return op === OP.RELU || op === OP.ABS || op === OP.MAX || op === OP.MIN;
}

/** Which side of its kink an operation is on: -1, 1, or 0 exactly at the kink. */
export function kinkSide(op: number, a: number, b: number): number {
  return Math.sign(op === OP.MAX || op === OP.MIN ? a - b : a);
}

export function kinkWarning(op: number, line: number): string {
  const name = opName(op);
  if (op === OP.MAX || op === OP.MIN) {
    return `line ${line}: ${name}(a, b) with equal arguments is not differentiable there; PyTorch's convention is used (the gradient is split evenly)`;
  }
  return `line ${line}: ${name}(0) is not differentiable; PyTorch's convention is used (derivative 0)`;
}

export function formatNumber(x: number): string {
  return Number.isInteger(x) && Math.abs(x) < 1e15 ? String(x) : String(Number(x.toPrecision(6)));
}
