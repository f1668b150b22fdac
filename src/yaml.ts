import { createRequire } from 'node:module';

type YamlModule = typeof import('yaml');
let yaml: YamlModule | undefined;

/** The YAML library, loaded on first use: most scans (no config file, cached rules) never need it. */
export function yamlModule(): YamlModule {
  yaml ??= createRequire(import.meta.url)('yaml') as YamlModule;
  return yaml;
}

/** YAML (and so JSON) text to data. */
export function parseYaml(text: string): unknown {
  return yamlModule().parse(text);
}
