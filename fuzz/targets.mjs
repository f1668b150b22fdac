// What the fuzz run throws inputs at, with the seeds each starts from. A target throws only for a crash:
// an exception leakguard does not mean (anything but a ScanError where input is refused), or a broken
// invariant of its output.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readBaseline } from '../dist/src/baseline/baseline-file.js';
import { loadConfig } from '../dist/src/config/load-config.js';
import { selectRules } from '../dist/src/config/select-rules.js';
import { detectWithDecoding } from '../dist/src/engine/detect-decoded.js';
import { ScanError } from '../dist/src/errors.js';
import { renderText } from '../dist/src/report/text.js';
import { compileRules } from '../dist/src/ruleset/compile.js';
import { loadBuiltinRules } from '../dist/src/ruleset/load-rules.js';
import { DIFF_OPTIONS, GIT_CONFIG } from '../dist/src/sources/git-diff-options.js';
import { DiffParser } from '../dist/src/sources/parse-diff.js';
import { LineSplitter } from '../dist/src/sources/split-lines.js';
import { readIgnoreFile } from '../dist/src/suppress/ignore-file.js';

const root = new URL('..', import.meta.url).pathname;
const builtins = loadBuiltinRules();
const ruleset = compileRules(builtins);
const work = mkdtempSync(join(tmpdir(), 'leakguard-fuzz-'));
const configDir = mkdtempSync(join(work, 'config-'));
writeFileSync(join(configDir, 'base.yaml'), 'exclude: [b]\n');

class Broken extends Error {}
const expect = (holds, what) => {
  if (!holds) throw new Broken(`invariant broken: ${what}`);
};

/** Detection on a fragment, and what must hold of its findings: true places, no secret in the text report. */
function detectChecked(fragment) {
  const findings = detectWithDecoding(fragment, ruleset);
  const lines = fragment.text.split('\n');
  // A mutated diff can number two lines alike (git never does); a place is then ambiguous.
  const numbered = !fragment.lineMap || new Set(fragment.lineMap).size === fragment.lineMap.length;
  for (const f of findings) {
    expect(f.line >= 1 && f.column >= 1 && f.secret.length > 0, 'a finding has a place and a secret');
    if (f.decoded || f.line !== f.endLine || !numbered) continue;
    const textLine = fragment.lineMap ? fragment.lineMap.indexOf(f.line) : f.line - fragment.startLine;
    expect(lines[textLine]?.slice(f.column - 1, f.endColumn - 1) === f.secret, 'a finding is where it says');
  }
  const result = { findings, stats: { files: 1, bytes: 0, skipped: 0, durationMs: 0 }, skips: [], rules: ruleset.rules };
  const report = renderText(result, { color: false, showSecrets: false });
  for (const f of findings) expect(f.secret.length < 16 || !report.includes(f.secret), `no secret in the report (${f.ruleId})`);
}

/** What git prints for changes that are hard on a parser: odd names, CRLF, binary, renames, modes, deletions. */
function gitDiffSeeds() {
  const dir = mkdtempSync(join(work, 'repo-'));
  const git = (...args) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 'f', GIT_AUTHOR_EMAIL: 'f@x', GIT_COMMITTER_NAME: 'f', GIT_COMMITTER_EMAIL: 'f@x' } });
  git('init', '-q');
  const names = ['plain.txt', 'with space.env', 'quote"d\ttab.txt', 'new\nline.txt', 'back\\slash.txt', 'café 🔑.txt', 'bin.dat', 'gone.txt'];
  names.forEach((name, i) => writeFileSync(join(dir, name), `line ${i}\nKEY=value${i}\r\n`));
  writeFileSync(join(dir, 'bin.dat'), Buffer.from([0, 1, 2, 3]));
  git('add', '-A');
  git('commit', '-qm', 'one');
  writeFileSync(join(dir, 'plain.txt'), 'line 0\ninserted\nKEY=changed\n');
  writeFileSync(join(dir, 'no-newline.txt'), 'a\nb');
  git('mv', 'with space.env', 'renamed space.env');
  git('rm', '-q', 'gone.txt');
  execFileSync('chmod', ['+x', join(dir, 'café 🔑.txt')]);
  git('add', '-A');
  const staged = git(...GIT_CONFIG, 'diff', '--cached', ...DIFF_OPTIONS);
  git('commit', '-qm', 'two');
  const log = git(...GIT_CONFIG, 'log', '-p', ...DIFF_OPTIONS, '--format=%x00%H%x00%an%x00%ae%x00%aI%x00%s', '--root');
  return [staged, log];
}

