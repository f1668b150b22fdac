import { isAbsolute } from 'node:path';
import { detectWithDecoding } from '../engine/detect-decoded.js';
import { compileRules } from '../ruleset/compile.js';
import { loadBuiltinRules } from '../ruleset/load-rules.js';
import { shellQuote } from '../shell-quote.js';
import { git } from '../sources/git.js';
import { indexEntries, readBlob, removalFix, sensitiveFiles, type IndexEntry } from './sensitive-files.js';

/** Something about the repository that lets secrets in, with the one line that fixes it. Never holds a secret. */
export interface Problem {
  message: string;
  fix: string;
}

/** What a .gitignore must keep out: the shared .env, and the per-machine .env.local. */
const MUST_IGNORE = ['.env', '.env.local'];
const EXAMPLE_ENV = /(?:^|\/)\.env\.(?:example|sample|template)$/i;
const ASSIGNED_NAME = /^\s*(?:export\s+)?([A-Za-z_][\w.-]*)\s*[=:]/;

/** Every check of `leakguard doctor` over the repository at `top`, passing over what the config excludes. */
export async function checkRepository(top: string, isExcluded: (path: string) => boolean): Promise<Problem[]> {
  const entries = (await indexEntries(top)).filter((entry) => !isExcluded(entry.path));
  const committed = (await sensitiveFiles(top, entries)).map((file) => ({ message: `${file.path}: ${file.rule.description} in git`, fix: removalFix(file) }));
  return [...committed, ...(await unignoredEnvFiles(top)), ...(await exampleValues(top, entries))];
}

/**
 * Only a .gitignore in the repository counts: a global excludes file or .git/info/exclude keeps a .env out of
 * one clone, not out of the next developer's commit. `check-ignore -v` names the pattern that decided.
 */
async function unignoredEnvFiles(top: string): Promise<Problem[]> {
  const verdicts = await git(top, ['check-ignore', '--no-index', '--verbose', '--non-matching', '--', ...MUST_IGNORE], [1]);
  const problems: Problem[] = [];
  for (const line of verdicts.split('\n')) {
    // "<source>:<line>:<pattern>\t<path>", with the first three empty when no pattern matches.
    const [, source = '', pattern = '', name = ''] = /^(.*?):\d*:(.*)\t(.*)$/.exec(line) ?? [];
    if (!name) continue;
    const byGitignore = /(?:^|\/)\.gitignore$/.test(source) && !isAbsolute(source);
    if (!byGitignore || pattern.startsWith('!')) problems.push({ message: `.gitignore does not ignore ${name}`, fix: `echo ${shellQuote(name)} >> .gitignore` });
  }
  return problems;
}

/** A value in a committed .env.example that the rules take for a real secret; the problem names it, never shows it. */
async function exampleValues(top: string, entries: readonly IndexEntry[]): Promise<Problem[]> {
  const examples = entries.filter((entry) => EXAMPLE_ENV.test(entry.path));
  if (examples.length === 0) return [];
  const ruleset = compileRules(loadBuiltinRules());
  const problems: Problem[] = [];
  for (const entry of examples) {
    const fragment = { path: entry.path, text: await readBlob(top, entry.blob), startLine: 1 };
    for (const finding of detectWithDecoding(fragment, ruleset)) {
      const name = ASSIGNED_NAME.exec(finding.lineText)?.[1];
      problems.push({
        message: `${entry.path}:${finding.line}: ${name ?? 'a value'} is not a placeholder (it looks like a real ${finding.ruleId})`,
        fix: `put a placeholder in its place${name ? `, such as ${name}=your-value-here` : ''}, and rotate the key: it is in git`,
      });
    }
  }
  return problems;
}
