/**
 * Aho-Corasick automaton over the rules' keywords: one pass over the text
 * tells which rules have a keyword present, however many rules there are.
 * Matching is ASCII case-insensitive; keywords are ASCII.
 */
const ALPHABET = 128;

export class KeywordMatcher {
  private readonly delta: Int32Array;
  /** Owners (rule indices) of the keywords that end in each state, following failure links. */
  private readonly outputs: number[][];
  /** 1 for states where a keyword ends: the hot loop tests a byte, not an array. */
  private readonly accepting: Uint8Array;

  constructor(keywordsByOwner: readonly (readonly string[])[]) {
    const capacity = 1 + keywordsByOwner.reduce((sum, keywords) => sum + keywords.reduce((n, k) => n + k.length, 0), 0);
    // The trie, then the full automaton, in one table: -1 marks a missing trie edge.
    const delta = new Int32Array(capacity * ALPHABET).fill(-1);
    const own: number[][] = [[]];
    keywordsByOwner.forEach((keywords, owner) => {
      for (const keyword of keywords) {
        let state = 0;
        for (const ch of keyword.toLowerCase()) {
          const code = ch.charCodeAt(0);
          if (code >= ALPHABET) throw new Error(`keyword "${keyword}" is not ASCII`);
          if (delta[state * ALPHABET + code] === -1) {
            delta[state * ALPHABET + code] = own.length;
            own.push([]);
          }
          state = delta[state * ALPHABET + code]!;
        }
        own[state]!.push(owner);
      }
    });
    const count = own.length;
    const fail = new Int32Array(count);
    const outputs: number[][] = own.map((owners) => [...new Set(owners)]);
    const queue: number[] = [];
    for (let code = 0; code < ALPHABET; code++) {
      const next = delta[code]!;
      if (next === -1) delta[code] = 0;
      else queue.push(next);
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      const inherited = outputs[fail[state]!]!;
      if (inherited.length) outputs[state] = [...new Set([...outputs[state]!, ...inherited])];
      const row = state * ALPHABET;
      const failRow = fail[state]! * ALPHABET;
      for (let code = 0; code < ALPHABET; code++) {
        const next = delta[row + code]!;
        if (next === -1) {
          delta[row + code] = delta[failRow + code]!;
        } else {
          fail[next] = delta[failRow + code]!;
          queue.push(next);
        }
      }
    }
    // Fold upper case onto lower case so the hot loop does no case conversion.
    for (let state = 0; state < count; state++) {
      for (let code = 65; code <= 90; code++) delta[state * ALPHABET + code] = delta[state * ALPHABET + code + 32]!;
    }
    this.delta = delta.subarray(0, count * ALPHABET);
    this.outputs = outputs;
    this.accepting = Uint8Array.from(outputs, (owners) => (owners.length ? 1 : 0));
  }

  /** Marks in `hit` every owner with a keyword in `text`; returns how many were newly marked. */
  scan(text: string, hit: Uint8Array): number {
    const { delta, outputs, accepting } = this;
    let state = 0;
    let marked = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      state = code < ALPHABET ? delta[(state << 7) | code]! : 0; // ALPHABET is 128
      if (accepting[state] === 0) continue;
      for (const owner of outputs[state]!) {
        if (hit[owner] === 0) {
          hit[owner] = 1;
          marked++;
        }
      }
    }
    return marked;
  }
}
