// Inputs for the fuzz run: seeds mutated by a seeded generator, so that (seed, target, iteration)
// always gives the same input and a crash or a hang can be replayed from the report alone.
import { prng } from '../bench/generate.mjs';

/** Text that parsers, decoders and rules treat specially: headers, escapes, encodings, key prefixes, odd code points. */
const TOKENS = [
  '\n', '\r\n', '\r', '\0', '\t', ' ', '"', "'", '\\', '`', '$', '{', '}', '[', ']', ':', '=', '-', '+', '#', '&', '*', '!', '|', '>',
  '@@', '@@ -1,2 +1,3 @@', '@@ -0,0 +1 @@', 'diff --git a/x b/x', '+++ b/', '--- a/', '\\ No newline at end of file',
  'rename from ', 'rename to ', 'Binary files a/x and b/x differ', 'GIT binary patch', 'new file mode 100644', '\0sha\0a\0e\0d\0s',
  '%41', '%2', '&#65;', '&#x41;', '&amp;', '\\u0041', '\\x41', '\\"', 'ghp_', 'sk-ant-api03-', 'sk-proj-', 'AKIA', 'xoxb-',
  '-----BEGIN RSA PRIVATE KEY-----', '-----END RSA PRIVATE KEY-----', 'password=', 'api_key: ', 'eyJ', 'aGVsbG8gd29ybGQgaGVsbG8=',
  '&a ', '*a', '<<: *a', '!!binary ', '!!js/function ', '---', '...', '- ', '? ', '{{ x }}', '${X}',
  'é', '日本', '🔑', '\ufeff', '\ud800', '\udfff', '\uffff', '\u2028', 'null', '~', '1e309', '-1', '0', '99999999999999999999',
  'extends: ', '/dev/zero', '/dev/stdin', '../..', 'rules:', 'custom:', 'allow:', 'values:', 'pattern: ', 'exclude:', 'maxFileSize: ', '<<<<<<< HEAD', '=======',
];

const MUTATORS = [
  // Replace, insert or delete.
  (text, r) => {
    const at = pos(text, r);
    return text.slice(0, at) + pick(TOKENS, r) + text.slice(at + 1);
  },
  (text, r) => {
    const at = pos(text, r);
    return text.slice(0, at) + pick(TOKENS, r) + text.slice(at);
  },
  (text, r) => {
    const [a, b] = range(text, r);
    return text.slice(0, a) + text.slice(b);
  },
  // Copy a piece elsewhere, or paste a piece of another seed.
  (text, r) => {
    const [a, b] = range(text, r);
    const at = pos(text, r);
    return text.slice(0, at) + text.slice(a, b) + text.slice(at);
  },
  (text, r, seeds) => {
    const other = pick(seeds, r);
    const [a, b] = range(other, r);
    const at = pos(text, r);
    return text.slice(0, at) + other.slice(a, b) + text.slice(at);
  },
  // A piece repeated many times: what makes work grow faster than the input, if anything does.
  (text, r) => {
    const [a, b] = range(text, r);
    const piece = text.slice(a, Math.min(b, a + 64)) || pick(TOKENS, r);
    return text.slice(0, a) + piece.repeat(1 + Math.floor(r() ** 3 * 20000)) + text.slice(a);
  },
  // Numbers (hunk counts, line numbers, sizes) changed to edge values.
  (text, r) => text.replace(/\d+/, () => pick(['0', '1', '-1', '2147483648', '99999999999999999999', String(Math.floor(r() * 1000))], r)),
  // A character one code away, and two lines swapped.
  (text, r) => {
    const at = pos(text, r);
    return text.slice(0, at) + String.fromCharCode((text.charCodeAt(at) + (r() < 0.5 ? 1 : 65535)) % 65536) + text.slice(at + 1);
  },
  (text, r) => {
    const lines = text.split('\n');
    const i = Math.floor(r() * lines.length);
    const j = Math.floor(r() * lines.length);
    [lines[i], lines[j]] = [lines[j], lines[i]];
    return lines.join('\n');
  },
];

/** The input of one iteration: a seed mutated one to eight times, or now and then plain random text. */
export function inputFor(seeds, seed, iteration, maxLength) {
  const r = prng(seed * 1_000_003 + iteration);
  if (r() < 0.05) return Array.from({ length: Math.floor(r() * 2000) }, () => String.fromCharCode(Math.floor(r() ** 2 * 0x3000))).join('');
  let text = pick(seeds, r);
  const rounds = 1 + Math.floor(r() * 8);
  for (let i = 0; i < rounds; i++) text = pick(MUTATORS, r)(text, r, seeds).slice(0, maxLength);
  return text;
}

const pick = (list, r) => list[Math.floor(r() * list.length)];
const pos = (text, r) => Math.floor(r() * (text.length + 1));
function range(text, r) {
  const a = pos(text, r);
  return [a, Math.min(text.length, a + Math.floor(r() ** 2 * 200))];
}
