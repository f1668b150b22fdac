import { createRequire } from 'node:module';

type YamlModule = typeof import('yaml');
let yaml: YamlModule | undefined;

/** YAML (and so JSON) text to data. The parser loads on first use: most scans never need it. */
export function parseYaml(text: string): unknown {
  yaml ??= createRequire(import.meta.url)('yaml') as YamlModule;
  // A warning (a mapping as a key) would go to stderr unasked; the caller judges the data instead.
  return yaml.parse(text, { logLevel: 'error' });
}
