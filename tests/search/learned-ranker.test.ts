import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateSquad } from '../../eval/qa.js';
import { modelJson, trainRanker } from '../../eval/train-ranker.js';
import { answerChance, checkModel, linearScore, type RankerModel, shippedModel } from '../../src/search/learned-ranker.js';
import { FEATURE_NAMES } from '../../src/search/ranking-features.js';
import { relatedStems } from '../../src/search/related-words.js';
import { repoRoot } from './seed-article.js';

const paraphraseFile = path.join(repoRoot, 'tests/fixtures/squad/paraphrase-v1.1.json');

describe('the shipped ranker weights', () => {
  it('load, and name exactly the features the code computes', () => {
    const model = shippedModel();
    expect(model.features).toEqual([...FEATURE_NAMES]);
    expect(model.weights).toHaveLength(FEATURE_NAMES.length);
    expect(model.scale.every((scale) => scale > 0)).toBe(true);
  });

  it('are refused when they do not fit the features', () => {
    const model = shippedModel();
    const stale: RankerModel = { ...model, features: model.features.slice(1), mean: model.mean.slice(1), scale: model.scale.slice(1), weights: model.weights.slice(1) };
    expect(() => checkModel(stale)).toThrow(/retrain/);
    expect(() => checkModel({ ...model, weights: model.weights.map(() => Number.NaN) })).toThrow(/non-number/);
  });

  it('turn scores into chances between 0 and 1 that grow with the score', () => {
    const low = answerChance(linearScore(FEATURE_NAMES.map(() => 0)));
    const high = answerChance(linearScore(FEATURE_NAMES.map((_, i) => (shippedModel().weights[i]! > 0 ? 1 : 0))));
    expect(low).toBeGreaterThan(0);
    expect(high).toBeLessThan(1);
    expect(high).toBeGreaterThan(low);
  });

  it('rank the answer sentence first more often than plain MiniSearch when questions paraphrase the article', () => {
    const report = evaluateSquad(paraphraseFile);
    expect(report.questions).toBe(11);
    expect(report.top1).toBeGreaterThanOrEqual(report.baseline.top1 + 0.2);
    expect(report.mrr).toBeGreaterThan(report.baseline.mrr);
  });
});

describe('related words from WordNet', () => {
  it('link synonyms and derived forms by stem', () => {
    expect(relatedStems('found')).toContain('establish');
    expect(relatedStems('popul')).toContain('inhabit');
  });

  it('link the words news copy uses for one event, both ways, beside WordNet\'s', () => {
    expect(relatedStems('die')).toEqual(expect.arrayContaining(['kill', 'perish']));
    expect(relatedStems('kill')).toEqual(expect.arrayContaining(['die', 'slayer']));
    expect(relatedStems('arrest')).toContain('detain');
  });

  it('are empty for unknown words and object member names', () => {
    expect(relatedStems('qwertyuiop')).toEqual([]);
    for (const member of ['__proto__', 'hasOwnProperty', 'toString', 'valueOf']) expect(relatedStems(member)).toEqual([]);
  });
});

describe('trainRanker', () => {
  const report = trainRanker([paraphraseFile, path.join(repoRoot, 'tests/fixtures/squad/sample-v1.1.json')], 3);

  it('learns a model of the shipped shape from SQuAD files, with cross-validated figures', () => {
    expect(report.questions).toBe(22);
    expect(report.articles).toBe(3);
    expect(report.reachable).toBeGreaterThan(0.9);
    expect(report.crossValidation.map(({ l2 }) => l2)).toContain(report.chosenL2);
    for (const { metrics } of report.crossValidation) {
      expect(metrics.top3).toBeGreaterThanOrEqual(metrics.top1);
      expect(metrics.top1).toBeGreaterThan(0.5);
    }
    expect(report.fitted.top1).toBeGreaterThanOrEqual(0.8);
  });

  it('writes weights that load back as a valid model', () => {
    const reloaded = checkModel(JSON.parse(modelJson(report.model)) as RankerModel);
    expect(reloaded.features).toEqual([...FEATURE_NAMES]);
    expect(reloaded.calibration.slope).toBeGreaterThan(0);
  });
});

describe('ranking features of a candidate sentence', () => {
  const featuresOf = async (text: string, question: string): Promise<Record<string, number>> => {
    const { articleFromPlainText } = await import('../../src/article/plain-text.js');
    const { splitSentences } = await import('../../src/nlp/sentences.js');
    const { buildSentenceSearch } = await import('../../src/search/build-index.js');
    const article = articleFromPlainText('features', `Strike\n\n${text}`);
    const [row] = buildSentenceSearch(article, splitSentences(article.paragraphs), []).candidateRows(question);
    return Object.fromEntries(FEATURE_NAMES.map((name, i) => [name, row!.features[i]!]));
  };

  it('counts a compound ending in the word asked as a loose match ("dockworkers" for "workers"), not a shorter word', async () => {
    expect((await featuresOf('More than 4,200 dockworkers stayed off the job.', 'How many workers stayed off?'))['loose-coverage']).toBeGreaterThan(
      (await featuresOf('More than 4,200 dockers stayed off the job.', 'How many workers stayed off?'))['loose-coverage']!,
    );
  });

  it('reads the meaning of a question of unknown words as unknown (NaN), never as unrelated', async () => {
    expect((await featuresOf('Audiences gave the film a "B+" Zorbascore.', 'What was the Zorbascore?'))['meaning-cosine']).toBeNaN();
  });
});
