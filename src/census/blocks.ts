/** Growable columns of numbers in fixed-size typed blocks: no reallocation, no copy, nothing on the JS heap. */

const SHIFT = 16;
const BLOCK = 1 << SHIFT;
const MASK = BLOCK - 1;

export type NumArray = Float64Array | Int32Array | Uint16Array | Uint8Array;

/** A growable column of numbers in fixed-size typed blocks (no reallocation, no copy). */
export class Blocks<A extends NumArray> {
  readonly blocks: A[] = [];
  private cur: A | null = null;
  private pos = BLOCK;
  length = 0;
  constructor(private readonly make: (n: number) => A) {}
  push(v: number): void {
    if (this.pos === BLOCK) {
      this.cur = this.make(BLOCK);
      this.blocks.push(this.cur);
      this.pos = 0;
    }
    (this.cur as A)[this.pos++] = v;
    this.length++;
  }
  get(i: number): number {
    return this.blocks[i >>> SHIFT][i & MASK];
  }
  set(i: number, v: number): void {
    this.blocks[i >>> SHIFT][i & MASK] = v;
  }
}

/**
 * A column in narrow typed blocks, a block copied once into the wide type when a value the narrow type cannot
 * hold arrives (later blocks are wide from the start): census counts take 4 bytes a cell and rates 8; flag
 * indexes 1 byte and 2 past 255 different flags; label indexes 2 bytes and 4 past 65,535 different labels.
 */
export class WideningBlocks<N extends NumArray, W extends NumArray> {
  readonly blocks: (N | W)[] = [];
  private cur: N | W;
  private pos = BLOCK;
  private wide = false;
  /** `narrowMax`: the largest value the narrow type holds, or "int32" for any 32-bit integer. */
  constructor(
    private readonly narrow: (n: number) => N,
    private readonly widen: (n: number | N) => W,
    private readonly narrowMax: number | "int32",
  ) {
    this.cur = narrow(0);
  }
  push(v: number): void {
    if (this.pos === BLOCK) {
      this.cur = this.wide ? this.widen(BLOCK) : this.narrow(BLOCK);
      this.blocks.push(this.cur);
      this.pos = 0;
    }
    if (!this.wide && (this.narrowMax === "int32" ? (v | 0) !== v : v > this.narrowMax)) {
      this.wide = true;
      this.cur = this.widen(this.cur as N);
      this.blocks[this.blocks.length - 1] = this.cur;
    }
    this.cur[this.pos++] = v;
  }
  get(i: number): number {
    return this.blocks[i >>> SHIFT][i & MASK];
  }
}

