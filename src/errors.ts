export const ExitCode = { Clean: 0, Findings: 1, Error: 2 } as const;

/** An error the user can act on: printed as one `error:` line (plus a hint), exit 2. */
export class ScanError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

export class ConfigError extends ScanError {}
export class RuleError extends ScanError {}

export class GitError extends ScanError {
  constructor(args: readonly string[], stderr: string, options?: ErrorOptions) {
    super(`git ${args.join(' ')} failed: ${stderr.trim() || 'no message'}`, undefined, options);
  }
}
