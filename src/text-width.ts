/**
 * How many terminal columns a string takes: the bundle's `string-width`, which the argument parser's help
 * layout asks for. The package builds two `Intl.Segmenter`s when it loads and walks grapheme clusters, which
 * cost every run with a flag some 60 ms; help text needs only code points: escape sequences take no column,
 * combining marks and zero-width characters none, East Asian wide characters and emoji two.
 */
const ESCAPES = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)/g;
const ZERO_WIDTH = /[\p{Mn}\p{Me}\p{Cf}\p{Cc}]/u;
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]/u;

export default function textWidth(text: string): number {
  if (typeof text !== 'string' || text.length === 0) return 0;
  const plain = text.includes('\u001b') ? text.replace(ESCAPES, '') : text;
  if (/^[\x20-\x7e]*$/.test(plain)) return plain.length;
  let width = 0;
  for (const char of plain) {
    if (ZERO_WIDTH.test(char)) continue;
    width += WIDE.test(char) ? 2 : 1;
  }
  return width;
}
