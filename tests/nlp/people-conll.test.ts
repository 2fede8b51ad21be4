import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateConll, readConll, scoreConll, tagSpans } from '../../eval/conll.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const fixture = (name: string): string => readFileSync(path.join(repoRoot, 'tests/fixtures/conll', name), 'utf8');
const conllDev = path.resolve(repoRoot, '../shared/corpora/ner/conll2003-dev.txt');

const personNames = (text: string): string[] =>
  readConll(text).flatMap((document) =>
    document.sentences.flatMap((sentence) =>
      tagSpans(sentence.map((token) => token.tag), 'PER').map(([first, last]) =>
        sentence.slice(first, last + 1).map((token) => token.text).join(' '),
      ),
    ),
  );

describe('readConll', () => {
  it('splits documents at -DOCSTART- and sentences at blank lines', () => {
    const documents = readConll(fixture('iob1.txt'));
    expect(documents).toHaveLength(2);
    expect(documents.map((document) => document.sentences.length)).toEqual([2, 1]);
    expect(documents[0]!.sentences[0]![0]).toEqual({ text: 'Peter', tag: 'I-PER' });
  });

  it('reads the same PER spans from IOB1 and IOB2 tags, keeping touching entities apart', () => {
    const expected = ['Peter Blackburn', 'Anna Schmidt', 'Karl Weber', 'Blackburn'];
    expect(personNames(fixture('iob1.txt'))).toEqual(expected);
    expect(personNames(fixture('iob2.txt'))).toEqual(expected);
  });
});

describe('scoreConll', () => {
  it('scores the detector and the capitalised-run baseline on exact spans', () => {
    const { per, baseline } = scoreConll(readConll(fixture('iob2.txt')));
    // The baseline glues "Anna Schmidt Karl Weber" into one run and takes "European Commission" and "Thursday".
    expect(baseline.recall).toBe(0.5);
    expect(per.precision).toBeGreaterThan(baseline.precision);
    expect(per.recall).toBeGreaterThanOrEqual(0.5);
  });
});

describe.skipIf(!existsSync(conllDev))('person detection on CoNLL-2003 dev', () => {
  it('reaches person F1 of at least 0.80, far above capitalised runs', async () => {
    const { per, baseline } = await evaluateConll(conllDev);
    expect(per.f1).toBeGreaterThanOrEqual(0.8);
    expect(per.f1).toBeGreaterThan(baseline.f1 + 0.3);
  });
});
