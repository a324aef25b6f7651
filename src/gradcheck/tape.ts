// The computation graph as a flat tape in evaluation order: entry i only reads entries before i.
import { isKinkOp } from './operations.ts';

export interface Tape {
  size: number;
  op: Uint8Array;
  /** Argument entries; -1 where an operation has fewer arguments. */
  a: Int32Array;
  b: Int32Array;
  /** The forward pass. */
  value: Float64Array;
  line: Int32Array;
  column: Int32Array;
  /** The named entry (statement root) each entry was computed for. */
  statementRoot: Int32Array;
  /** For a statement root, the first entry of its statement. */
  statementStart: Int32Array;
  entryName: (string | null)[];
  /** Name -> entry. A Map, so `constructor` or `__proto__` are names like any other. */
  names: Map<string, number>;
  /** The named entries in definition order (which is tape order). */
  namedEntries: Int32Array;
  /** Entries that use entry i are consumers[consumerStart[i] .. consumerStart[i+1]). */
  consumerStart: Int32Array;
  consumers: Int32Array;
  /** Position in `consumers` of the edge from entry i to its first / second argument; -1 if none. */
  edgeA: Int32Array;
  edgeB: Int32Array;
  /** Every relu/abs/max/min entry. */
  kinks: Int32Array;
}

export class TapeBuilder {
  private readonly op: number[] = [];
  private readonly a: number[] = [];
  private readonly b: number[] = [];
  private readonly value: number[] = [];
  private readonly line: number[] = [];
  private readonly column: number[] = [];
  private readonly statementRoot: number[] = [];
  private readonly statementStart: number[] = [];
  private readonly entryName: (string | null)[] = [];
  readonly names = new Map<string, number>();

  get size(): number {
    return this.op.length;
  }

  push(op: number, a: number, b: number, value: number, line: number, column: number): number {
    this.op.push(op);
    this.a.push(a);
    this.b.push(b);
    this.value.push(value);
    this.line.push(line);
    this.column.push(column);
    this.statementRoot.push(-1);
    this.statementStart.push(-1);
    this.entryName.push(null);
    return this.op.length - 1;
  }

  valueOf(entry: number): number {
    return this.value[entry] ?? Number.NaN;
  }

  nameOf(entry: number): string | null {
    return this.entryName[entry] ?? null;
  }

  /** Names `root` and marks entries start..root as its statement. */
  name(name: string, root: number, start: number): void {
    this.entryName[root] = name;
    this.names.set(name, root);
    this.statementStart[root] = start;
    for (let i = start; i <= root; i++) this.statementRoot[i] = root;
  }

  finish(): Tape {
    const size = this.op.length;
    const a = new Int32Array(this.a);
    const b = new Int32Array(this.b);
    const consumerStart = new Int32Array(size + 1);
    for (let i = 0; i < size; i++) {
      const ai = a[i] ?? -1;
      const bi = b[i] ?? -1;
      if (ai >= 0) consumerStart[ai + 1]!++;
      if (bi >= 0) consumerStart[bi + 1]!++;
    }
    for (let i = 0; i < size; i++) consumerStart[i + 1]! += consumerStart[i]!;
    const fill = consumerStart.slice(0, size);
    const consumers = new Int32Array(consumerStart[size] ?? 0);
    const edgeA = new Int32Array(size).fill(-1);
    const edgeB = new Int32Array(size).fill(-1);
    for (let i = 0; i < size; i++) {
      const ai = a[i] ?? -1;
      const bi = b[i] ?? -1;
      if (ai >= 0) {
        edgeA[i] = fill[ai]!;
        consumers[fill[ai]!++] = i;
      }
      if (bi >= 0) {
        edgeB[i] = fill[bi]!;
        consumers[fill[bi]!++] = i;
      }
    }
    const op = new Uint8Array(this.op);
    const kinks: number[] = [];
    for (let i = 0; i < size; i++) if (isKinkOp(op[i] ?? 0)) kinks.push(i);
    return {
      size,
      op,
      a,
      b,
      value: new Float64Array(this.value),
      line: new Int32Array(this.line),
      column: new Int32Array(this.column),
      statementRoot: new Int32Array(this.statementRoot),
      statementStart: new Int32Array(this.statementStart),
      entryName: this.entryName,
      names: this.names,
      namedEntries: Int32Array.from(this.names.values()),
      consumerStart,
      consumers,
      edgeA,
      edgeB,
      kinks: new Int32Array(kinks),
    };
  }
}
