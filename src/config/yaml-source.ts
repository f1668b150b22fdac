import { ConfigError } from '../errors.js';
import { readWholeFile } from '../read-data-file.js';
import type { KeyPath } from './schema-check.js';

/** A parsed YAML or JSON file that can say on which line a key stands, for error messages. */
export interface YamlSource {
  file: string;
  data: unknown;
  /** `file:line` of a key path (or of its nearest parent that has a line), for messages. */
  locate(path: KeyPath): string;
}

export async function readYamlSource(file: string, what: string): Promise<YamlSource> {
  const text = readWholeFile(file, what);
  // Loaded only when there is a file to read: a hook in a repository without a config does not pay for the parser.
  // The package is CommonJS: imported at run time, its exports are the default export (in Node and in the bundle).
  const { isMap, isScalar, isSeq, LineCounter, parseDocument } = (await import('yaml')).default;
  const counter = new LineCounter();
  let doc: ReturnType<typeof parseDocument>;
  try {
    // logLevel: a mapping used as a key is refused by the schema, not announced on stderr by the parser.
    doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, logLevel: 'error' });
  } catch (error) {
    // The parser recurses: thousands of nested mappings (`a: b: c: …`) overflow its stack.
    throw new ConfigError(`${file}: not valid YAML or JSON: ${(error as Error).message.split('\n')[0]}`);
  }
  const problem = doc.errors[0];
  if (problem) {
    const line = counter.linePos(problem.pos[0]).line;
    throw new ConfigError(`${file}:${line}: not valid YAML or JSON: ${problem.message.split('\n')[0]}`);
  }
  const lineOf = (path: KeyPath): number | undefined => {
    for (let n = path.length; n > 0; n--) {
      const parent = doc.getIn(path.slice(0, n - 1), true);
      const key = path[n - 1];
      const node = isMap(parent)
        ? parent.items.find((pair) => isScalar(pair.key) && pair.key.value === key)?.key
        : isSeq(parent) && typeof key === 'number'
          ? parent.items[key]
          : undefined;
      const offset = (node as { range?: number[] } | undefined)?.range?.[0];
      if (offset !== undefined) return counter.linePos(offset).line;
    }
    return undefined;
  };
  let data: unknown;
  try {
    data = doc.toJS() ?? {};
  } catch (error) {
    // An alias without its anchor, or aliases that would expand without end: parsed, but no data.
    throw new ConfigError(`${file}: not valid YAML or JSON: ${(error as Error).message.split('\n')[0]}`);
  }
  return {
    file,
    data,
    locate: (path) => {
      const line = lineOf(path);
      return line === undefined ? file : `${file}:${line}`;
    },
  };
}
