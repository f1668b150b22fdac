import * as yaml from 'yaml';

/** YAML (and so JSON) text to data. */
export function parseYaml(text: string): unknown {
  // A warning (a mapping as a key) would go to stderr unasked; the caller judges the data instead.
  return yaml.parse(text, { logLevel: 'error' });
}
