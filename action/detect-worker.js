import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/engine/detect-worker.ts
import { parentPort, workerData } from "node:worker_threads";

// src/engine/ascii-codes.ts
var SHARED_MAX = 4 * 1024 * 1024;
var shared = Buffer.allocUnsafeSlow(64 * 1024);
function asciiCodes(text) {
  const length = text.length;
  let buffer = shared;
  if (length > buffer.length) {
    buffer = Buffer.allocUnsafeSlow(Math.max(length, Math.min(SHARED_MAX, buffer.length * 2)));
    if (buffer.length <= SHARED_MAX) shared = buffer;
  }
  if (Buffer.byteLength(text, "utf8") === length) {
    buffer.write(text, 0, length, "latin1");
  } else {
    for (let i = 0; i < length; i++) {
      const code = text.charCodeAt(i);
      buffer[i] = code < 128 ? code : 128;
    }
  }
  return buffer.subarray(0, length);
}

// src/engine/checksums.ts
var BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
function toBase62(value, width) {
  let text = "";
  for (let n = value; n > 0; n = Math.floor(n / 62)) text = BASE62[n % 62] + text;
  return text.padStart(width, "0");
}
var checksums = {
  /** GitHub and npm: the last 6 characters are the base62 CRC32 of the 30 random characters before them. */
  "crc32-base62": (secret) => {
    if (secret.length < 36) return false;
    const body = secret.slice(-36, -6);
    return toBase62(process.getBuiltinModule("node:zlib").crc32(body), 6) === secret.slice(-6);
  }
};

