import type { SentenceHit } from '../search/article-index.js';
import { checkLinearModel, standardisedSum, type StandardisedLinearModel } from '../core/linear-model.js';
import weightsFile from './data/answerability-weights.json' with { type: 'json' };

/** Logistic regression over standardised features, written by eval/train-answerability.ts. */
export interface AnswerabilityModel extends StandardisedLinearModel {
  bias: number;
  /** Below this chance the article is taken not to answer the question. */
  threshold: number;
}

/**
 * What tells a question the article answers from one about something else: how much of the question the article
 * holds (by word, and by meaning for words it lacks), how much the best sentence holds, how sure the ranker is, and
 * how clearly the best sentence wins; short questions say less.
 */
export const ANSWERABILITY_FEATURES = [
  'topic-coverage',
  'topic-meaning',
  'coverage',
  'log-chance',
  'gap',
  'inverse-words',
  'matched-words',
  'topic-and-meaning',
  'meaning-squared',
] as const;

export function answerabilityFeatures(best: SentenceHit, runnerUp: SentenceHit | undefined, questionWords: number): number[] {
  const topic = best.topicCoverage ?? 0;
  const meaning = best.topicMeaning ?? topic;
  const gap = runnerUp && best.score > 0 ? (best.score - runnerUp.score) / best.score : 1;
  return [
    topic,
    meaning,
    best.coverage ?? 0,
    Math.log(best.score + 1e-3),
    gap,
    1 / Math.max(1, questionWords),
    Math.min(best.matchedTerms.length, 4) / 4,
    topic * meaning,
    meaning ** 2,
  ];
}

export function checkAnswerabilityModel(model: AnswerabilityModel): AnswerabilityModel {
  return checkLinearModel(model, ANSWERABILITY_FEATURES, 'answerability weights', 'eval/train-answerability.ts');
}

let shipped: AnswerabilityModel | null = null;

export function shippedAnswerabilityModel(): AnswerabilityModel {
  shipped ??= checkAnswerabilityModel(weightsFile as AnswerabilityModel);
  return shipped;
}

/** 0..1: the chance that the best sentence answers a question the article is about. */
export function answerability(features: readonly number[], model: AnswerabilityModel = shippedAnswerabilityModel()): number {
  return 1 / (1 + Math.exp(-(model.bias + standardisedSum(model, features))));
}
