/**
 * Learns when /ask should say "the article does not say" and writes src/answers/data/answerability-weights.json.
 *
 *   node dist/eval/train-answerability.js TRAIN.json …
 *
 * Positives are SQuAD questions asked of their own article; negatives are questions of the other articles asked of
 * it (at most a dozen from each), the usual way to get off-topic questions without writing them. The model is a
 * logistic regression (src/answers/answerability.ts); its threshold is chosen by cross-validation across articles
 * to make the fewest mistakes, a wrongly declined question counting twice as much as an answered foreign one: a
 * reader told "the article does not say" when it does is misled, while a cited quote off the point shows itself.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ANSWERABILITY_FEATURES, answerability, type AnswerabilityModel, answerabilityFeatures, checkAnswerabilityModel } from '../src/answers/answerability.js';
import { prepareArticle } from '../src/core/prepare.js';
import { analyzeQuestion } from '../src/search/query.js';
import { readSquad } from './qa.js';
import { findRepoRoot } from './run.js';

interface Example {
  article: number;
  features: number[];
  answerable: boolean;
}

const FOREIGN_PER_ARTICLE = 12;
const L2 = 0.001;
const STEPS = 3000;
const LEARNING_RATE = 0.5;
// Finer at the low end: foreign questions outnumber answerable ones, so the chances run low.
const THRESHOLDS = [0.01, 0.02, 0.03, 0.04, 0.05, 0.06, 0.08, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.7];
const FALSE_ABSTENTION_COST = 2;
const cost = (errors: { falseAbstention: number; foreignAnswered: number }): number => FALSE_ABSTENTION_COST * errors.falseAbstention + errors.foreignAnswered;

function examples(files: readonly string[]): Example[] {
  const articles = files.flatMap((file) => readSquad(file));
  // The same story in two files (its questions written twice) is one article: never foreign to itself.
  const keys = articles.map(({ title }, i) => title ?? `#${i}`);
  const group = new Map([...new Set(keys)].map((key, index) => [key, index]));
  const all: Example[] = [];
  articles.forEach(({ article, questions }, i) => {
    const prepared = prepareArticle(article);
    const foreign = articles.flatMap((other, j) => (keys[j] === keys[i] ? [] : other.questions.slice(0, FOREIGN_PER_ARTICLE)));
    for (const [answerable, asked] of [[true, questions], [false, foreign]] as const) {
      for (const { question } of asked) {
        const [top, second] = prepared.index.searchSentences(question, 2);
        // Judged on the hits that led before a figure was put first, as answerAsk judges them.
        const { best, runnerUp } = top?.promotedOver ?? { best: top, runnerUp: second };
        const words = analyzeQuestion(question).groups.length;
        all.push({ article: group.get(keys[i]!)!, answerable, features: best ? answerabilityFeatures(best, runnerUp, words) : ANSWERABILITY_FEATURES.map(() => 0) });
      }
    }
  });
  return all;
}

function fit(training: readonly Example[]): AnswerabilityModel {
  const size = ANSWERABILITY_FEATURES.length;
  const mean = ANSWERABILITY_FEATURES.map((_, k) => training.reduce((sum, example) => sum + example.features[k]!, 0) / training.length);
  const scale = ANSWERABILITY_FEATURES.map((_, k) => {
    const variance = training.reduce((sum, example) => sum + (example.features[k]! - mean[k]!) ** 2, 0) / training.length;
    return variance > 1e-12 ? Math.sqrt(variance) : 1;
  });
  const rows = training.map((example) => example.features.map((value, k) => (value - mean[k]!) / scale[k]!));
  const weights = new Array<number>(size).fill(0);
  let bias = 0;
  for (let step = 0; step < STEPS; step += 1) {
    const gradient = weights.map((weight) => L2 * weight);
    let biasGradient = 0;
    rows.forEach((row, n) => {
      const error = 1 / (1 + Math.exp(-(bias + row.reduce((sum, value, k) => sum + value * weights[k]!, 0)))) - (training[n]!.answerable ? 1 : 0);
      for (let k = 0; k < size; k += 1) gradient[k]! += (error * row[k]!) / rows.length;
      biasGradient += error / rows.length;
    });
    for (let k = 0; k < size; k += 1) weights[k]! -= LEARNING_RATE * gradient[k]!;
    bias -= LEARNING_RATE * biasGradient;
  }
  return { features: [...ANSWERABILITY_FEATURES], mean, scale, weights, bias, threshold: 0.5 };
}

export interface AnswerabilityReport {
  answerable: number;
  foreign: number;
  threshold: number;
  /** Cross-validated by article at the chosen threshold. */
  falseAbstention: number;
  foreignAnswered: number;
  model: AnswerabilityModel;
}

export function trainAnswerability(files: readonly string[]): AnswerabilityReport {
  const all = examples(files);
  const articles = [...new Set(all.map((example) => example.article))];
  const chances = new Map<Example, number>();
  for (const article of articles) {
    const model = fit(all.filter((example) => example.article !== article));
    for (const example of all.filter((candidate) => candidate.article === article)) chances.set(example, answerability(example.features, model));
  }
  const answerable = all.filter((example) => example.answerable);
  const foreign = all.filter((example) => !example.answerable);
  const errorsAt = (threshold: number): { falseAbstention: number; foreignAnswered: number } => ({
    falseAbstention: answerable.filter((example) => chances.get(example)! < threshold).length / Math.max(1, answerable.length),
    foreignAnswered: foreign.filter((example) => chances.get(example)! >= threshold).length / Math.max(1, foreign.length),
  });
  const threshold = THRESHOLDS.reduce((best, candidate) => {
    const [a, b] = [errorsAt(candidate), errorsAt(best)];
    return cost(a) < cost(b) - 1e-9 ? candidate : best;
  });
  const model = checkAnswerabilityModel({ ...fit(all), threshold });
  return { answerable: answerable.length, foreign: foreign.length, threshold, ...errorsAt(threshold), model };
}

export function answerabilityJson(model: AnswerabilityModel): string {
  const rounded = (values: number[]): number[] => values.map((value) => Number(value.toPrecision(6)));
  return `${JSON.stringify({ ...model, mean: rounded(model.mean), scale: rounded(model.scale), weights: rounded(model.weights), bias: Number(model.bias.toPrecision(6)) }, null, 1)}\n`;
}

function main(files: string[]): void {
  if (files.length === 0) throw new Error('usage: node dist/eval/train-answerability.js TRAIN.json …');
  const report = trainAnswerability(files.map((file) => path.resolve(file)));
  const percent = (value: number): string => (100 * value).toFixed(1);
  console.log(`${report.answerable} answerable and ${report.foreign} foreign questions; threshold ${report.threshold.toFixed(2)}`);
  console.log(`cross-validated by article: declines ${percent(report.falseAbstention)}% of answerable, answers ${percent(report.foreignAnswered)}% of foreign`);
  const out = path.join(findRepoRoot(path.dirname(fileURLToPath(import.meta.url))), 'src', 'answers', 'data', 'answerability-weights.json');
  writeFileSync(out, answerabilityJson(report.model));
  console.log(`wrote ${out}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main(process.argv.slice(2));
