import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANSWERABILITY_FEATURES, answerability, answerabilityFeatures, checkAnswerabilityModel, shippedAnswerabilityModel } from '../../src/answers/answerability.js';
import { answerAsk } from '../../src/answers/ask.js';
import { answerabilityJson, trainAnswerability } from '../../eval/train-answerability.js';
import { articleFromBlocks, prepareForTest, repoRoot } from '../search/seed-article.js';

const ferry = prepareForTest(
  articleFromBlocks(
    'ferry',
    [
      'The harbour board bought two electric ferries last spring for $12 million, its chairwoman Ana Ruiz said.',
      'The boats cross the bay every forty minutes and carry up to 300 passengers each.',
      'Fishermen complained that the new timetable leaves no berth for their boats in the morning.',
    ].join('\n\n'),
  ),
);

describe('when /ask says the article does not answer', () => {
  it('answers questions about the article, even paraphrased ones', () => {
    for (const question of ['How much did the harbour board pay for the ferries?', 'How often do the boats cross the bay?', 'Who complained about the timetable?']) {
      const answer = answerAsk([ferry], question);
      expect(answer.kind, question).toBe('ask');
      if (answer.kind === 'ask') expect(answer.confidence).toBeGreaterThanOrEqual(shippedAnswerabilityModel().threshold);
    }
  });

  it('declines questions about something else', () => {
    for (const question of ['Who won the 2018 World Cup?', 'What is the boiling point of water?', 'When did the Roman Empire fall?']) {
      expect(answerAsk([ferry], question).kind, question).toBe('not-found');
    }
  });

  it('grows more sure as the best sentence covers more of the question', () => {
    const hit = { sentenceId: 0, score: 0.6, matchedTerms: ['ferries', 'bought'], coverage: 0.3, topicCoverage: 0.5, topicMeaning: 0.6 };
    const low = answerability(answerabilityFeatures(hit, undefined, 3));
    const high = answerability(answerabilityFeatures({ ...hit, coverage: 1, topicCoverage: 1, topicMeaning: 1 }, undefined, 3));
    expect(high).toBeGreaterThan(low);
  });
});

describe('trainAnswerability', () => {
  const squad = (file: string): string => path.join(repoRoot, 'tests/fixtures/squad', file);
  const report = trainAnswerability([squad('sample-v1.1.json'), squad('paraphrase-v1.1.json')]);

  it('learns from own-article questions against other articles\' questions, with cross-validated error rates', () => {
    expect(report.answerable).toBe(22);
    expect(report.foreign).toBeGreaterThan(report.answerable);
    expect(report.threshold).toBeGreaterThan(0);
    expect(report.threshold).toBeLessThan(1);
    expect(report.falseAbstention + report.foreignAnswered).toBeLessThan(0.5);
  });

  it('writes a model that loads back and is refused when its features differ', () => {
    const model = checkAnswerabilityModel(JSON.parse(answerabilityJson(report.model)));
    expect(model.features).toEqual([...ANSWERABILITY_FEATURES]);
    expect(() => checkAnswerabilityModel({ ...model, features: model.features.slice(1) })).toThrow(/retrain/);
  });
});
