import { decoders } from './decoders.js';

export interface DecodedLayer {
  /** Span [start, end) of the outermost encoded text in the scanned text. */
  start: number;
  end: number;
  /** The decoded text, inner layers decoded in place. */
  decoded: string;
  /** Encodings from the outside in, e.g. ['base64', 'percent']. */
  names: string[];
}

export interface DecodeBudget {
  /** Decoded bytes still allowed for this fragment. */
  bytes: number;
}

/** Every decodable span of `text`, and within each decoded text the spans below it, to `depth` layers. */
export function decodedLayers(text: string, depth: number, budget: DecodeBudget): DecodedLayer[] {
  if (depth <= 0) return [];
  const layers: DecodedLayer[] = [];
  for (const decoder of decoders) {
    for (const [start, end] of decoder.find(text)) {
      if (budget.bytes <= 0) return layers;
      const encoded = text.slice(start, end);
      const decoded = decoder.decode(encoded);
      if (decoded === undefined || decoded === encoded) continue;
      budget.bytes -= decoded.length;
      layers.push({ start, end, decoded, names: [decoder.name] });
      for (const inner of decodedLayers(decoded, depth - 1, budget)) {
        const nested = decoded.slice(0, inner.start) + inner.decoded + decoded.slice(inner.end);
        layers.push({ start, end, decoded: nested, names: [decoder.name, ...inner.names] });
      }
    }
  }
  return layers;
}
