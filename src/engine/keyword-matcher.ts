import type { KeywordEnds } from './keyword-ends.js';

/**
 * Aho-Corasick automaton over the rules' keywords: one pass over the text
 * tells which rules have a keyword present, however many rules there are.
 * Matching is ASCII case-insensitive; keywords are ASCII. Characters are first
 * mapped to classes (one per character keywords use, 0 for every other), which
 * keeps the table small enough to build in a hook's start-up budget.
 */
export class KeywordMatcher {
  private readonly classes = new Uint8Array(128);
  private readonly width: number;
  /**
   * The automaton's transitions, as the offset of the next state's row (state * width) so that the hot loop
   * multiplies nothing; bitwise negated where a keyword ends in that state, so that it tests one sign.
   */
  private readonly next: Int32Array;
  /** Owners (rule indices) of the keywords that end in each state, following failure links. */
  private readonly outputs: number[][];

  constructor(keywordsByOwner: readonly (readonly string[])[]) {
    const keywords = keywordsByOwner.map((list) => list.map((keyword) => keyword.toLowerCase()));
    let width = 1;
    for (const list of keywords) {
      for (const keyword of list) {
        for (const ch of keyword) {
          const code = ch.charCodeAt(0);
          if (code >= 128) throw new Error(`keyword "${keyword}" is not ASCII`);
          if (this.classes[code] === 0) this.classes[code] = width++;
        }
      }
    }
    // Upper case shares the class of lower case, so the hot loop does no case conversion.
    for (let code = 65; code <= 90; code++) this.classes[code] = this.classes[code + 32]!;
    this.width = width;

    // The trie: each state's children as (class, child) pairs, and the owners of the keywords ending there.
    const children: number[][] = [[]];
    const own: number[][] = [[]];
    keywords.forEach((list, owner) => {
      for (const keyword of list) {
        let state = 0;
        for (const ch of keyword) {
          const c = this.classes[ch.charCodeAt(0)]!;
          const edges = children[state]!;
          let child = -1;
          for (let e = 0; e < edges.length; e += 2) if (edges[e] === c) child = edges[e + 1]!;
          if (child === -1) {
            child = own.length;
            edges.push(c, child);
            children.push([]);
            own.push([]);
          }
          state = child;
        }
        own[state]!.push(owner);
      }
    });
    // Breadth first, a state's row is its failure state's row (a native copy: a hook builds this table on every
    // start, before the JIT has compiled anything) with its own trie edges written over it. Its failure state is
    // shallower, so that row is final; so is whether a keyword ends at each state a transition leads to.
    const states = own.length;
    const fail = new Int32Array(states);
    const accepting = new Uint8Array(states);
    const outputs: number[][] = own.map((owners) => (owners.length > 1 ? [...new Set(owners)] : owners));
    const next = new Int32Array(states * width);
    const encode = (state: number) => (accepting[state] ? ~(state * width) : state * width);
    const queue = [0];
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      const row = state * width;
      if (state !== 0) next.copyWithin(row, fail[state]! * width, fail[state]! * width + width);
      const edges = children[state]!;
      for (let e = 0; e < edges.length; e += 2) {
        const c = edges[e]!;
        const child = edges[e + 1]!;
        // The root's children fail to the root; the others to where the failure state's row leads.
        const target = state === 0 ? 0 : next[row + c]!;
        fail[child] = target < 0 ? ~target / width : target / width;
        accepting[child] = own[child]!.length > 0 || accepting[fail[child]!] ? 1 : 0;
        const inherited = outputs[fail[child]!]!;
        if (inherited.length) outputs[child] = [...new Set([...outputs[child]!, ...inherited])];
        next[row + c] = encode(child);
        queue.push(child);
      }
    }
    this.next = next;
    this.outputs = outputs;
  }

  /**
   * Marks in `hit` every owner with a keyword in the text of these `asciiCodes`; returns how many were newly
   * marked. With `ends`, also records, by owner, the index of each keyword's last character.
   */
  scan(codes: Uint8Array, hit: Uint8Array, ends?: KeywordEnds): number {
    const { next, outputs, classes, width } = this;
    let row = 0;
    let marked = 0;
    for (let i = 0; i < codes.length; i++) {
      const code = codes[i]!;
      row = next[row + (code < 128 ? classes[code]! : 0)]!;
      if (row >= 0) continue;
      row = ~row;
      for (const owner of outputs[row / width]!) {
        if (hit[owner] === 0) {
          hit[owner] = 1;
          marked++;
        }
        ends?.add(owner, i);
      }
    }
    return marked;
  }
}
