import type { Argv } from 'yargs';

export interface CommandModule {
  builder: ((yargs: Argv) => Argv<unknown>) | Record<string, never>;
  /** Each command types its own flags; `never` lets every such handler in. */
  handler: (argv: never) => void | Promise<void>;
}

interface CommandEntry {
  usage: string;
  describe: string;
  load(): Promise<CommandModule>;
}

/**
 * Every command, with what `--help` says of it. Only the command being run is loaded: a pre-commit
 * hook must not pay for the modules of `rules check`, `init` or the reporters it does not use.
 */
export const commands: Record<string, CommandEntry> = {
  scan: { usage: 'scan [paths..]', describe: 'Scan files and folders for secrets', load: async () => (await import('./scan.js')).scanCommand },
  staged: {
    usage: 'staged',
    describe: 'Scan what the next commit adds (for a pre-commit hook)',
    load: async () => (await import('./staged.js')).stagedCommand,
  },
  history: {
    usage: 'history',
    describe: 'Scan every commit; each secret in the commit that introduced it',
    load: async () => (await import('./history.js')).historyCommand,
  },
  baseline: {
    usage: 'baseline [paths..]',
    describe: 'Accept what is there now: write the current findings to the baseline',
    load: async () => (await import('./baseline.js')).baselineCommand,
  },
  ignore: {
    usage: 'ignore <fingerprints..>',
    describe: 'Silence findings by fingerprint in .leakguardignore, without touching the files that hold them',
    load: async () => (await import('./ignore.js')).ignoreCommand,
  },
  init: {
    usage: 'init [folder]',
    describe: 'Start here: write a starter config, and with --baseline accept what is already there',
    load: async () => (await import('./init.js')).initCommand,
  },
  install: {
    usage: 'install',
    describe: 'Install the git pre-commit hook that runs leakguard staged (keeps any hook already there)',
    load: async () => (await import('./install.js')).installCommand,
  },
  uninstall: {
    usage: 'uninstall',
    describe: 'Remove the pre-commit hook and put back the one that was there before',
    load: async () => (await import('./install.js')).uninstallCommand,
  },
  rules: { usage: 'rules <action> [files..]', describe: 'List the rules, or check rule files', load: async () => (await import('./rules.js')).rulesCommand },
  doctor: {
    usage: 'doctor',
    describe: 'Check the repository: .env, key and credentials files in git, .gitignore, .env.example values',
    load: async () => (await import('./doctor.js')).doctorCommand,
  },
  explain: {
    usage: 'explain <what>',
    describe: 'What a rule (or the rule of a finding) detects, why it matters, how to rotate it, and how to allow it',
    load: async () => (await import('./explain.js')).explainCommand,
  },
  'merge-reports': {
    usage: 'merge-reports <reports..>',
    describe: 'Merge JSON reports of several repositories into one, each finding labelled with its repository',
    load: async () => (await import('./merge-reports.js')).mergeReportsCommand,
  },
};
