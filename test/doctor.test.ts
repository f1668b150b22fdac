import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli, tempDir } from './helpers/cli.js';
import { gitEnv, gitIn } from './helpers/git.js';
import { commitAll, newRepo, writeFiles } from './helpers/git-repo.js';
import { fixtureValues } from './helpers/secrets.js';

const keys = fixtureValues('keys.env');
const hygiene = (name: string) => readFileSync(join(repoRoot, 'fixtures/hygiene', name));

const doctor = (dir: string, ...args: string[]) => runCli(['doctor', ...args], dir);
/** The problem lines of the doctor's report (each is followed by its fix line); none when it says all is well. */
const problems = (stdout: string) =>
  stdout.startsWith('No problems: ') ? [] : stdout.split('\n').filter((line) => line !== '' && !line.startsWith('  fix: ') && !/^\d+ problems?\. /.test(line));

/** A committed repository with `files`; its .gitignore keeps .env files out unless `files` says otherwise. */
function repoWith(files: Record<string, string | Buffer>): string {
  const dir = newRepo();
  writeFiles(dir, { '.gitignore': '.env\n.env.local\n', 'README.md': '# app\n', ...files });
  gitIn(dir, 'add', '-f', '-A');
  commitAll(dir, 'start');
  return dir;
}

describe('leakguard doctor', () => {
  it('passes a healthy repository: .env ignored and untracked, placeholders in .env.example, a certificate bundle', () => {
    const dir = repoWith({
      '.env.example': readFileSync(join(repoRoot, 'fixtures/ai-app/.env.example'), 'utf8'),
      'certs/cacert.pem': hygiene('cacert.pem'),
    });
    writeFiles(dir, { '.env': `OPENAI_API_KEY=${keys.OPENAI_PROJECT}\n` }); // on disk only, as it should be
    const result = doctor(dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^No problems: /);
    expect(result.stderr).toBe('');
  });

  it('finds every committed .env file, but not .env.example, .env.sample or .env.template, each with its fix', () => {
    const dir = repoWith({
      '.env': `ANTHROPIC_API_KEY=${keys.ANTHROPIC}\n`,
      '.env.local': 'DEBUG=1\n',
      'config/.env.production': 'LOG_LEVEL=warn\n',
      '.env.example': 'ANTHROPIC_API_KEY=\n',
      'config/.env.sample': 'A=\n',
      '.env.template': 'A=\n',
      'app.env': 'A=1\n', // not a dotenv file by name
    });
    const result = doctor(dir);
    expect(result.code).toBe(1);
    expect(problems(result.stdout)).toEqual([
      '.env: Environment file (.env) in git',
      '.env.local: Environment file (.env) in git',
      'config/.env.production: Environment file (.env) in git',
    ]);
    expect(result.stdout).toContain(".env: Environment file (.env) in git\n  fix: git rm --cached .env && echo '.env' >> .gitignore\n");
    expect(result.stdout).toContain("  fix: git rm --cached config/.env.production && echo '.env.production' >> .gitignore\n");
    expect(result.stdout).toMatch(/\n\n3 problems\. /);
    expect(result.stdout).not.toContain(keys.ANTHROPIC!.slice(10));
  });

  it('finds a .env that is staged and not yet committed', () => {
    const dir = repoWith({});
    writeFiles(dir, { 'api/.env': 'A=1\n' });
    gitIn(dir, 'add', '-f', 'api/.env');
    expect(problems(doctor(dir).stdout)).toEqual(['api/.env: Environment file (.env) in git']);
  });

  it('finds private keys and keystores, and leaves a .pem of certificates alone', () => {
    const dir = repoWith({
      'certs/server.pem': hygiene('server.pem'),
      'certs/cacert.pem': hygiene('cacert.pem'),
      'my keys/prod.key': hygiene('server.pem'),
      'signing/release.p12': Buffer.from([0x30, 0x82, 0x01, 0x00]),
      'signing/old.pfx': Buffer.from([0x30, 0x82, 0x01, 0x00]),
    });
    const result = doctor(dir);
    expect(problems(result.stdout)).toEqual([
      'certs/server.pem: Private key file (.pem, .key) in git',
      'my keys/prod.key: Private key file (.pem, .key) in git',
      'signing/old.pfx: PKCS #12 keystore (.p12, .pfx) in git',
      'signing/release.p12: PKCS #12 keystore (.p12, .pfx) in git',
    ]);
    expect(result.stdout).toContain("  fix: git rm --cached 'my keys/prod.key' && echo '/my keys/prod.key' >> .gitignore\n");
  });

  it('finds credentials.json, secrets.json and service account key files', () => {
    const dir = repoWith({
      'credentials.json': '{"installed": {}}\n',
      'src/secrets.json': '{}\n',
      'deploy/gcp-service-account.json': '{}\n',
      'deploy/service_account_prod.json': '{}\n',
      'package.json': '{}\n',
    });
    expect(problems(doctor(dir).stdout)).toEqual([
      'credentials.json: Credentials file (credentials.json, secrets.json) in git',
      'deploy/gcp-service-account.json: Cloud service account key file in git',
      'deploy/service_account_prod.json: Cloud service account key file in git',
      'src/secrets.json: Credentials file (credentials.json, secrets.json) in git',
    ]);
  });

  it('says when the .gitignore does not ignore .env or .env.local; a clone’s own excludes do not count', () => {
    const none = repoWith({ '.gitignore': 'node_modules/\n' });
    writeFiles(none, { '.git/info/exclude': '.env\n' });
    const result = doctor(none);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(".gitignore does not ignore .env\n  fix: echo '.env' >> .gitignore\n");
    expect(result.stdout).toContain(".gitignore does not ignore .env.local\n  fix: echo '.env.local' >> .gitignore\n");
    expect(problems(doctor(repoWith({ '.gitignore': '.env*\n!.env.example\n' })).stdout)).toEqual([]);
    expect(problems(doctor(repoWith({ '.gitignore': '.env*\n!.env.local\n' })).stdout)).toEqual(['.gitignore does not ignore .env.local']);
  });

  it('runs each fix as printed, after which the repository passes and the files are still on disk', () => {
    const dir = repoWith({ '.gitignore': 'node_modules/\n', '.env': 'A=1\n', 'keys/dev.key': hygiene('server.pem') });
    const before = doctor(dir);
    expect(problems(before.stdout)).toHaveLength(4);
    for (const fix of before.stdout.split('\n').filter((line) => line.startsWith('  fix: '))) {
      execFileSync('sh', ['-c', fix.slice('  fix: '.length)], { cwd: dir, env: gitEnv(), stdio: 'pipe' });
    }
    commitAll(dir, 'keep secrets out');
    expect(doctor(dir).code).toBe(0);
    expect(existsSync(join(dir, '.env')) && existsSync(join(dir, 'keys/dev.key'))).toBe(true);
  });

  it('names a real value in .env.example by its key and line, never shows it, and passes placeholders', () => {
    const dir = repoWith({
      '.env.example': `# copy to .env\nOPENAI_API_KEY=${keys.OPENAI_PROJECT}\nANTHROPIC_API_KEY=sk-ant-your-key-here\nexport GITHUB_TOKEN=${keys.GITHUB}\nPORT=3000\n`,
    });
    const result = doctor(dir);
    expect(result.code).toBe(1);
    expect(problems(result.stdout)).toEqual([
      '.env.example:2: OPENAI_API_KEY is not a placeholder (it looks like a real openai-project-key)',
      '.env.example:4: GITHUB_TOKEN is not a placeholder (it looks like a real github-pat)',
    ]);
    expect(result.stdout).toContain('  fix: put a placeholder in its place, such as OPENAI_API_KEY=your-value-here, and rotate the key: it is in git\n');
    for (const secret of [keys.OPENAI_PROJECT!, keys.GITHUB!]) expect(result.stdout).not.toContain(secret.slice(8));
  });

  it('passes over the paths the config excludes', () => {
    const dir = repoWith({ '.leakguard.yaml': 'exclude: [fixtures/]\n', 'fixtures/demo/.env': 'A=1\n', 'fixtures/demo/.env.example': `KEY=${keys.AWS}\n` });
    expect(doctor(dir).code).toBe(0);
  });

  it('is an error outside a git repository', () => {
    expect(doctor(tempDir())).toMatchObject({ code: 2, stdout: '', stderr: expect.stringMatching(/^error: not inside a git work tree: .+\n$/) });
  });
});
