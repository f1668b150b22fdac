import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectWithDecoding } from '../../src/engine/detect-decoded.js';
import { compileRules } from '../../src/ruleset/compile.js';
import { loadBuiltinRules } from '../../src/ruleset/load-rules.js';
import { DIFF_OPTIONS, GIT_CONFIG } from '../../src/sources/git-diff-options.js';
import { startGit } from '../../src/sources/git-stream.js';
import { DiffParser, type FileDiff } from '../../src/sources/parse-diff.js';
import { hasBinaryExtension } from '../../src/sources/read-text.js';
import { LineSplitter } from '../../src/sources/split-lines.js';
import { stagedSource, startStagedDiff } from '../../src/sources/staged.js';
import { filePath, fillerLine, lineEnding, PLANTABLE, secretLine } from '../helpers/arbitraries.js';
import { gitIn } from '../helpers/git.js';
import { commitAll, newRepo, writeFiles } from '../helpers/git-repo.js';

const ruleset = compileRules(loadBuiltinRules());
const OPTIONS = { maxFileSize: 1 << 20, isExcluded: () => false };

/** A file before and after: filler lines, some dropped and some inserted after, keys only among the inserted. */
const change = fc.record({
  before: fc.array(fillerLine, { maxLength: 12 }),
  dropped: fc.array(fc.nat(), { maxLength: 4 }),
  inserted: fc.array(fc.tuple(fc.nat(), fc.oneof(fillerLine, secretLine.map((s) => `${s.before}${s.key}${s.after}`))), { maxLength: 6 }),
  ending: lineEnding,
});

const files = fc.uniqueArray(fc.tuple(filePath, change), { minLength: 1, maxLength: 4, selector: ([path]) => path.split('/')[0] });

function contents(c: { before: string[]; dropped: number[]; inserted: Array<[number, string]>; ending: string }) {
  const after = c.before.filter((_, i) => !c.dropped.includes(i));
  for (const [at, text] of c.inserted) after.splice(at % (after.length + 1), 0, text);
  const join = (lines: string[]) => lines.map((text) => text + c.ending).join('');
  return { before: join(c.before), after: join(after) };
}

async function parse(dir: string): Promise<FileDiff[]> {
  const parser = new DiffParser(OPTIONS.maxFileSize);
  const diffs: FileDiff[] = [];
  const lines = new LineSplitter(OPTIONS.maxFileSize, (bytes, start, end) => {
    const done = parser.push(bytes, start, end);
    if (done) diffs.push(done);
  });
  for await (const batch of startGit(dir, [...GIT_CONFIG, 'diff', '--cached', ...DIFF_OPTIONS], ['diff']).chunks()) {
    for (const chunk of batch) lines.write(chunk);
  }
  lines.end();
  const last = parser.end();
  return last ? [...diffs, last] : diffs;
}

describe('properties of the diff parser on what git prints', () => {
  it('gives each added line with its true line number in the new file, names exactly, every planted key found there', async () => {
    await fc.assert(
      fc.asyncProperty(files, async (changes) => {
        const dir = newRepo();
        const texts = changes.map(([path, c]) => [path, contents(c)] as const);
        writeFiles(dir, Object.fromEntries(texts.map(([path, text]) => [path, text.before])));
        commitAll(dir, 'before');
        writeFiles(dir, Object.fromEntries(texts.map(([path, text]) => [path, text.after])));
        gitIn(dir, 'add', '-A');

        for (const diff of await parse(dir)) {
          const newLines = readFileSync(join(dir, diff.path), 'utf8').split('\n');
          expect(diff.lineNumbers.every((n, i) => i === 0 || n > diff.lineNumbers[i - 1]!)).toBe(true);
          (diff.lineNumbers.length ? diff.text.split('\n') : []).forEach((text, i) => expect(text).toBe(newLines[diff.lineNumbers[i]! - 1]));
        }
        const found = new Set<string>();
        const source = stagedSource(startStagedDiff(dir), OPTIONS);
        for await (const fragment of source.fragments()) {
          for (const f of detectWithDecoding(fragment, ruleset)) found.add(`${f.file}:${f.line}:${f.column} ${f.secret}`);
        }
        for (const [path, text] of texts) {
          // A name with a binary extension (`a.a`, `x.o`) is skipped, as on disk, and said to be when it adds lines.
          if (hasBinaryExtension(path)) {
            if (keysIn(text.after).length) expect(source.skips).toContainEqual({ path, reason: 'binary' });
            continue;
          }
          text.after.split('\n').forEach((line, index) => {
            for (const key of keysIn(line)) expect(found).toContain(`${path}:${index + 1}:${line.indexOf(key) + 1} ${key}`);
          });
        }
      }),
      { numRuns: 25 },
    );
  });
});

const keysIn = (line: string) => PLANTABLE.filter((key) => line.includes(key));
