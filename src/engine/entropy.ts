const counts = new Uint32Array(65536);

/** Shannon entropy of a string in bits per UTF-16 code unit. */
export function shannonEntropy(value: string): number {
  const length = value.length;
  if (length === 0) return 0;
  for (let i = 0; i < length; i++) counts[value.charCodeAt(i)]!++;
  let entropy = 0;
  for (let i = 0; i < length; i++) {
    const code = value.charCodeAt(i);
    const count = counts[code]!;
    if (count === 0) continue;
    const p = count / length;
    entropy -= p * Math.log2(p);
    counts[code] = 0;
  }
  return entropy;
}
