import { describe, expect, it } from 'vitest';
import { DiffParser, type FileDiff } from '../src/sources/parse-diff.js';
import { pathOfDiffLine, readQuoted } from '../src/sources/git-path.js';

/** Every file diff in `text`, fed line by line as the sources do. */
function parse(text: string, maxBytes = 1024 * 1024): FileDiff[] {
  const parser = new DiffParser(maxBytes);
  const files: FileDiff[] = [];
  for (const line of text.split('\n')) {
    const done = parser.push(Buffer.from(line));
    if (done) files.push(done);
  }
  const last = parser.end();
  if (last) files.push(last);
  return files;
}

/** The added lines of a file, from its text. */
const linesOf = (file: FileDiff) => (file.lineNumbers.length ? file.text.split('\n') : []);
const added = (file: FileDiff) => linesOf(file).map((line, i) => `${file.lineNumbers[i]}:${line}`);

describe('DiffParser', () => {
  it('gives each added line its line number in the new file, across hunks, ignoring removed lines', () => {
    const [file] = parse(
      [
        'diff --git a/app.ts b/app.ts',
        'index 1111111..2222222 100644',
        '--- a/app.ts',
        '+++ b/app.ts',
        '@@ -3 +3,2 @@ function main() {',
        '-old three',
        '+new three',
        '+new four',
        '@@ -10,2 +11 @@',
        '-ten',
        '-eleven',
        '+eleven again',
        '@@ -20,0 +21 @@',
        '+twenty-one',
      ].join('\n'),
    );
    expect(file!.path).toBe('app.ts');
    expect(added(file!)).toEqual(['3:new three', '4:new four', '11:eleven again', '21:twenty-one']);
    expect(file!.bytes).toBe('new three\nnew four\neleven again\ntwenty-one\n'.length);
  });

  it('reads hunks by their counts, so content that looks like a header stays content', () => {
    const [first, second] = parse(
      [
        'diff --git a/notes.md b/notes.md',
        '--- a/notes.md',
        '+++ b/notes.md',
        '@@ -1,2 +1,4 @@',
        '---- a/removed-looking-like-a-header',
        '-@@ -1 +1 @@',
        '+++ b/added-looking-like-a-header',
        '+diff --git a/x b/x',
        '+Binary files a/x and b/x differ',
        '+rename to elsewhere',
        'diff --git a/next.md b/next.md',
        '--- a/next.md',
        '+++ b/next.md',
        '@@ -0,0 +1 @@',
        '+next',
      ].join('\n'),
    );
    expect(first!.path).toBe('notes.md');
    expect(first!.binary).toBe(false);
    expect(added(first!)).toEqual(['1:++ b/added-looking-like-a-header', '2:diff --git a/x b/x', '3:Binary files a/x and b/x differ', '4:rename to elsewhere']);
    expect(added(second!)).toEqual(['1:next']);
  });

  it('skips the no-newline marker, in and after a hunk', () => {
    const [file] = parse(
      [
        'diff --git a/a.txt b/a.txt',
        '--- a/a.txt',
        '+++ b/a.txt',
        '@@ -2 +2,2 @@',
        '-last',
        '\\ No newline at end of file',
        '+last',
        '+after',
        '\\ No newline at end of file',
      ].join('\n'),
    );
    expect(added(file!)).toEqual(['2:last', '3:after']);
  });

  it('counts context lines, blank ones included, when git fuses hunks', () => {
    const [file] = parse(['diff --git a/a b/a', '--- a/a', '+++ b/a', '@@ -1,3 +1,4 @@', '+one', ' two', '', '+four', ' five'].join('\n'));
    expect(added(file!)).toEqual(['1:one', '4:four']);
  });

  it('keeps the carriage return of CRLF lines', () => {
    const [file] = parse(['diff --git a/w.bat b/w.bat', 'new file mode 100644', '--- /dev/null', '+++ b/w.bat', '@@ -0,0 +1,2 @@', '+one\r', '+two\r'].join('\n'));
    expect(linesOf(file!)).toEqual(['one\r', 'two\r']);
  });

  it('unquotes C-quoted paths: newline, tab, quote, backslash and octal UTF-8 bytes', () => {
    const files = parse(
      [
        'diff --git "a/new\\nline.txt" "b/new\\nline.txt"',
        'new file mode 100644',
        '--- /dev/null',
        '+++ "b/new\\nline.txt"',
        '@@ -0,0 +1 @@',
        '+x',
        'diff --git "a/t\\tab \\"q\\" \\\\.txt" "b/t\\tab \\"q\\" \\\\.txt"',
        '--- /dev/null',
        '+++ "b/t\\tab \\"q\\" \\\\.txt"',
        '@@ -0,0 +1 @@',
        '+x',
        'diff --git "a/\\303\\274n\\303\\257.txt" "b/\\303\\274n\\303\\257.txt"',
        '--- /dev/null',
        '+++ "b/\\303\\274n\\303\\257.txt"',
        '@@ -0,0 +1 @@',
        '+x',
      ].join('\n'),
    );
    expect(files.map((f) => f.path)).toEqual(['new\nline.txt', 't\tab "q" \\.txt', 'ünï.txt']);
  });

  it('drops the tab git puts after a path with a space', () => {
    const [file] = parse(['diff --git a/my file.txt b/my file.txt', '--- /dev/null', '+++ b/my file.txt\t', '@@ -0,0 +1 @@', '+x'].join('\n'));
    expect(file!.path).toBe('my file.txt');
  });

  it('names binary files, mode changes and empty files from the diff line, spaces and all', () => {
    const files = parse(
      [
        'diff --git a/logo b.png b/logo b.png',
        'new file mode 100644',
        'index 0000000..8352675',
        'Binary files /dev/null and b/logo b.png differ',
        'diff --git a/run me.sh b/run me.sh',
        'old mode 100644',
        'new mode 100755',
        'diff --git "a/\\303\\274.txt" "b/\\303\\274.txt"',
        'new file mode 100644',
        'index 0000000..e69de29',
      ].join('\n'),
    );
    expect(files.map((f) => [f.path, f.binary, linesOf(f).length])).toEqual([
      ['logo b.png', true, 0],
      ['run me.sh', false, 0],
      ['ü.txt', false, 0],
    ]);
  });

  it('follows renames: pure, with edits, and of binary files', () => {
    const files = parse(
      [
        'diff --git a/old name.txt b/new name.txt',
        'similarity index 100%',
        'rename from old name.txt',
        'rename to new name.txt',
        'diff --git a/a.txt b/dir/a.txt',
        'similarity index 80%',
        'rename from a.txt',
        'rename to dir/a.txt',
        'index 1111111..2222222 100644',
        '--- a/a.txt',
        '+++ b/dir/a.txt',
        '@@ -4 +4 @@',
        '-four',
        '+FOUR',
        'diff --git a/i.png b/img/i.png',
        'similarity index 90%',
        'rename from i.png',
        'rename to img/i.png',
        'Binary files a/i.png and b/img/i.png differ',
      ].join('\n'),
    );
    expect(files.map((f) => [f.renamedFrom, f.path, f.binary])).toEqual([
      ['old name.txt', 'new name.txt', false],
      ['a.txt', 'dir/a.txt', false],
      ['i.png', 'img/i.png', true],
    ]);
    expect(added(files[1]!)).toEqual(['4:FOUR']);
  });

  it('passes over lines outside any file: commit headers, blank lines, unmerged paths', () => {
    const files = parse(['\0abc\0Author\0a@example.test', '', '* Unmerged path conflicted.txt', 'diff --git a/a b/a', '--- /dev/null', '+++ b/a', '@@ -0,0 +1 @@', '+x', ''].join('\n'));
    expect(files.map((f) => [f.path, linesOf(f)])).toEqual([['a', ['x']]]);
  });

  it('ends the current file before a line that is not diff, when told', () => {
    const parser = new DiffParser(1024);
    for (const line of ['diff --git a/a.bin b/a.bin', 'Binary files /dev/null and b/a.bin differ']) parser.push(Buffer.from(line));
    expect(parser.end()?.path).toBe('a.bin');
    expect(parser.push(Buffer.from('diff --git a/b b/b'))).toBeUndefined();
  });

  it('recovers from a hunk whose counts are wrong at the next file', () => {
    const files = parse(['diff --git a/a b/a', '--- a/a', '+++ b/a', '@@ -1,5 +1,5 @@', '+only one', 'diff --git a/b b/b', '--- a/b', '+++ b/b', '@@ -0,0 +1 @@', '+b'].join('\n'));
    expect(files.map((f) => [f.path, linesOf(f)])).toEqual([
      ['a', ['only one']],
      ['b', ['b']],
    ]);
  });

  it('drops the lines of a file whose added content is over the byte limit, and says so', () => {
    const lines = Array.from({ length: 20 }, (_, i) => `+line ${i}`);
    const [big, small] = parse(['diff --git a/big b/big', '--- /dev/null', '+++ b/big', '@@ -0,0 +1,20 @@', ...lines, 'diff --git a/small b/small', '--- /dev/null', '+++ b/small', '@@ -0,0 +1 @@', '+ok'].join('\n'), 100);
    expect([big!.tooLarge, big!.text, big!.lineNumbers]).toEqual([true, '', []]);
    expect([small!.tooLarge, linesOf(small!)]).toEqual([false, ['ok']]);
  });
});

describe('git paths', () => {
  it('reads a quoted string and says where it ends', () => {
    expect(readQuoted('"a b\\"c" rest', 0)).toEqual({ value: 'a b"c', end: 8 });
    expect(readQuoted('"unterminated', 0)).toBeUndefined();
  });

  it('finds the one path of a diff line only when both sides name the same file', () => {
    expect(pathOfDiffLine('a/x y/z b/x y/z')).toBe('x y/z');
    expect(pathOfDiffLine('a/one b/two')).toBeUndefined();
    expect(pathOfDiffLine('"a/\\"q\\"" "b/\\"q\\""')).toBe('"q"');
  });
});
