import type { Argv } from 'yargs';
import { realpathSync } from 'node:fs';
import { findHookPlace, installHook, uninstallHook } from '../hooks/install-hook.js';

/** The CLI that is running: the hook falls back to it when leakguard is neither in the project nor on PATH. */
const cliPath = realpathSync(process.argv[1]!);

export const installCommand = {
  builder: (yargs: Argv) =>
    yargs
      .example('$0 install', 'in .git/hooks, core.hooksPath or husky; a hook already there runs after it')
      .example('$0 install && git commit', 'from now on every commit is scanned before it is made'),
  handler: async () => {
    const place = await findHookPlace(process.cwd());
    const outcome = installHook(place, cliPath);
    const notes: Record<typeof outcome, string> = {
      installed: `installed the pre-commit hook at ${place.file}`,
      chained: `installed the pre-commit hook at ${place.file}; the hook that was there runs after it`,
      'already installed': `the pre-commit hook at ${place.file} already runs leakguard`,
      updated: `updated the pre-commit hook at ${place.file} to this version's`,
      'added to husky': `added leakguard to the husky hook ${place.file}`,
      'updated husky': `updated leakguard's line in the husky hook ${place.file}`,
    };
    process.stdout.write(`leakguard: ${notes[outcome]}\n`);
  },
};

export const uninstallCommand = {
  builder: (yargs: Argv) => yargs.example('$0 uninstall', 'remove the hook; a hook it had chained is put back'),
  handler: async () => {
    const place = await findHookPlace(process.cwd());
    const outcome = uninstallHook(place);
    process.stdout.write(`leakguard: ${outcome === 'not installed' ? `no leakguard hook at ${place.file}` : `${outcome}: ${place.file}`}\n`);
  },
};
