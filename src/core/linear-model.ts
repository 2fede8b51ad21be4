/** Weights over standardised features, as the trainers in eval/ write them. */
export interface StandardisedLinearModel {
  features: string[];
  /** Each feature is standardised as (value - mean) / scale before weighting. */
  mean: number[];
  scale: number[];
  weights: number[];
}

/** Throws unless the model is for exactly these features and holds a finite number for each. */
export function checkLinearModel<Model extends StandardisedLinearModel>(model: Model, features: readonly string[], what: string, trainer: string): Model {
  if (model.features.join(',') !== features.join(',')) {
    throw new Error(`${what} are for features [${model.features.join(', ')}], the code computes [${features.join(', ')}]: retrain with ${trainer}`);
  }
  for (const list of [model.mean, model.scale, model.weights]) {
    if (list.length !== features.length || list.some((value) => !Number.isFinite(value))) throw new Error(`${what}: a list has the wrong length or a non-number`);
  }
  return model;
}

/** A feature's standardised value; NaN marks a value that cannot be known and reads as the mean (0). */
export function standardised(value: number, mean: number, scale: number): number {
  return Number.isNaN(value) ? 0 : (value - mean) / scale;
}

/** The sum of each weight times its standardised feature. */
export function standardisedSum(model: StandardisedLinearModel, values: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < values.length; i += 1) sum += model.weights[i]! * standardised(values[i]!, model.mean[i]!, model.scale[i]!);
  return sum;
}