const textFiles = (dir) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => readFileSync(join(e.parentPath, e.name), 'utf8'));

export const targets = [
  {
    name: 'engine',
    maxLength: 1 << 20,
    seeds: () => [...builtins.flatMap((rule) => [...rule.examples, ...rule.negativeExamples]), ...textFiles(join(root, 'fixtures'))],
    run: (text) => detectChecked({ path: 'fuzz', text, startLine: 1 }),
  },
  {
    name: 'diff parser',
    maxLength: 1 << 18,
    seeds: gitDiffSeeds,
    run(text) {
      const parser = new DiffParser(4096);
      const files = [];
      const lines = new LineSplitter(4096, (bytes, start, end) => files.push(parser.push(bytes, start, end)));
      lines.write(Buffer.from(text));
      lines.end();
      files.push(parser.end());
      for (const file of files.filter(Boolean)) {
        const added = file.lineNumbers.length ? file.text.split('\n').length : file.text.length;
        expect(typeof file.path === 'string' && added === file.lineNumbers.length, 'each added line has a number');
        expect(!file.tooLarge || file.text === '', 'a file over the limit keeps no lines');
        if (file.lineNumbers.length) detectChecked({ path: file.path, text: file.text, startLine: file.lineNumbers[0], lineMap: file.lineNumbers });
      }
    },
  },
  {
    name: 'config loader',
    maxLength: 1 << 16,
    // A custom rule's pattern goes through the backtracking checker, which may take its 10 s to decide.
    slowMs: 11_000,
    seeds: () => [...textFiles(join(root, 'fixtures/config')), 'exclude: [docs/]\nmaxFileSize: 100\nminConfidence: high\nallow:\n  - paths: ["a/**"]\n    values: ["^x$"]\n    stopwords: [demo]\nrules:\n  disable: [generic]\n  enable: [github-pat]\n', '{"exclude": ["a"], "extends": "base.yaml"}\n'],
    async run(text, iteration) {
      const [name, other] = iteration % 2 ? ['.leakguard.yaml', '.leakguard.json'] : ['.leakguard.json', '.leakguard.yaml'];
      rmSync(join(configDir, other), { force: true });
      writeFileSync(join(configDir, name), text);
      await refusedOrLoaded(async () => selectRules(await loadConfig([configDir]), builtins));
    },
  },
  {
    name: 'baseline and ignore file',
    maxLength: 1 << 16,
    seeds: () => [
      `{\n  "version": 1,\n  "entries": [\n    {\n      "ruleId": "github-pat",\n      "file": "a.env",\n      "fingerprint": "${'0a'.repeat(12)}",\n      "sha256": "${'b'.repeat(64)}"\n    }\n  ]\n}\n`,
      `# reviewed\n${'1f'.repeat(12)}  # test vector\n\n`,
    ],
    async run(text) {
      const file = join(work, 'data');
      writeFileSync(file, text);
      await refusedOrLoaded(() => readBaseline(file));
      await refusedOrLoaded(() => readIgnoreFile(file));
    },
  },
];

/** Refusing input is what these loaders are for; only an error leakguard does not mean is a crash. */
async function refusedOrLoaded(load) {
  try {
    await load();
  } catch (error) {
    if (!(error instanceof ScanError)) throw error;
  }
}
