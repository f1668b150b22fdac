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
   * The automaton's transitions, as the offset of the next state's row (state × width) so that the hot loop
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

    const capacity = 1 + keywords.reduce((sum, list) => sum + list.reduce((n, k) => n + k.length, 0), 0);
    // The trie, then the full automaton, in one table: -1 marks a missing trie edge.
    const delta = new Int32Array(capacity * width).fill(-1);
    const own: number[][] = [[]];
    keywords.forEach((list, owner) => {
      for (const keyword of list) {
        let state = 0;
        for (const ch of keyword) {
          const edge = state * width + this.classes[ch.charCodeAt(0)]!;
          if (delta[edge] === -1) {
            delta[edge] = own.length;
            own.push([]);
          }
          state = delta[edge]!;
        }
        own[state]!.push(owner);
      }
    });
    const fail = new Int32Array(own.length);
    const outputs: number[][] = own.map((owners) => [...new Set(owners)]);
    // Known once a state's failure link is: its failure state is shallower, so known before it.
    const accepting = own.map((owners) => owners.length > 0);
    const next = new Int32Array(own.length * width);
    const encode = (state: number) => (accepting[state] ? ~(state * width) : state * width);
    const queue: number[] = [];
    for (let c = 0; c < width; c++) {
      if (delta[c] === -1) delta[c] = 0;
      else queue.push(delta[c]!);
      next[c] = encode(delta[c]!);
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      const inherited = outputs[fail[state]!]!;
      if (inherited.length) outputs[state] = [...new Set([...outputs[state]!, ...inherited])];
      const row = state * width;
      const failRow = fail[state]! * width;
      for (let c = 0; c < width; c++) {
        const child = delta[row + c]!;
        if (child === -1) {
          delta[row + c] = delta[failRow + c]!;
        } else {
          fail[child] = delta[failRow + c]!;
          accepting[child] ||= accepting[fail[child]!]!;
          queue.push(child);
        }
        next[row + c] = encode(delta[row + c]!);
      }
    }
    this.next = next;
    this.outputs = outputs;
  }

  /** Marks in `hit` every owner with a keyword in `text`; returns how many were newly marked. */
  scan(text: string, hit: Uint8Array): number {
    const { next, outputs, classes, width } = this;
    let row = 0;
    let marked = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      row = next[row + (code < 128 ? classes[code]! : 0)]!;
      if (row >= 0) continue;
      row = ~row;
      for (const owner of outputs[row / width]!) {
        if (hit[owner] === 0) {
          hit[owner] = 1;
          marked++;
        }
      }
    }
    return marked;
  }
}
