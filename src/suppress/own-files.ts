import { basename, dirname } from 'node:path';
import type { ScanContext } from '../config/scan-context.js';
import type { Finding } from '../types.js';
import { rebase } from './rebase.js';

/**
 * What leakguard's own files show a rule is noise: the baseline and the ignore file hold hashes and
 * fingerprints, never secrets, and a config file holds its custom rules' examples, fake by design.
 */
export function ownFileMatcher(context: ScanContext, dataFiles: readonly (string | undefined)[]): (finding: Finding) => boolean {
  const inFile = (file: string) => {
    const name = basename(file);
    const toFile = rebase(context.root, dirname(file));
    return (finding: Finding) => toFile(finding.file) === name;
  };
  const data = dataFiles.filter((file) => file !== undefined).map(inFile);
  const examples = context.config.customRules.map((spec) => {
    const isInConfig = inFile(spec.source!);
    const texts = [...spec.examples, ...spec.negativeExamples];
    return (finding: Finding) => isInConfig(finding) && texts.some((text) => text.includes(finding.secret));
  });
  return (finding) => data.some((test) => test(finding)) || examples.some((test) => test(finding));
}
