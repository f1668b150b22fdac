/**
 * Where keywords end in one text, by owner (rule): a linked list per owner in typed arrays, kept from text to
 * text, so that recording the many keyword hits of a large text allocates nothing. Valid until the next reset.
 */
export class KeywordEnds {
  /** Per owner, the entry of its last recorded end, or -1. */
  private readonly last: Int32Array;
  private position = new Int32Array(1024);
  /** Per entry, the owner's entry before it, or -1. */
  private before = new Int32Array(1024);
  private count = 0;

  constructor(owners: number) {
    this.last = new Int32Array(owners).fill(-1);
  }

  reset(): void {
    this.last.fill(-1);
    this.count = 0;
  }

  /** Records a keyword of `owner` ending at `index`; ends come in ascending order, once per index and owner. */
  add(owner: number, index: number): void {
    const previous = this.last[owner]!;
    if (previous !== -1 && this.position[previous] === index) return;
    if (this.count === this.position.length) {
      this.position = grown(this.position);
      this.before = grown(this.before);
    }
    this.position[this.count] = index;
    this.before[this.count] = previous;
    this.last[owner] = this.count++;
  }

  /** The ends recorded for `owner`, ascending. */
  of(owner: number): number[] {
    const ends: number[] = [];
    for (let entry = this.last[owner]!; entry !== -1; entry = this.before[entry]!) ends.push(this.position[entry]!);
    return ends.reverse();
  }
}

function grown(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}
