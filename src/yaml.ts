import * as yaml from 'yaml';

/** The YAML library (a function, so that the parser stays one import for its two users). */
export function yamlModule(): typeof yaml {
  return yaml;
}

/** YAML (and so JSON) text to data. */
export function parseYaml(text: string): unknown {
  // A warning (a mapping as a key) would go to stderr unasked; the caller judges the data instead.
  return yaml.parse(text, { logLevel: 'error' });
}
