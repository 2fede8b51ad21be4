import weightsFile from './data/ranker-weights.json' with { type: 'json' };
import { FEATURE_NAMES } from './ranking-features.js';

/** A linear model over standardised candidate features, written by eval/train-ranker.ts. */
export interface RankerModel {
  features: string[];
  /** Each feature is standardised as (value - mean) / scale before weighting. */
  mean: number[];
  scale: number[];
  weights: number[];
  /** Maps the linear score to the chance that the sentence holds the answer: sigmoid(slope * score + offset). */
  calibration: { slope: number; offset: number };
}

/** Checks that a model fits the features this code computes. */
export function checkModel(model: RankerModel): RankerModel {
  const expected = FEATURE_NAMES.join(',');
  if (model.features.join(',') !== expected) {
    throw new Error(`ranker weights are for features [${model.features.join(', ')}], the code computes [${expected}]: retrain with eval/train-ranker.ts`);
  }
  for (const list of [model.mean, model.scale, model.weights]) {
    if (list.length !== FEATURE_NAMES.length || list.some((value) => !Number.isFinite(value))) throw new Error('ranker weights: a list has the wrong length or a non-number');
  }
  return model;
}

let shipped: RankerModel | null = null;

/** The model in src/search/data/ranker-weights.json, checked on first use (the trainer runs while it is stale). */
export function shippedModel(): RankerModel {
  shipped ??= checkModel(weightsFile as RankerModel);
  return shipped;
}

/** The model's linear score of one feature vector (higher ranks first). */
export function linearScore(features: readonly number[], using: RankerModel = shippedModel()): number {
  let score = 0;
  for (let i = 0; i < features.length; i += 1) score += using.weights[i]! * ((features[i]! - using.mean[i]!) / using.scale[i]!);
  return score;
}

/** 0..1: how likely the sentence holds the answer, comparable across questions and articles. */
export function answerChance(score: number, using: RankerModel = shippedModel()): number {
  return 1 / (1 + Math.exp(-(using.calibration.slope * score + using.calibration.offset)));
}
