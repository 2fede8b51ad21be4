import vectorData from './data/word-vectors.json' with { type: 'json' };

interface VectorTable {
  rowOf: Map<string, number>;
  values: Float32Array;
  dimensions: number;
}

let table: VectorTable | null = null;

/** GloVe directions per stem (src/search/data/word-vectors.json, derived by eval/build-word-vectors.ts), decoded on first use. */
function vectors(): VectorTable {
  if (table) return table;
  const { dimensions, stems, vectors: encoded } = vectorData as { dimensions: number; stems: string; vectors: string };
  const bytes = Buffer.from(encoded, 'base64');
  const signed = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  const values = new Float32Array(signed.length);
  for (let i = 0; i < signed.length; i += 1) values[i] = signed[i]! / 127;
  table = { rowOf: new Map(stems.split(' ').map((stem, row) => [stem, row])), values, dimensions };
  return table;
}

/**
 * How close two stems are in meaning, 0..1 (the cosine of their directions, negatives as 0): 1 for the same stem,
 * 0 when either is unknown. "purchas" and "bought" score high, "purchas" and "river" near 0.
 */
export function stemSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const { rowOf, values, dimensions } = vectors();
  const rowA = rowOf.get(a);
  const rowB = rowOf.get(b);
  if (rowA === undefined || rowB === undefined) return 0;
  let dot = 0;
  for (let i = 0, x = rowA * dimensions, y = rowB * dimensions; i < dimensions; i += 1, x += 1, y += 1) dot += values[x]! * values[y]!;
  return Math.max(0, Math.min(1, dot));
}

/** The unit direction of a bag of stems (each known stem weighted), or null when none is known. */
export function meanDirection(stems: Iterable<string>, weightOf: (stem: string) => number = () => 1): Float32Array | null {
  const { rowOf, values, dimensions } = vectors();
  const sum = new Float32Array(dimensions);
  let known = false;
  for (const stem of stems) {
    const row = rowOf.get(stem);
    if (row === undefined) continue;
    const weight = weightOf(stem);
    for (let i = 0; i < dimensions; i += 1) sum[i]! += weight * values[row * dimensions + i]!;
    known = true;
  }
  if (!known) return null;
  const norm = Math.hypot(...sum) || 1;
  for (let i = 0; i < dimensions; i += 1) sum[i]! /= norm;
  return sum;
}

/** The cosine of two unit directions, 0 when either is missing. */
export function directionSimilarity(a: Float32Array | null, b: Float32Array | null): number {
  if (!a || !b) return 0;
  let dot = 0;
  for (let i = 0; i < a.length; i += 1) dot += a[i]! * b[i]!;
  return dot;
}
