import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { ScanError } from '../errors.js';
import { git, workTreeTop } from '../sources/git.js';
import { CHAINED_SUFFIX, EARLIER_HUSKY_LINE, HOOK_MARKER, HUSKY_LINE, earlierHookScript, hookScript } from './hook-script.js';

export interface HookPlace {
  /** The file git runs (or husky's user hook file). */
  file: string;
  husky: boolean;
}

/** Where the pre-commit hook lives: core.hooksPath, a linked worktree's common dir, or husky's folder. */
export async function findHookPlace(cwd: string): Promise<HookPlace> {
  const top = await workTreeTop(cwd);
  if (top === undefined) throw new ScanError(`${cwd} is not inside a git work tree`, 'run leakguard install in your repository');
  const hooksDir = (await git(top, ['rev-parse', '--git-path', 'hooks'])).trim();
  const absolute = isAbsolute(hooksDir) ? hooksDir : resolve(top, hooksDir);
  // husky (v9) points core.hooksPath at .husky/_ and runs the user's scripts in .husky/.
  if (basename(absolute) === '_' && basename(dirname(absolute)) === '.husky') return { file: join(dirname(absolute), 'pre-commit'), husky: true };
  return { file: join(absolute, 'pre-commit'), husky: false };
}

export type InstallOutcome = 'installed' | 'chained' | 'already installed' | 'updated' | 'added to husky' | 'updated husky';

export function installHook(place: HookPlace, installedCli: string): InstallOutcome {
  const existing = existsSync(place.file) ? readFileSync(place.file, 'utf8') : undefined;
  if (place.husky) {
    if (existing?.includes(HUSKY_LINE)) return 'already installed';
    const lines = existing?.split('\n') ?? [];
    if (lines.includes(EARLIER_HUSKY_LINE)) {
      writeFileSync(place.file, lines.map((line) => (line === EARLIER_HUSKY_LINE ? HUSKY_LINE : line)).join('\n'));
      return 'updated husky';
    }
    mkdirSync(dirname(place.file), { recursive: true });
    writeFileSync(place.file, existing === undefined ? `${HUSKY_LINE}\n` : `${existing.replace(/\n?$/, '\n')}${HUSKY_LINE}\n`);
    return 'added to husky';
  }
  const chained = `${place.file}${CHAINED_SUFFIX}`;
  if (existing?.includes(HOOK_MARKER)) {
    const current = hookScript(installedCli, existsSync(chained) ? chained : undefined);
    if (existing !== earlierHookScript(current)) return 'already installed'; // this version's, or edited by hand
    writeFileSync(place.file, current);
    return 'updated';
  }
  mkdirSync(dirname(place.file), { recursive: true });
  if (existing !== undefined) {
    if (existsSync(chained)) throw new ScanError(`${chained} already exists`, 'move it away or merge it into the pre-commit hook, then install again');
    renameSync(place.file, chained);
    chmodSync(chained, 0o755);
  }
  writeFileSync(place.file, hookScript(installedCli, existing === undefined ? undefined : chained));
  chmodSync(place.file, 0o755);
  return existing === undefined ? 'installed' : 'chained';
}

export type UninstallOutcome = 'removed' | 'restored' | 'not installed' | 'removed from husky';

/** Puts back exactly what was there before `installHook`. */
export function uninstallHook(place: HookPlace): UninstallOutcome {
  if (!existsSync(place.file)) return 'not installed';
  const text = readFileSync(place.file, 'utf8');
  if (place.husky) {
    const ours = (line: string) => line === HUSKY_LINE || line === EARLIER_HUSKY_LINE;
    if (!text.split('\n').some(ours)) return 'not installed';
    writeFileSync(place.file, text.split('\n').filter((line) => !ours(line)).join('\n'));
    return 'removed from husky';
  }
  if (!text.includes(HOOK_MARKER)) return 'not installed';
  const chained = `${place.file}${CHAINED_SUFFIX}`;
  if (existsSync(chained)) {
    renameSync(chained, place.file);
    return 'restored';
  }
  rmSync(place.file);
  return 'removed';
}
