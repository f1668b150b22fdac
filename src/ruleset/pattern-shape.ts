/** What a rule's regex tells of where its matches can lie. */
export interface PatternShape {
  /**
   * The most UTF-16 code units the regex reads from where a match starts: its longest match, each lookaround
   * counted as if it matched text too (a lookbehind reads before the match, a lookahead after it). Infinity
   * when a repetition is unbounded (`*`, `+`, `{n,}`) or a backreference repeats a group.
   */
  maxLength: number;
  /** Every match holds one of the keywords as literal text (ASCII case aside), not only near it. */
  keywordInMatch: boolean;
}

/**
 * Reads a JavaScript regex as rules are compiled (no u or v flag: each character matches one code unit).
 * Sufficient, not exact: a keyword counts as held when every way through the pattern spells it out in a run
 * of pieces that match few texts each (plain characters, small alternations and classes, optional ones).
 */
export function patternShape(source: string, keywords: readonly string[]): PatternShape {
  const parser = new ShapeParser(source, keywords.map((keyword) => keyword.toLowerCase()));
  const shape = parser.disjunction();
  if (parser.at < source.length) throw new Error(`unbalanced ")" at ${parser.at}`);
  return { maxLength: shape.max, keywordInMatch: shape.holds };
}

/** One piece of the pattern. */
interface Piece {
  max: number;
  /** Every match of it holds a keyword. */
  holds: boolean;
  /** Every text it can match, in lower case, when they are few. */
  texts?: string[];
}

const EMPTY: Piece = { max: 0, holds: false, texts: [''] };
const ONE_CHARACTER: Piece = { max: 1, holds: false };
const QUANTIFIER = /^\{(\d+)(?:(,)(\d*))?\}/;
/** Past this many texts, a piece or a run counts as matching anything. */
const MAX_TEXTS = 256;

const product = (a: string[], b: string[]): string[] | undefined =>
  a.length * b.length > MAX_TEXTS ? undefined : [...new Set(a.flatMap((x) => b.map((y) => x + y)))];
const union = (lists: (string[] | undefined)[]): string[] | undefined => {
  if (lists.some((list) => list === undefined)) return undefined;
  const all = [...new Set(lists.flat() as string[])];
  return all.length > MAX_TEXTS ? undefined : all;
};

class ShapeParser {
  at = 0;

  constructor(
    private readonly source: string,
    private readonly keywords: string[],
  ) {}

  /** Alternatives separated by `|`. */
  disjunction(): Piece {
    const alternatives = [this.alternative()];
    while (this.source[this.at] === '|') {
      this.at++;
      alternatives.push(this.alternative());
    }
    if (alternatives.length === 1) return alternatives[0]!;
    return {
      max: Math.max(...alternatives.map((piece) => piece.max)),
      holds: alternatives.every((piece) => piece.holds),
      texts: union(alternatives.map((piece) => piece.texts)),
    };
  }