// src/engine/keyword-ends.ts
var KeywordEnds = class {
  /** Per owner, the entry of its last recorded end, or -1. */
  last;
  position = new Int32Array(1024);
  /** Per entry, the owner's entry before it, or -1. */
  before = new Int32Array(1024);
  count = 0;
  constructor(owners) {
    this.last = new Int32Array(owners).fill(-1);
  }
  reset() {
    this.last.fill(-1);
    this.count = 0;
  }
  /** Records a keyword of `owner` ending at `index`; ends come in ascending order, once per index and owner. */
  add(owner, index) {
    const previous = this.last[owner];
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
  of(owner) {
    const ends = [];
    for (let entry = this.last[owner]; entry !== -1; entry = this.before[entry]) ends.push(this.position[entry]);
    return ends.reverse();
  }
};
function grown(array) {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

// src/engine/keyword-matcher.ts
var KeywordMatcher = class {
  classes = new Uint8Array(128);
  width;
  /**
   * The automaton's transitions, as the offset of the next state's row (state * width) so that the hot loop
   * multiplies nothing; bitwise negated where a keyword ends in that state, so that it tests one sign.
   */
  next;
  /** Owners (rule indices) of the keywords that end in each state, following failure links. */
  outputs;
  constructor(keywordsByOwner) {
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
    for (let code = 65; code <= 90; code++) this.classes[code] = this.classes[code + 32];
    this.width = width;
    const children = [[]];
    const own = [[]];
    keywords.forEach((list, owner) => {
      for (const keyword of list) {
        let state = 0;
        for (const ch of keyword) {
          const c = this.classes[ch.charCodeAt(0)];
          const edges = children[state];
          let child = -1;
          for (let e = 0; e < edges.length; e += 2) if (edges[e] === c) child = edges[e + 1];
          if (child === -1) {
            child = own.length;
            edges.push(c, child);
            children.push([]);
            own.push([]);
          }
          state = child;
        }
        own[state].push(owner);
      }
    });
    const states = own.length;
    const fail = new Int32Array(states);
    const accepting = new Uint8Array(states);
    const outputs = own.map((owners) => owners.length > 1 ? [...new Set(owners)] : owners);
    const next = new Int32Array(states * width);
    const encode = (state) => accepting[state] ? ~(state * width) : state * width;
    const queue = [0];
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head];
      const row = state * width;
      if (state !== 0) next.copyWithin(row, fail[state] * width, fail[state] * width + width);
      const edges = children[state];
      for (let e = 0; e < edges.length; e += 2) {
        const c = edges[e];
        const child = edges[e + 1];
        const target = state === 0 ? 0 : next[row + c];
        fail[child] = target < 0 ? ~target / width : target / width;
        accepting[child] = own[child].length > 0 || accepting[fail[child]] ? 1 : 0;
        const inherited = outputs[fail[child]];
        if (inherited.length) outputs[child] = [.../* @__PURE__ */ new Set([...outputs[child], ...inherited])];
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
  scan(codes, hit, ends) {
    const { next, outputs, classes, width } = this;
    let row = 0;
    let marked = 0;
    for (let i = 0; i < codes.length; i++) {
      const code = codes[i];
      row = next[row + (code < 128 ? classes[code] : 0)];
      if (row >= 0) continue;
      row = ~row;
      for (const owner of outputs[row / width]) {
        if (hit[owner] === 0) {
          hit[owner] = 1;
          marked++;
        }
        ends?.add(owner, i);
      }
    }
    return marked;
  }
};

// src/errors.ts
var ScanError = class extends Error {
  constructor(message, hint, options) {
    super(message, options);
    this.hint = hint;
    this.name = new.target.name;
  }
  hint;
};
var RuleError = class extends ScanError {
};

// src/ruleset/pattern-shape.ts
function patternShape(source, keywords) {
  const parser = new ShapeParser(source, keywords.map((keyword) => keyword.toLowerCase()));
  const shape = parser.disjunction();
  if (parser.at < source.length) throw new Error(`unbalanced ")" at ${parser.at}`);
  return { maxLength: shape.max, keywordInMatch: shape.holds };
}
var EMPTY = { max: 0, holds: false, texts: [""] };
var ONE_CHARACTER = { max: 1, holds: false };
var QUANTIFIER = /^\{(\d+)(?:(,)(\d*))?\}/;
var MAX_TEXTS = 256;
var product = (a, b) => a.length * b.length > MAX_TEXTS ? void 0 : [...new Set(a.flatMap((x) => b.map((y) => x + y)))];
var union = (lists) => {
  if (lists.some((list) => list === void 0)) return void 0;
  const all = [...new Set(lists.flat())];
  return all.length > MAX_TEXTS ? void 0 : all;
};
var ShapeParser = class {
  constructor(source, keywords) {
    this.source = source;
    this.keywords = keywords;
  }
  source;
  keywords;
  at = 0;
  /** Alternatives separated by `|`. */
  disjunction() {
    const alternatives = [this.alternative()];
    while (this.source[this.at] === "|") {
      this.at++;
      alternatives.push(this.alternative());
    }
    if (alternatives.length === 1) return alternatives[0];
    return {
      max: Math.max(...alternatives.map((piece) => piece.max)),
      holds: alternatives.every((piece) => piece.holds),
      texts: union(alternatives.map((piece) => piece.texts))
    };
  }
  /**
   * Pieces up to a `|` or `)`, in sequence: a keyword may be spelled across several in a row, so each run of
   * pieces with few texts is read as the texts it can match, and holds a keyword if every one of them does.
   */
  alternative() {
    let max = 0;
    let holds = false;
    let run = [""];
    let texts = [""];
    const endRun = () => {
      holds ||= run.every((text) => this.keywords.some((keyword) => text.includes(keyword)));
      run = [""];
    };
    while (this.at < this.source.length && this.source[this.at] !== "|" && this.source[this.at] !== ")") {
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
  term() {
    const ch = this.source[this.at];
    if (ch === "^" || ch === "$") {
      this.at++;
      return { max: 0, holds: false };
    }
    return this.quantified(this.atom());
  }
  atom() {
    const ch = this.source[this.at];
    if (ch === "(") return this.group();
    if (ch === "[") return this.characterClass();
    if (ch === "\\") return this.escape();
    this.at++;
    return ch === "." ? ONE_CHARACTER : { max: 1, holds: false, texts: [ch.toLowerCase()] };
  }
  group() {
    this.at++;
    let lookaround = false;
    if (this.source[this.at] === "?") {
      this.at++;
      const kind = this.source[this.at];
      if (kind === "<" && this.source[this.at + 1] !== "=" && this.source[this.at + 1] !== "!") {
        this.at = this.source.indexOf(">", this.at) + 1;
      } else {
        lookaround = kind !== ":";
        this.at += kind === "<" ? 2 : 1;
      }
    }
    const inner = this.disjunction();
    if (this.source[this.at] !== ")") throw new Error("unclosed group");
    this.at++;
    return lookaround ? { max: inner.max, holds: false } : inner;
  }
  /** `[...]`: one code unit; its texts when it lists a few plain characters (`[_-]`), no range or negation. */
  characterClass() {
    const from = ++this.at;
    while (this.at < this.source.length && this.source[this.at] !== "]") this.at += this.source[this.at] === "\\" ? 2 : 1;
    if (this.at >= this.source.length) throw new Error("unclosed character class");
    const body = this.source.slice(from, this.at++);
    const plain = /^(?:[^\\^\]-]|\\[^A-Za-z0-9]|-$)*$/.test(body) && body.length > 0 && body.length <= 16;
    if (!plain) return ONE_CHARACTER;
    const characters = body.replace(/\\(.)/g, "$1").toLowerCase();
    return { max: 1, holds: false, texts: [...new Set(characters)] };
  }
  escape() {
    const next = this.source[this.at + 1] ?? "";
    this.at += 2;
    if (next === "b" || next === "B") return { max: 0, holds: false };
    if (next >= "1" && next <= "9" || next === "k" && this.source[this.at] === "<") return { max: Infinity, holds: false };
    if (next === "x") this.at += 2;
    else if (next === "u") this.at += 4;
    else if (next === "c") this.at += 1;
    return /^[A-Za-z0-9]$/.test(next) ? ONE_CHARACTER : { max: 1, holds: false, texts: [next] };
  }
  /** A piece repeated: its length times the most repetitions; it holds a keyword only if it cannot be skipped. */
  quantified(piece) {
    const ch = this.source[this.at];
    let least;
    let most;
    if (ch === "*" || ch === "+") {
      [least, most] = [ch === "*" ? 0 : 1, Infinity];
      this.at++;
    } else if (ch === "?") {
      [least, most] = [0, 1];
      this.at++;
    } else if (ch === "{" && QUANTIFIER.test(this.source.slice(this.at))) {
      const [text, low, comma, high] = QUANTIFIER.exec(this.source.slice(this.at));
      [least, most] = [Number(low), comma === void 0 ? Number(low) : high ? Number(high) : Infinity];
      this.at += text.length;
    } else {
      return piece;
    }
    if (this.source[this.at] === "?") this.at++;
    const max = piece.max === 0 ? 0 : piece.max * most;
    if (least === 0 && piece.max === 0) return EMPTY;
    let texts;
    if (piece.texts && most <= 4) {
      let power = least === 0 ? [""] : void 0;
      let repeated = [""];
      for (let count = 1; count <= most && repeated; count++) {
        repeated = product(repeated, piece.texts);
        if (count >= least) power = union([power ?? [], repeated]);
      }
      texts = repeated && power;
    }
    return { max, holds: least > 0 && piece.holds, texts };
  }
};

// src/ruleset/regex-safety.ts
function compileRegex(pattern, flags = "", { now = true } = {}) {
  try {
    const regex = new RegExp(pattern, flags);
    if (now) {
      regex.test("");
      regex.lastIndex = 0;
    }
    return regex;
  } catch (error) {
    throw new SyntaxError(error.message.replace(/^Invalid regular expression: \/[\s\S]*\/[a-z]*: /, ""));
  }
}

// src/ruleset/compile.ts
var CONFIDENCE_RANK = { high: 3, medium: 2, low: 1 };
function compileRule(spec) {
  let regex;
  try {
    regex = compileRegex(spec.pattern, `gd${spec.flags ?? ""}`, { now: false });
  } catch (error) {
    throw new RuleError(`rule ${spec.id}${where(spec)}: pattern does not compile: ${error.message}`);
  }
  let reach;
  return {
    id: spec.id,
    description: spec.description,
    keywords: spec.keywords.map((k) => k.toLowerCase()),
    regex,
    entropy: spec.entropy ?? 0,
    confidence: spec.confidence ?? "high",
    checksum: spec.checksum === void 0 ? void 0 : checksums[spec.checksum],
    rotate: spec.rotate,
    tags: spec.tags ?? [],
    // Worked out when the rule first has a keyword in a text: most rules never do in a hook's commit.
    get reach() {
      reach ??= reachOf(spec.pattern, spec.keywords);
      return reach;
    }
  };
}
function reachOf(pattern, keywords) {
  try {
    const shape = patternShape(pattern, keywords);
    return shape.keywordInMatch ? shape.maxLength : Infinity;
  } catch {
    return Infinity;
  }
}
function compileRules(specs2) {
  const rules = specs2.map(compileRule);
  const matcher = new KeywordMatcher(rules.map((rule) => rule.keywords));
  const keywordless = rules.flatMap((rule, index) => rule.keywords.length === 0 ? [index] : []);
  const ranks = new Map(rules.map((rule) => [rule.id, CONFIDENCE_RANK[rule.confidence] * 2 + (rule.tags.includes("generic") ? 0 : 1)]));
  const ids = new Set(rules.map((rule) => rule.id));
  const keywordEnds = new KeywordEnds(rules.length);
  return {
    rules,
    has: (id) => ids.has(id),
    candidates(text) {
      const hit = new Uint8Array(rules.length);
      for (const index of keywordless) hit[index] = 1;
      keywordEnds.reset();
      matcher.scan(asciiCodes(text), hit, keywordEnds);
      return { hit, keywordEnds };
    },
    rank: (ruleId) => ranks.get(ruleId) ?? 0
  };
}
var where = (spec) => spec.source ? ` (${spec.source})` : "";

// src/engine/decode/random-bytes.ts
var SEXTETS = new Uint8Array(128);
[..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"].forEach((ch, value) => SEXTETS[ch.charCodeAt(0)] = value);
for (const [ch, value] of [["+", 62], ["/", 63], ["-", 62], ["_", 63]]) SEXTETS[ch.charCodeAt(0)] = value;
var PROBE_CHARS = 16;
var isOddByte = (byte) => byte < 32 && byte !== 9 && byte !== 10 && byte !== 13 || byte > 126;
function startsAsText(codes, start) {
  let odd = 0;
  for (let i = start; i < start + PROBE_CHARS; i += 4) {
    const bits = SEXTETS[codes[i]] << 18 | SEXTETS[codes[i + 1]] << 12 | SEXTETS[codes[i + 2]] << 6 | SEXTETS[codes[i + 3]];
    odd += Number(isOddByte(bits >>> 16)) + Number(isOddByte(bits >>> 8 & 255)) + Number(isOddByte(bits & 255));
  }
  return odd <= 1;
}
var HEX_VALUES = new Uint8Array(128);
for (const ch of "0123456789abcdef") HEX_VALUES[ch.charCodeAt(0)] = HEX_VALUES[ch.toUpperCase().charCodeAt(0)] = Number.parseInt(ch, 16);
function isBrokenUtf8(codes, start, end) {
  let continuations = 0;
  for (let i = start; i + 1 < end; i += 2) {
    const byte = HEX_VALUES[codes[i]] << 4 | HEX_VALUES[codes[i + 1]];
    if (byte >= 128 && byte <= 191) {
      if (continuations === 0) return true;
      continuations--;
    } else if (continuations > 0 || byte === 192 || byte === 193 || byte > 244) {
      return true;
    } else if (byte >= 194) {
      continuations = byte < 224 ? 1 : byte < 240 ? 2 : 3;
    }
  }
  return continuations > 0;
}

// src/engine/decode/encoded-runs.ts
var BASE64_BIT = 1;
var ALNUM_BIT = 2;
var HEX_BIT = 4;
var CLASSES = new Uint8Array(128);
for (const ch of "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") CLASSES[ch.charCodeAt(0)] = BASE64_BIT | ALNUM_BIT;
for (const ch of "+/_-") CLASSES[ch.charCodeAt(0)] = BASE64_BIT;
for (const ch of "0123456789abcdefABCDEF") CLASSES[ch.charCodeAt(0)] |= HEX_BIT;
var MIN_BASE64 = 24;
var MIN_HEX = 32;
var MAX_RUN = 65536;
function isIn(codes, at, bit) {
  const code = codes[at];
  return code < 128 && (CLASSES[code] & bit) !== 0;
}
function forEachRun(codes, bit, min, from, to, visit) {
  let floor = from;
  for (let probe = from + min - 1; probe < to; ) {
    if (!isIn(codes, probe, bit)) {
      probe += min;
      continue;
    }
    let start = probe;
    while (start > floor && isIn(codes, start - 1, bit)) start--;
    let end = probe + 1;
    while (end < to && isIn(codes, end, bit)) end++;
    if (end - start >= min) visit(start, end);
    floor = end;
    probe = end + min;
  }
}
function findEncodedRuns(text) {
  const codes = asciiCodes(text);
  const runs = { base64: [], hex: [] };
  const addHex = (start, end) => {
    const length = end - start;
    const whole = (start === 0 || !isIn(codes, start - 1, ALNUM_BIT)) && (end === codes.length || !isIn(codes, end, ALNUM_BIT));
    if (whole && length <= MAX_RUN && length % 2 === 0 && !isBrokenUtf8(codes, start, end)) runs.hex.push([start, end]);
  };
  forEachRun(codes, BASE64_BIT, MIN_BASE64, 0, codes.length, (start, end) => {
    if (end - start <= MAX_RUN && startsAsText(codes, start)) {
      let padded = end;
      while (padded < codes.length && padded - end < 2 && codes[padded] === 61) padded++;
      runs.base64.push([start, padded]);
    }
    if (end - start >= MIN_HEX) forEachRun(codes, HEX_BIT, MIN_HEX, start, end, addHex);
  });
  return runs;
}

// src/engine/decode/decoders.ts
var MAX_TOKEN = 4096;
var lastText;
var lastRuns = { base64: [], hex: [] };
function encodedRuns(text) {
  if (text !== lastText) {
    lastRuns = findEncodedRuns(text);
    lastText = text;
  }
  return lastRuns;
}
function tokensWith(lead, marker, delimiters) {
  return (text) => {
    const spans = [];
    let covered = -1;
    for (let at = text.indexOf(lead); at !== -1; ) {
      marker.lastIndex = at;
      if (!marker.test(text)) {
        at = text.indexOf(lead, at + 1);
        continue;
      }
      const markerEnd = marker.lastIndex;
      if (at >= covered) {
        let start = at;
        while (start > 0 && at - start < MAX_TOKEN && !delimiters.test(text[start - 1])) start--;
        let end = markerEnd;
        while (end < text.length && end - at < MAX_TOKEN && !delimiters.test(text[end])) end++;
        spans.push([start, end]);
        covered = end;
      }
      at = text.indexOf(lead, markerEnd);
    }
    return spans;
  };
}
var MIN_PRINTABLE_RATIO = 0.95;
function isPrintableText(text) {
  if (text.length === 0 || text.includes("\uFFFD")) return false;
  let printable = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 32 && code !== 127 || code === 9 || code === 10 || code === 13) printable++;
  }
  return printable / text.length >= MIN_PRINTABLE_RATIO;
}
function printableOrUndefined(text) {
  return isPrintableText(text) ? text : void 0;
}
var base64 = {
  name: "base64",
  // Standard or URL-safe alphabet, with or without padding; long enough to hide a key.
  find: (text) => encodedRuns(text).base64,
  decode(encoded) {
    if (/^[0-9a-fA-F]+$/.test(encoded) || /^[A-Za-z]+$/.test(encoded)) return void 0;
    const normalized = encoded.replace(/-/g, "+").replace(/_/g, "/").replace(/=+$/, "");
    if (normalized.length % 4 === 1) return void 0;
    return printableOrUndefined(Buffer.from(normalized, "base64").toString("utf8"));
  }
};
var hex = {
  name: "hex",
  find: (text) => encodedRuns(text).hex,
  decode(encoded) {
    return printableOrUndefined(Buffer.from(encoded, "hex").toString("utf8"));
  }
};
var percent = {
  name: "percent",
  find: tokensWith("%", /%[0-9A-Fa-f]{2}/y, /[\s"'<>`]/),
  decode(encoded) {
    try {
      return printableOrUndefined(decodeURIComponent(encoded.replace(/\+/g, " ")));
    } catch {
      return void 0;
    }
  }
};
var ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", sol: "/", colon: ":", equals: "=", plus: "+", lowbar: "_", hyphen: "-", period: "." };
var htmlEntities = {
  name: "html",
  find: tokensWith("&", /&(?:#[0-9]{1,7}|#x[0-9A-Fa-f]{1,6}|[a-z]{2,8});/y, /[\s<>]/),
  decode(encoded) {
    return printableOrUndefined(
      encoded.replace(/&(#[0-9]{1,7}|#x[0-9A-Fa-f]{1,6}|[a-z]{2,8});/g, (whole, body) => {
        if (body.startsWith("#x")) return String.fromCodePoint(Number.parseInt(body.slice(2), 16));
        if (body.startsWith("#")) return String.fromCodePoint(Number.parseInt(body.slice(1), 10));
        return ENTITIES[body] ?? whole;
      })
    );
  }
};
var ESCAPES = { n: "\n", r: "\r", t: "	", '"': '"', "'": "'", "/": "/", "\\": "\\" };
var stringEscapes = {
  name: "escape",
  find: tokensWith("\\", /\\(?:u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|[/"\\])/y, /[\s'`]/),
  decode(encoded) {
    return printableOrUndefined(
      encoded.replace(
        /\\(u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|[nrt"'/\\])/g,
        (_, body) => body.length > 1 ? String.fromCharCode(Number.parseInt(body.slice(1), 16)) : ESCAPES[body] ?? body
      )
    );
  }
};
var decoders = [base64, hex, percent, htmlEntities, stringEscapes];

// src/engine/decode/decoded-layers.ts
function decodedLayers(text, depth, budget) {
  if (depth <= 0) return [];
  const layers = [];
  for (const decoder of decoders) {
    for (const [start, end] of decoder.find(text)) {
      if (budget.bytes <= 0) return layers;
      const encoded = text.slice(start, end);
      const decoded = decoder.decode(encoded);
      if (decoded === void 0 || decoded === encoded) continue;
      budget.bytes -= decoded.length;
      layers.push({ start, end, decoded, names: [decoder.name] });
      for (const inner of decodedLayers(decoded, depth - 1, budget)) {
        const nested = decoded.slice(0, inner.start) + inner.decoded + decoded.slice(inner.end);
        layers.push({ start, end, decoded: nested, names: [decoder.name, ...inner.names] });
      }
    }
  }
  return layers;
}

// src/engine/value-shape.ts
var MEMBER_EXPRESSION = /^[A-Za-z_$][\w$]*(?:(?:[?!]?\.|::|->)[A-Za-z_$][\w$]*)+(?:[?!]|\??\.)?$/;
var URL = /^[a-z][a-z0-9+.-]*:\/\//i;
var DATA_URI = /^data:[a-z]+\/[a-z0-9.+-]+[;,]/i;
var UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
var DIGEST = /^(?:sha(?:1|224|256|384|512)|md5|blake2b?|xxh64)[:-]/i;
var LOWERCASE_PATH = /^(?:~|\.{1,2})?(?:\/[a-z0-9_.-]{1,40}){2,}\/?$/;
var WORDS = /^[a-z]+(?:[-_.][a-z]+)*[0-9]?$/;
var IDENTIFIER = /^[A-Za-z][a-z]+(?:[A-Z][a-z]+)*[0-9]{0,4}$/;
var SHORT = 16;
function looksLikeSecretValue(value) {
  if (!value.startsWith("eyJ") && MEMBER_EXPRESSION.test(value) || URL.test(value) || DATA_URI.test(value) || UUID.test(value)) return false;
  if (DIGEST.test(value) || LOWERCASE_PATH.test(value) || WORDS.test(value) || IDENTIFIER.test(value)) return false;
  if (/^[A-Za-z]+$/.test(value)) return isRandomLetters(value);
  return value.length >= SHORT || characterClasses(value) >= 3;
}
function characterClasses(value) {
  return [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((kind) => kind.test(value)).length;
}
function isRandomLetters(value) {
  if (value.length < 20) return false;
  let upper = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 65 && code <= 90) upper++;
  }
  const ratio = upper / value.length;
  return ratio >= 0.25 && ratio <= 0.75;
}

// src/engine/assignment-context.ts
var NOT_SECRET_NAME = /public|publishable|(?:^|[_.-])pub(?:lic)?[_.-]|key_?id$|_id$|[a-z]Id$|_ids?$|url$|uri$|path$|file$|name$|length$|size$|ttl$|expir|type$|header$|field$|param$|version$|enabled$|count$|prefix$|format$|algorithm$|_alg$|location$|policy$/i;
var NAME_CHAR = /[A-Za-z0-9_.-]/;
var MINIFIED_LINE = 1e3;
var ENV_STYLE_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;
function isLikelyContextSecret(place) {
  if (!looksLikeSecretValue(place.secret)) return false;
  const name = assignedName(place.text, place.matchStart);
  if (NOT_SECRET_NAME.test(name)) return false;
  return place.lineText.length - place.secret.length <= MINIFIED_LINE || ENV_STYLE_NAME.test(name);
}
function assignedName(text, matchStart) {
  let start = matchStart;
  while (start > 0 && start > matchStart - 80 && NAME_CHAR.test(text[start - 1])) start--;
  let end = matchStart;
  while (end < text.length && end < matchStart + 80 && NAME_CHAR.test(text[end])) end++;
  return text.slice(start, end).replace(/^[.-]+|[.-]+$/g, "");
}

// src/engine/entropy.ts
var counts = new Uint32Array(65536);
function shannonEntropy(value) {
  const length = value.length;
  if (length === 0) return 0;
  for (let i = 0; i < length; i++) counts[value.charCodeAt(i)]++;
  let entropy = 0;
  for (let i = 0; i < length; i++) {
    const code = value.charCodeAt(i);
    const count = counts[code];
    if (count === 0) continue;
    const p = count / length;
    entropy -= p * Math.log2(p);
    counts[code] = 0;
  }
  return entropy;
}

// src/engine/fingerprint.ts
var sha256 = (text) => process.getBuiltinModule("node:crypto").createHash("sha256").update(text).digest("hex");
function hashSecret(secret) {
  return sha256(secret);
}
function fingerprintOf(ruleId, file, secretHash, commit) {
  return sha256([ruleId, file, secretHash, commit ?? ""].join("\0")).slice(0, 24);
}

// src/engine/inline-allow.ts
var OWN_MARKER = "leakguard:allow";
var SAME_LINE_MARKERS = ["gitleaks:allow", "pragma: allowlist secret"];
var NEXT_LINE_MARKER = "pragma: allowlist nextline secret";
var REASON_SEPARATOR = /(?:^|\s)--(?:\s|$)/;
function isAllowedInline(line, previousLine, ruleId, isRuleId) {
  if (SAME_LINE_MARKERS.some((marker) => line.includes(marker))) return true;
  if (previousLine?.includes(NEXT_LINE_MARKER)) return true;
  const at = line.indexOf(OWN_MARKER);
  if (at === -1) return false;
  const scope = allowedRules(line.slice(at + OWN_MARKER.length), isRuleId);
  return scope === "all" || scope.includes(ruleId);
}
function allowedRules(rest, isRuleId) {
  const separator = REASON_SEPARATOR.exec(rest);
  const words = (separator ? rest.slice(0, separator.index) : rest).split(/[\s,]+/).filter(Boolean);
  if (separator) return words.length ? words : "all";
  const named = [];
  for (const word of words) {
    if (!isRuleId(word)) break;
    named.push(word);
  }
  return named.length ? named : "all";
}

// src/engine/location.ts
var LineIndex = class {
  constructor(text) {
    this.text = text;
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
  }
  text;
  starts = [0];
  /** 0-based line of an offset. */
  lineOf(offset) {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = low + high + 1 >> 1;
      if (this.starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }
  columnOf(offset, line) {
    return offset - this.starts[line] + 1;
  }
  /** Offset of a 0-based line and 1-based column. */
  offsetOf(line, column) {
    return this.starts[line] + column - 1;
  }
  lineText(line) {
    const start = this.starts[line];
    const next = this.starts[line + 1];
    let end = next === void 0 ? this.text.length : next - 1;
    if (end > start && this.text.charCodeAt(end - 1) === 13) end--;
    return this.text.slice(start, end);
  }
};

// src/engine/match.ts
function findMatches(rule, text, keywordEnds) {
  const matches = [];
  const reach = rule.reach ?? Infinity;
  if (keywordEnds === void 0 || keywordEnds.length === 0 || reach === Infinity) {
    matchIn(rule.regex, text, 0, 0, text.length, 0, matches);
    return matches;
  }
  for (let k = 0; k < keywordEnds.length; ) {
    const firstTry = Math.max(0, keywordEnds[k] + 1 - reach);
    let end = Math.min(text.length, keywordEnds[k] + 1 + reach);
    for (k++; k < keywordEnds.length && keywordEnds[k] + 1 - reach <= end; k++) end = Math.min(text.length, keywordEnds[k] + 1 + reach);
    matchIn(rule.regex, text, Math.max(0, firstTry - reach), firstTry, end, reach, matches);
  }
  return matches;
}
function matchIn(regex, text, start, firstTry, end, reach, matches) {
  const window = start === 0 && end === text.length ? text : text.slice(start, end);
  const lastStart = end === text.length ? window.length : window.length - reach;
  regex.lastIndex = firstTry - start;
  for (let m = regex.exec(window); m !== null; m = regex.exec(window)) {
    if (m[0].length === 0) regex.lastIndex++;
    if (m.index > lastStart) continue;
    const span = m.indices?.groups?.secret ?? m.indices?.[1];
    const secret = m.groups?.secret ?? m[1];
    if (span === void 0 || secret === void 0 || secret.length === 0) continue;
    matches.push({ secret, start: span[0] + start, end: span[1] + start, matchStart: m.index + start });
  }
}

// src/engine/overlaps.ts
function dropOverlaps(findings, ruleset2) {
  if (findings.length < 2) return findings;
  const ordered = [...findings].sort(
    (a, b) => ruleset2.rank(b.ruleId) - ruleset2.rank(a.ruleId) || Number(b.decoded !== void 0) - Number(a.decoded !== void 0) || spanLength(b) - spanLength(a) || a.ruleId.localeCompare(b.ruleId)
  );
  const kept = [];
  for (const finding of ordered) {
    const last = lastStartingBefore(kept, finding.endLine, finding.endColumn);
    const previous = kept[last];
    if (previous && !atOrBefore(previous.endLine, previous.endColumn, finding.line, finding.column)) continue;
    kept.splice(last + 1, 0, finding);
  }
  return kept;
}
var spanLength = (f) => f.secret.length;
var atOrBefore = (l1, c1, l2, c2) => l1 < l2 || l1 === l2 && c1 <= c2;
function lastStartingBefore(sorted, line, column) {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = low + high >> 1;
    const f = sorted[mid];
    if (atOrBefore(line, column, f.line, f.column)) high = mid;
    else low = mid + 1;
  }
  return low - 1;
}

// src/engine/placeholders.ts
var TEMPLATE = /\$\{|\{\{|\}\}|\$\(|<[^<>\s]{0,40}>|%[A-Za-z_][A-Za-z0-9_]*%|^\$[A-Za-z_][A-Za-z0-9_]*$|^\{[A-Za-z_][A-Za-z0-9_]*\}$|^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;
var REFERENCE = /process\.env|import\.meta\.env|os\.environ|getenv\(|System\.getenv|ENV\[|Deno\.env|secrets\.[A-Za-z_]|^env:|^vault:|^ssm:|^op:\/\/|^arn:aws:(?:secretsmanager|ssm)/i;
var ELIDED = /\.\.\.|\u2026|\*\*\*|xxxxx|XXXXX|\u2022/;
var WORDS2 = /example|placeholder|changeme|change_me|redacted|replace_?me|insert_?your|your[A-Z_-]|^your|dummy/i;
var FILLER_WORDS = new RegExp(`(?<![a-z0-9])(?:your|my|here|goes|put|enter|insert|replace|sample|todo|fixme|foo|bar|baz|qux|none|null|undefined|nil|empty|secret|password|value)(?![a-z0-9])`, "gi");
var WEAK_DEFAULT = /^(?:pass|password|passwd|secret|admin|administrator|root|test|testing|postgres|mysql|redis|rabbitmq|guest|user|username|demo|default|letmein|qwerty|welcome|mongo|sa|dev|local)[0-9!@#$._-]{0,6}$/i;
var SEQUENCES = ["0123456789", "1234567890", "abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "qwertyuiop", "asdfghjkl"];
var SEQUENCE_RUN = 8;
var SAME_CHAR_RUN = 7;
function isPlaceholder(value) {
  if (TEMPLATE.test(value) || REFERENCE.test(value) || ELIDED.test(value) || WORDS2.test(value)) return true;
  if (WEAK_DEFAULT.test(value)) return true;
  if (hasFillerTokens(value) || hasSameCharRun(value) || hasSequence(value) || hasRepeatedUnit(value)) return true;
  return value.length >= 8 && new Set(value).size <= 3;
}
function hasFillerTokens(value) {
  FILLER_WORDS.lastIndex = 0;
  return FILLER_WORDS.test(value) && FILLER_WORDS.test(value);
}
function hasSameCharRun(value) {
  let run = 1;
  for (let i = 1; i < value.length; i++) {
    run = value[i] === value[i - 1] ? run + 1 : 1;
    if (run >= SAME_CHAR_RUN) return true;
  }
  return false;
}
var MAX_UNIT = 8;
var REPEAT_STREAK = 10;
function hasRepeatedUnit(value) {
  for (let unit = 2; unit <= MAX_UNIT; unit++) {
    let streak = 0;
    for (let i = unit; i < value.length; i++) {
      streak = value[i] === value[i - unit] ? streak + 1 : 0;
      if (streak >= REPEAT_STREAK) return true;
    }
  }
  return false;
}
function hasSequence(value) {
  if (value.length < SEQUENCE_RUN) return false;
  for (let i = 0; i + SEQUENCE_RUN <= value.length; i++) {
    const piece = value.slice(i, i + SEQUENCE_RUN);
    if (SEQUENCES.some((sequence) => sequence.includes(piece))) return true;
  }
  return false;
}

// src/engine/detect.ts
var MAX_FINDINGS_PER_RULE = 1e3;
function detect(fragment, ruleset2, options = {}) {
  const { text } = fragment;
  const { hit, keywordEnds } = ruleset2.candidates(text);
  const findings = [];
  let lines;
  let allowedBy;
  let capped = false;
  for (let r = 0; r < ruleset2.rules.length; r++) {
    if (hit[r] === 0) continue;
    const rule = ruleset2.rules[r];
    let reported = 0;
    for (const match of findMatches(rule, text, (rule.reach ?? Infinity) < Infinity ? keywordEnds.of(r) : void 0)) {
      if (reported === MAX_FINDINGS_PER_RULE) {
        capped = true;
        break;
      }
      const entropy = shannonEntropy(match.secret);
      if (entropy < rule.entropy) continue;
      if (rule.checksum && !rule.checksum(match.secret)) continue;
      lines ??= new LineIndex(text);
      const startLine = lines.lineOf(match.start);
      const lineText = lines.lineText(startLine);
      if (rule.confidence !== "high" && !isLikelyContextSecret({ text, matchStart: match.matchStart, secret: match.secret, lineText })) continue;
      if (isPlaceholder(match.secret)) continue;
      const endLine = lines.lineOf(match.end);
      allowedBy ??= allowComments(fragment, lines, ruleset2);
      if (options.inlineAllow !== false && allowedBy(startLine, rule.id)) continue;
      reported++;
      const secretHash = hashSecret(match.secret);
      findings.push({
        ruleId: rule.id,
        description: rule.description,
        file: fragment.path,
        line: fileLine(fragment, startLine),
        column: lines.columnOf(match.start, startLine),
        endLine: fileLine(fragment, endLine),
        endColumn: lines.columnOf(match.end, endLine),
        secret: match.secret,
        lineText,
        secretHash,
        fingerprint: fingerprintOf(rule.id, fragment.path, secretHash, fragment.commit?.sha),
        entropy: Math.round(entropy * 1e3) / 1e3,
        confidence: rule.confidence,
        verified: rule.checksum !== void 0,
        rotate: rule.rotate,
        commit: fragment.commit
      });
    }
  }
  if (capped) hideLines(findings);
  return dropOverlaps(findings, ruleset2);
}
function hideLines(findings) {
  for (const finding of findings) finding.lineText = "";
}
function allowComments(fragment, lines, ruleset2) {
  const answers = /* @__PURE__ */ new Map();
  return (textLine, ruleId) => {
    const key = `${textLine}\0${ruleId}`;
    let allowed = answers.get(key);
    if (allowed === void 0) {
      allowed = isAllowedInline(lines.lineText(textLine), lineBefore(fragment, lines, textLine), ruleId, ruleset2.has);
      answers.set(key, allowed);
    }
    return allowed;
  };
}
function fileLine(fragment, textLine) {
  return fragment.lineMap?.[textLine] ?? fragment.startLine + textLine;
}
function lineBefore(fragment, lines, textLine) {
  if (textLine === 0 || fileLine(fragment, textLine - 1) !== fileLine(fragment, textLine) - 1) return void 0;
  return lines.lineText(textLine - 1);
}

// src/engine/detect-decoded.ts
var DEFAULT_DECODE = { depth: 2, maxBytes: 1 << 20 };
var KEPT_CONTEXT = MINIFIED_LINE;
var CONTEXT_BUDGET = 4;
function detectWithDecoding(fragment, ruleset2, options = DEFAULT_DECODE) {
  const findings = detect(fragment, ruleset2, options);
  let capped = findings.some((finding) => finding.lineText === "");
  const layers = decodedLayers(fragment.text, options.depth, { bytes: options.maxBytes });
  if (layers.length === 0) return findings;
  const seen = new Set(findings.map((f) => `${f.ruleId}\0${f.secretHash}\0${f.line}`));
  const perRule = /* @__PURE__ */ new Map();
  for (const finding of findings) perRule.set(finding.ruleId, (perRule.get(finding.ruleId) ?? 0) + 1);
  const lines = new LineIndex(fragment.text);
  const allowedBy = allowComments(fragment, lines, ruleset2);
  let budget = options.maxBytes * CONTEXT_BUDGET;
  for (const layer of layers) {
    const line = lines.lineOf(layer.start);
    const lineStart = layer.start - lines.columnOf(layer.start, line) + 1;
    const lineEnd = lineStart + lines.lineText(line).length;
    const prefix = fragment.text.slice(Math.max(lineStart, layer.start - KEPT_CONTEXT), layer.start);
    const suffix = layer.end <= lineEnd ? fragment.text.slice(layer.end, Math.min(lineEnd, layer.end + KEPT_CONTEXT)) : "";
    const substituted = { ...fragment, text: prefix + layer.decoded + suffix, startLine: 1, lineMap: void 0 };
    budget -= substituted.text.length;
    if (budget < 0) break;
    const decodedLines = new LineIndex(substituted.text);
    const endLine = lines.lineOf(layer.end);
    for (const finding of detect(substituted, ruleset2, options)) {
      const offset = decodedLines.offsetOf(finding.line - 1, finding.column);
      if (offset < prefix.length || offset >= prefix.length + layer.decoded.length) continue;
      const key = `${finding.ruleId}\0${finding.secretHash}\0${fileLine2(fragment, line)}`;
      const count = perRule.get(finding.ruleId) ?? 0;
      if (seen.has(key) || options.inlineAllow !== false && allowedBy(line, finding.ruleId)) continue;
      if (count >= MAX_FINDINGS_PER_RULE) {
        capped = true;
        continue;
      }
      seen.add(key);
      perRule.set(finding.ruleId, count + 1);
      findings.push({
        ...finding,
        line: fileLine2(fragment, line),
        column: lines.columnOf(layer.start, line),
        endLine: fileLine2(fragment, endLine),
        endColumn: lines.columnOf(layer.end, endLine),
        lineText: lines.lineText(line),
        decoded: layer.names.join("+")
      });
    }
  }
  if (capped) hideLines(findings);
  return dropOverlaps(findings, ruleset2);
}
function fileLine2(fragment, textLine) {
  return fragment.lineMap?.[textLine] ?? fragment.startLine + textLine;
}

// src/engine/detect-worker.ts
var { specs, decode } = workerData;
var ruleset = compileRules(specs);
parentPort.on("message", ({ id, fragments }) => {
  try {
    parentPort.postMessage({ id, findings: fragments.map((fragment) => detectWithDecoding(fragment, ruleset, decode)) });
  } catch (error) {
    parentPort.postMessage({ id, error: error.message });
  }
});
