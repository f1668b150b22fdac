/**
 * Paths as git prints them in diff headers. A path with a control character, a quote or a backslash (or any
 * non-ASCII byte unless core.quotePath is off) is C-quoted: `"dir/new\nline.txt"`, bytes as octal escapes.
 * A plain path is printed as is; in `---`/`+++` lines git adds a tab after a path that holds a space.
 */

const ESCAPES: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };

/** The C-quoted string that opens at `text[start]`: its value and the index after its closing quote. */
export function readQuoted(text: string, start: number): { value: string; end: number } | undefined {
  const bytes: number[] = [];
  let i = start + 1;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"') return { value: Buffer.from(bytes).toString('utf8'), end: i + 1 };
    if (ch === '\\') {
      const octal = /^[0-7]{3}/.exec(text.slice(i + 1, i + 4));
      if (octal) {
        bytes.push(parseInt(octal[0], 8));
        i += 4;
        continue;
      }
      const code = ESCAPES[text[i + 1] ?? ''];
      if (code === undefined) return undefined;
      bytes.push(code);
      i += 2;
      continue;
    }
    const char = String.fromCodePoint(text.codePointAt(i)!);
    for (const byte of Buffer.from(char, 'utf8')) bytes.push(byte);
    i += char.length;
  }
  return undefined;
}

/** A path as printed after `rename from`, `rename to`, `---` or `+++`: unquoted, git's tab dropped. */
export function headerPath(text: string): string {
  if (text.startsWith('"')) return readQuoted(text, 0)?.value ?? text;
  return text.endsWith('\t') ? text.slice(0, -1) : text;
}

/** `b/x` → `x`; undefined for `/dev/null` (the file does not exist on that side). */
export function withoutPrefix(path: string, prefix: 'a/' | 'b/'): string | undefined {
  if (path === '/dev/null') return undefined;
  return path.startsWith(prefix) ? path.slice(prefix.length) : path;
}

/**
 * The path of `diff --git a/P b/P` when both sides name the same file, the case in which git prints no other
 * line with the path (binary files, mode changes, empty new files). Unquoted, the line is ambiguous only when
 * the two paths differ, and then `rename to` names the new one.
 */
export function pathOfDiffLine(rest: string): string | undefined {
  if (rest.startsWith('"')) {
    const a = readQuoted(rest, 0);
    if (!a || rest[a.end] !== ' ') return undefined;
    return withoutPrefix(headerPath(rest.slice(a.end + 1)), 'b/');
  }
  const length = (rest.length - 'a/ b/'.length) / 2;
  if (!Number.isInteger(length) || !rest.startsWith('a/')) return undefined;
  const a = rest.slice(2, 2 + length);
  return rest.slice(2 + length) === ` b/${a}` ? a : undefined;
}