  /**
   * Pieces up to a `|` or `)`, in sequence: a keyword may be spelled across several in a row, so each run of
   * pieces with few texts is read as the texts it can match, and holds a keyword if every one of them does.
   */
  private alternative(): Piece {
    let max = 0;
    let holds = false;
    let run = [''];
    let texts: string[] | undefined = [''];
    const endRun = () => {
      holds ||= run.every((text) => this.keywords.some((keyword) => text.includes(keyword)));
      run = [''];
    };
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const piece = this.term();
      max += piece.max;
      holds ||= piece.holds;
      texts = texts && piece.texts && product(texts, piece.texts);
      const longer = piece.texts && product(run, piece.texts);
      if (longer) {
        run = longer;
      } else {
        endRun();
        if (piece.texts) run = piece.texts;
      }
    }
    endRun();
    return { max, holds, texts };
  }

  private term(): Piece {
    const ch = this.source[this.at]!;
    if (ch === '^' || ch === '$') {
      this.at++;
      return { max: 0, holds: false };
    }
    return this.quantified(this.atom());
  }

  private atom(): Piece {
    const ch = this.source[this.at]!;
    if (ch === '(') return this.group();
    if (ch === '[') return this.characterClass();
    if (ch === '\\') return this.escape();
    this.at++;
    return ch === '.' ? ONE_CHARACTER : { max: 1, holds: false, texts: [ch.toLowerCase()] };
  }

  private group(): Piece {
    this.at++; // (
    let lookaround = false;
    if (this.source[this.at] === '?') {
      this.at++;
      const kind = this.source[this.at];
      if (kind === '<' && this.source[this.at + 1] !== '=' && this.source[this.at + 1] !== '!') {
        this.at = this.source.indexOf('>', this.at) + 1; // (?<name>
      } else {
        lookaround = kind !== ':';
        this.at += kind === '<' ? 2 : 1;
      }
    }
    const inner = this.disjunction();
    if (this.source[this.at] !== ')') throw new Error('unclosed group');
    this.at++;
    // What a lookaround reads is no part of the match: it holds no keyword of it.
    return lookaround ? { max: inner.max, holds: false } : inner;
  }

  /** `[...]`: one code unit; its texts when it lists a few plain characters (`[_-]`), no range or negation. */
  private characterClass(): Piece {
    const from = ++this.at;
    while (this.at < this.source.length && this.source[this.at] !== ']') this.at += this.source[this.at] === '\\' ? 2 : 1;
    if (this.at >= this.source.length) throw new Error('unclosed character class');
    const body = this.source.slice(from, this.at++);
    const plain = /^(?:[^\\^\]-]|\\[^A-Za-z0-9]|-$)*$/.test(body) && body.length > 0 && body.length <= 16;
    if (!plain) return ONE_CHARACTER;
    const characters = body.replace(/\\(.)/g, '$1').toLowerCase();
    return { max: 1, holds: false, texts: [...new Set(characters)] };
  }

  private escape(): Piece {
    const next = this.source[this.at + 1] ?? '';
    this.at += 2;
    if (next === 'b' || next === 'B') return { max: 0, holds: false };
    // A backreference is as long as its group, which may itself repeat: not worth bounding.
    if ((next >= '1' && next <= '9') || (next === 'k' && this.source[this.at] === '<')) return { max: Infinity, holds: false };
    if (next === 'x') this.at += 2;
    else if (next === 'u') this.at += 4;
    else if (next === 'c') this.at += 1;
    // An escaped sign (`\.`, `\-`, `\/`) is that character; a letter or digit escape is a class or a control code.
    return /^[A-Za-z0-9]$/.test(next) ? ONE_CHARACTER : { max: 1, holds: false, texts: [next] };
  }

  /** A piece repeated: its length times the most repetitions; it holds a keyword only if it cannot be skipped. */
  private quantified(piece: Piece): Piece {
    const ch = this.source[this.at];
    let least: number;
    let most: number;
    if (ch === '*' || ch === '+') {
      [least, most] = [ch === '*' ? 0 : 1, Infinity];
      this.at++;
    } else if (ch === '?') {
      [least, most] = [0, 1];
      this.at++;
    } else if (ch === '{' && QUANTIFIER.test(this.source.slice(this.at))) {
      const [text, low, comma, high] = QUANTIFIER.exec(this.source.slice(this.at))!;
      [least, most] = [Number(low), comma === undefined ? Number(low) : high ? Number(high) : Infinity];
      this.at += text.length;
    } else {
      return piece; // no quantifier (a `{` that starts none is a plain character)
    }
    if (this.source[this.at] === '?') this.at++; // lazy
    const max = piece.max === 0 ? 0 : piece.max * most;
    if (least === 0 && piece.max === 0) return EMPTY;
    let texts: string[] | undefined;
    if (piece.texts && most <= 4) {
      // Every count from least to most: `[_-]?` is '', '_' or '-'.
      let power: string[] | undefined = least === 0 ? [''] : undefined;
      let repeated: string[] | undefined = [''];
      for (let count = 1; count <= most && repeated; count++) {
        repeated = product(repeated, piece.texts);
        if (count >= least) power = union([power ?? [], repeated]);
      }
      texts = repeated && power;
    }
    return { max, holds: least > 0 && piece.holds, texts };
  }
}
