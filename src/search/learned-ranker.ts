import { checkLinearModel, standardisedSum, type StandardisedLinearModel } from '../core/linear-model.js';
import weightsFile from './data/ranker-weights.json' with { type: 'json' };
import { FEATURE_NAMES } from './ranking-features.js';

/** A linear model over standardised candidate features, written by eval/train-ranker.ts. */
export interface RankerModel extends StandardisedLinearModel {
  /** Maps the linear score to the chance that the sentence holds the answer: sigmoid(slope * score + offset). */
  calibration: { slope: number; offset: number };
}

/** Checks that a model fits the features this code computes. */
export function checkModel(model: RankerModel): RankerModel {
  return checkLinearModel(model, FEATURE_NAMES, 'ranker weights', 'eval/train-ranker.ts');
}

let shipped: RankerModel | null = null;

/** The model in src/search/data/ranker-weights.json, checked on first use (the trainer runs while it is stale). */
export function shippedModel(): RankerModel {
  shipped ??= checkModel(weightsFile as RankerModel);
  return shipped;
}

/** The model's linear score of one feature vector (higher ranks first). */
export function linearScore(features: readonly number[], using: RankerModel = shippedModel()): number {
  return standardisedSum(using, features);
}

/** 0..1: how likely the sentence holds the answer, comparable across questions and articles. */
export function answerChance(score: number, using: RankerModel = shippedModel()): number {
  return 1 / (1 + Math.exp(-(using.calibration.slope * score + using.calibration.offset)));
}
