import { resolve } from 'node:path';
import type { Argv } from 'yargs';
import { excludeMatcher, loadConfig } from '../config/load-config.js';
import { ExitCode, ScanError } from '../errors.js';
import { checkRepository, type Problem } from '../hygiene/doctor-checks.js';
import { workTreeTop } from '../sources/git.js';

function doctorReport(problems: readonly Problem[]): string {
  if (problems.length === 0) {
    return 'No problems: no .env, key or credentials file in git, .gitignore keeps .env files out, and .env.example files hold placeholders.\n';
  }
  const lines = problems.flatMap((problem) => [problem.message, `  fix: ${problem.fix}`]);
  const noun = problems.length === 1 ? 'problem' : 'problems';
  return `${lines.join('\n')}\n\n${problems.length} ${noun}. Run each fix at the top of the repository and commit; rotate any secret that was committed.\n`;
}

export const doctorCommand = {
  builder: (yargs: Argv) =>
    yargs
      .option('config', { alias: 'c', type: 'string', describe: 'Config file (default: .leakguard.yaml|.yml|.json at the top level)' })
      .example('$0 doctor', 'check the repository you are in; exit 1 when something needs fixing')
      .example('$0 doctor --config ci/leakguard.yaml', 'pass over the paths that config excludes'),
  handler: async (argv: { config?: string }) => {
    const cwd = process.cwd();
    const top = await workTreeTop(cwd);
    if (top === undefined) throw new ScanError(`not inside a git work tree: ${cwd}`, 'run leakguard doctor in a git repository');
    const config = await loadConfig([top], argv.config && resolve(cwd, argv.config));
    const problems = await checkRepository(top, excludeMatcher(config.exclude));
    process.stdout.write(doctorReport(problems));
    process.exitCode = problems.length ? ExitCode.Findings : ExitCode.Clean;
  },
};
