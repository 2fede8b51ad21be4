import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { baselineAttributions, evaluateGold, loadGold, scoreAttributions } from '../../eval/gold.js';
import { articleFromPlainText } from '../../src/article/plain-text.js';
import { extractAttributions } from '../../src/nlp/attributions.js';
import { extractPeople } from '../../src/nlp/people.js';
import { splitSentences } from '../../src/nlp/sentences.js';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const goldDir = path.join(repoRoot, 'tests/fixtures/gold');
const newsDir = path.resolve(repoRoot, '../shared/corpora/news');

describe('the hand-annotated gold set', () => {
  it('has at least 8 articles, 2 of them held out, each with its provenance and verbatim quotes', async () => {
    const gold = await loadGold(goldDir);
    expect(gold.length).toBeGreaterThanOrEqual(8);
    expect(gold.filter((entry) => entry.gold.heldout)).toHaveLength(2);
    for (const { gold: annotation, article } of gold) {
      expect(annotation.source.provenance.length).toBeGreaterThan(10);
      for (const attribution of annotation.attributions) {
        expect(article.paragraphs[attribution.paragraph - 1]?.text).toContain(attribution.quote);
      }
    }
  });

  it('scores speakers at 0.85 or better on the tuned articles, and beats the baseline', async () => {
    const { tuned, heldout } = await evaluateGold(goldDir);
    expect(tuned.attribution.claimsFound).toBeGreaterThan(40);
    expect(tuned.attribution.speakerAccuracy).toBeGreaterThanOrEqual(0.85);
    expect(tuned.attribution.f1).toBeGreaterThan(tuned.baseline.f1);
    expect(heldout.articles).toHaveLength(2);
    expect(heldout.attribution.gold).toBeGreaterThan(0);
  });

  it('scores a perfect prediction as 1, and a wrong speaker as a found claim with a wrong speaker', async () => {
    const [seed] = (await loadGold(goldDir)).filter((entry) => entry.gold.id === 'seed-lavrov');
    const gold = seed!.gold;
    const perfect = gold.attributions.map((attribution, index) => ({
      ...attribution, sentence: index, speakerId: null, kind: 'indirect' as const,
    }));
    expect(scoreAttributions(gold.attributions, perfect, gold.people)).toMatchObject({ precision: 1, recall: 1, speakerAccuracy: 1 });
    const swapped = perfect.map((attribution) => ({ ...attribution, speaker: 'Someone Else' }));
    const scores = scoreAttributions(gold.attributions, swapped, gold.people);
    expect(scores).toMatchObject({ claimsFound: gold.attributions.length, matched: 0, speakerAccuracy: 0 });
  });

  it('baseline: the nearest capitalised name before "said"', () => {
    const article = articleFromPlainText('b', 'The vote was close, Maria Lopez said.');
    expect(baselineAttributions(splitSentences(article.paragraphs))[0]?.speaker).toBe('Maria Lopez');
  });
});

describe.skipIf(!existsSync(newsDir))('attributions on every corpus article', () => {
  it('quote only verbatim text of the cited paragraph', () => {
    const files = readdirSync(newsDir).filter((file) => file.endsWith('.txt') && !file.endsWith('.summary.txt'));
    let total = 0;
    for (const file of files) {
      const article = articleFromPlainText(file, readFileSync(path.join(newsDir, file), 'utf8'));
      const sentences = splitSentences(article.paragraphs);
      const attributions = extractAttributions(article, sentences, extractPeople(article, sentences));
      for (const attribution of attributions) {
        expect(article.paragraphs[attribution.paragraph - 1]?.text).toContain(attribution.quote);
        expect(sentences[attribution.sentence]?.paragraph).toBe(attribution.paragraph);
      }
      total += attributions.length;
    }
    expect(total).toBeGreaterThan(200);
  });
});
