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

  constructor(keywordsByOwner: readonly (readonly string[])[]) {
    const goto: Map<number, number>[] = [new Map()];
    const own: number[][] = [[]];
    keywordsByOwner.forEach((keywords, owner) => {
      for (const keyword of keywords) {
        let state = 0;
        for (const ch of keyword.toLowerCase()) {
          const code = ch.charCodeAt(0);
          if (code >= ALPHABET) throw new Error(`keyword "${keyword}" is not ASCII`);
          let next = goto[state]!.get(code);
          if (next === undefined) {
            next = goto.length;
            goto.push(new Map());
            own.push([]);
            goto[state]!.set(code, next);
          }
          state = next;
        }
        own[state]!.push(owner);
      }
    });
    const count = goto.length;
    const delta = new Int32Array(count * ALPHABET);
    const fail = new Int32Array(count);
    const outputs: number[][] = own.map((owners) => [...new Set(owners)]);
    const queue: number[] = [];
    for (const [code, next] of goto[0]!) {
      delta[code] = next;
      queue.push(next);
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      const inherited = outputs[fail[state]!]!;
      if (inherited.length) outputs[state] = [...new Set([...outputs[state]!, ...inherited])];
      for (let code = 0; code < ALPHABET; code++) {
        const next = goto[state]!.get(code);
        if (next === undefined) {
          delta[state * ALPHABET + code] = delta[fail[state]! * ALPHABET + code]!;
        } else {
          delta[state * ALPHABET + code] = next;
          fail[next] = delta[fail[state]! * ALPHABET + code]!;
          queue.push(next);
        }
      }
    }
    // Fold upper case onto lower case so the hot loop does no case conversion.
    for (let state = 0; state < count; state++) {
      for (let code = 65; code <= 90; code++) delta[state * ALPHABET + code] = delta[state * ALPHABET + code + 32]!;
    }
    this.delta = delta;
    this.outputs = outputs;
  }

  /** Marks in `hit` every owner with a keyword in `text`; returns how many were newly marked. */
  scan(text: string, hit: Uint8Array): number {
    const { delta, outputs } = this;
    let state = 0;
    let marked = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      state = code < ALPHABET ? delta[state * ALPHABET + code]! : 0;
      const owners = outputs[state]!;
      if (owners.length === 0) continue;
      for (const owner of owners) {
        if (hit[owner] === 0) {
          hit[owner] = 1;
          marked++;
        }
      }
    }
    return marked;
  }
}
