/**
 * Learns the /ask re-ranker's weights from SQuAD-format files and writes src/search/data/ranker-weights.json.
 *
 *   node dist/eval/train-ranker.js [--out FILE] [--folds K] TRAIN.json … [--weight W TRAIN.json …]
 *
 * `--weight W` makes each question of the files after it count W times (the news questions of
 * eval/data/news-questions.jsonl, converted by eval/news-questions.ts, are trained at 0.25 beside SQuAD).
 *
 * The model is linear over standardised candidate features (src/search/ranking-features.ts), trained with a listwise
 * softmax over each question's retrieved candidates and L2. The L2 strength is chosen by cross-validation across
 * articles (never on a held-out file); the final model is trained on everything, then calibrated (Platt) so its
 * scores read as the chance that a sentence holds the answer.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { extractPeople } from '../src/nlp/people.js';
import { splitSentences } from '../src/nlp/sentences.js';
import { buildSentenceSearch } from '../src/search/build-index.js';
import { standardised } from '../src/core/linear-model.js';
import { checkModel, type RankerModel } from '../src/search/learned-ranker.js';
import { FEATURE_NAMES } from '../src/search/ranking-features.js';
import { RankTally, readSquad, squadGoldSentences, type RankMetrics } from './qa.js';
import { findRepoRoot } from './run.js';

/** One question's retrieved candidates: their features and which of them hold the answer. */
interface TrainingList {
  article: string;
  /** The training file it came from, for the per-file report. */
  file: string;
  /** How much the question counts in training (1, or less for a file given after `--weight`). */
  weight: number;
  features: number[][];
  gold: boolean[];
}

const L2_GRID = [0.001, 0.01, 0.1];
const EPOCHS = 400;
const LEARNING_RATE = 0.1;
const RANKED = 10;

/** A training file and how much each of its questions counts. */
export interface TrainingFile {
  file: string;
  weight: number;
}

function trainingLists(files: readonly TrainingFile[]): TrainingList[] {
  const lists: TrainingList[] = [];
  for (const { file, weight } of files) {
    for (const { article, title, questions } of readSquad(file)) {
      const sentences = splitSentences(article.paragraphs);
      // With the people the pipeline finds, as /ask has them: "who" questions look for them.
      const search = buildSentenceSearch(article, sentences, extractPeople(article, sentences));
      for (const question of questions) {
        const gold = squadGoldSentences(sentences, question);
        if (gold.size === 0) continue;
        const rows = search.candidateRows(question.question);
        lists.push({
          article: title ? `title:${title}` : `${path.basename(file)}#${article.id}`,
          file: path.basename(file),
          weight,
          features: rows.map((row) => row.features),
          gold: rows.map((row) => gold.has(row.entry.sentence.id)),
        });
      }
    }
  }
  return lists;
}

function standardisation(lists: readonly TrainingList[]): { mean: number[]; scale: number[] } {
  const rows = lists.flatMap((list) => list.features);
  // A NaN feature is unknown for that candidate: it counts in neither mean nor spread, and standardises to 0.
  const known = (i: number): number[] => rows.map((row) => row[i]!).filter((value) => !Number.isNaN(value));
  const mean = FEATURE_NAMES.map((_, i) => {
    const values = known(i);
    return values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
  });
  const scale = FEATURE_NAMES.map((_, i) => {
    const values = known(i);
    const variance = values.reduce((sum, value) => sum + (value - mean[i]!) ** 2, 0) / Math.max(1, values.length);
    return variance > 1e-12 ? Math.sqrt(variance) : 1;
  });
  return { mean, scale };
}

const standardise = (row: readonly number[], mean: readonly number[], scale: readonly number[]): number[] => row.map((value, i) => standardised(value, mean[i]!, scale[i]!));
const dot = (a: readonly number[], b: readonly number[]): number => a.reduce((sum, value, i) => sum + value * b[i]!, 0);

/** Listwise softmax: maximises the probability mass on each question's gold candidates, with Adam steps. */
function fitWeights(lists: readonly TrainingList[], l2: number): RankerModel {
  const { mean, scale } = standardisation(lists);
  const usable = lists
    .filter((list) => list.gold.some(Boolean))
    .map((list) => ({ rows: list.features.map((row) => standardise(row, mean, scale)), gold: list.gold, weight: list.weight }));
  const totalWeight = usable.reduce((sum, list) => sum + list.weight, 0) || 1;
  const size = FEATURE_NAMES.length;
  const weights = new Array<number>(size).fill(0);
  const moment = new Array<number>(size).fill(0);
  const velocity = new Array<number>(size).fill(0);
  for (let epoch = 1; epoch <= EPOCHS; epoch += 1) {
    const gradient = weights.map((weight) => l2 * weight);
    for (const { rows, gold, weight } of usable) {
      const scores = rows.map((row) => dot(row, weights));
      const top = Math.max(...scores);
      const exps = scores.map((score) => Math.exp(score - top));
      const total = exps.reduce((sum, value) => sum + value, 0);
      const goldTotal = exps.reduce((sum, value, k) => sum + (gold[k] ? value : 0), 0);
      rows.forEach((row, k) => {
        const pull = exps[k]! / total - (gold[k] ? exps[k]! / goldTotal : 0);
        for (let i = 0; i < size; i += 1) gradient[i]! += (weight * pull * row[i]!) / totalWeight;
      });
    }
    for (let i = 0; i < size; i += 1) {
      moment[i] = 0.9 * moment[i]! + 0.1 * gradient[i]!;
      velocity[i] = 0.999 * velocity[i]! + 0.001 * gradient[i]! ** 2;
      const corrected = moment[i]! / (1 - 0.9 ** epoch);
      weights[i]! -= (LEARNING_RATE * corrected) / (Math.sqrt(velocity[i]! / (1 - 0.999 ** epoch)) + 1e-8);
    }
  }
  return { features: [...FEATURE_NAMES], mean, scale, weights, calibration: { slope: 1, offset: 0 } };
}

const linear = (model: RankerModel, row: readonly number[]): number => dot(standardise(row, model.mean, model.scale), model.weights);

/** Platt scaling over every candidate: sigmoid(slope * score + offset) ≈ the chance the candidate holds the answer. */
function calibrate(model: RankerModel, lists: readonly TrainingList[]): RankerModel['calibration'] {
  const points = lists.flatMap((list) => list.features.map((row, k) => ({ score: linear(model, row), gold: list.gold[k] ? 1 : 0 })));
  let slope = 1;
  let offset = 0;
  for (let step = 0; step < 2000; step += 1) {
    let gradSlope = 0;
    let gradOffset = 0;
    for (const { score, gold } of points) {
      const error = 1 / (1 + Math.exp(-(slope * score + offset))) - gold;
      gradSlope += (error * score) / points.length;
      gradOffset += error / points.length;
    }
    slope -= 0.5 * gradSlope;
    offset -= 0.5 * gradOffset;
  }
  return { slope, offset };
}

function tallyRankings(model: RankerModel, lists: readonly TrainingList[], tally: RankTally): RankTally {
  for (const list of lists) {
    const order = list.features.map((row, k) => ({ k, score: linear(model, row) })).sort((a, b) => b.score - a.score || a.k - b.k);
    const ranking = order.slice(0, RANKED).map(({ k }) => k);
    tally.add(ranking, new Set(list.gold.flatMap((isGold, k) => (isGold ? [k] : []))));
  }
  return tally;
}

const measure = (model: RankerModel, lists: readonly TrainingList[]): RankMetrics => tallyRankings(model, lists, new RankTally()).metrics();

const fileOf = (list: TrainingList): string => list.file;

/**
 * K folds of whole articles, so no article is both trained and tested on; every question is tested once.
 * Returns the metrics over all questions and over each training file's own questions.
 */
function crossValidate(lists: readonly TrainingList[], l2: number, folds: number): { metrics: RankMetrics; byFile: Record<string, RankMetrics> } {
  const articles = [...new Set(lists.map((list) => list.article))];
  const foldOf = new Map(articles.map((article, i) => [article, i % folds]));
  const tally = new RankTally();
  const fileTallies = new Map<string, RankTally>();
  for (let fold = 0; fold < folds; fold += 1) {
    const test = lists.filter((list) => foldOf.get(list.article) === fold);
    if (test.length === 0) continue;
    const model = fitWeights(lists.filter((list) => foldOf.get(list.article) !== fold), l2);
    tallyRankings(model, test, tally);
    for (const list of test) {
      const fileTally = fileTallies.get(fileOf(list)) ?? new RankTally();
      fileTallies.set(fileOf(list), tallyRankings(model, [list], fileTally));
    }
  }
  return { metrics: tally.metrics(), byFile: Object.fromEntries([...fileTallies].map(([file, fileTally]) => [file, fileTally.metrics()])) };
}

export interface TrainingReport {
  questions: number;
  articles: number;
  /** Share of questions whose answer sentence is among the retrieved candidates (the ceiling of any re-ranking). */
  reachable: number;
  crossValidation: Array<{ l2: number; metrics: RankMetrics; byFile: Record<string, RankMetrics> }>;
  chosenL2: number;
  /** The final model on its own training questions (optimistic; the CV figures are the honest ones). */
  fitted: RankMetrics;
  model: RankerModel;
}

/** Cross-validates the L2 strength across articles, then trains and calibrates the final model on all files. */
export function trainRanker(files: ReadonlyArray<string | TrainingFile>, folds = 5): TrainingReport {
  const lists = trainingLists(files.map((file) => (typeof file === 'string' ? { file, weight: 1 } : file)));
  const crossValidation = L2_GRID.map((l2) => ({ l2, ...crossValidate(lists, l2, folds) }));
  const best = crossValidation.reduce((a, b) => (b.metrics.top1 > a.metrics.top1 + 1e-9 || (Math.abs(b.metrics.top1 - a.metrics.top1) <= 1e-9 && b.metrics.mrr > a.metrics.mrr) ? b : a));
  const fittedWeights = fitWeights(lists, best.l2);
  const model = checkModel({ ...fittedWeights, calibration: calibrate(fittedWeights, lists) });
  return {
    questions: lists.length,
    articles: new Set(lists.map((list) => list.article)).size,
    reachable: lists.filter((list) => list.gold.some(Boolean)).length / Math.max(1, lists.length),
    crossValidation,
    chosenL2: best.l2,
    fitted: measure(model, lists),
    model,
  };
}

/** The weights file as committed: numbers rounded to 6 significant digits. */
export function modelJson(model: RankerModel): string {
  const rounded = (values: number[]): number[] => values.map((value) => Number(value.toPrecision(6)));
  const { slope, offset } = model.calibration;
  const json = {
    features: model.features,
    mean: rounded(model.mean),
    scale: rounded(model.scale),
    weights: rounded(model.weights),
    calibration: { slope: Number(slope.toPrecision(6)), offset: Number(offset.toPrecision(6)) },
  };
  return `${JSON.stringify(json, null, 1)}\n`;
}

const percent = (value: number): string => (100 * value).toFixed(1);
const USAGE = 'usage: node dist/eval/train-ranker.js [--out FILE] [--folds K] TRAIN.json … [--weight W TRAIN.json …]';

function main(argv: string[]): void {
  const repoRoot = findRepoRoot(path.dirname(fileURLToPath(import.meta.url)));
  let out = path.join(repoRoot, 'src', 'search', 'data', 'ranker-weights.json');
  let folds = 5;
  let weight = 1;
  const files: TrainingFile[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--out') out = path.resolve(argv[++i]!);
    else if (argv[i] === '--folds') folds = Number(argv[++i]);
    else if (argv[i] === '--weight') weight = Number(argv[++i]);
    else files.push({ file: path.resolve(argv[i]!), weight });
  }
  if (files.length === 0 || !(folds >= 2) || !(weight > 0)) throw new Error(USAGE);

  const report = trainRanker(files, folds);
  console.log(`${report.questions} questions over ${report.articles} articles; the answer sentence is among the candidates for ${percent(report.reachable)}%`);
  for (const { l2, metrics, byFile } of report.crossValidation) {
    console.log(`L2 ${l2}: ${folds}-fold CV top-1 ${percent(metrics.top1)}, top-3 ${percent(metrics.top3)}, MRR ${percent(metrics.mrr)}`);
    for (const [file, fileMetrics] of Object.entries(byFile)) console.log(`    ${file}: top-1 ${percent(fileMetrics.top1)}, MRR ${percent(fileMetrics.mrr)}`);
  }
  console.log(`chosen L2 ${report.chosenL2}; on all training questions top-1 ${percent(report.fitted.top1)}, MRR ${percent(report.fitted.mrr)}`);
  FEATURE_NAMES.forEach((name, i) => console.log(`  ${name.padEnd(24)} ${report.model.weights[i]!.toFixed(3)}`));
  writeFileSync(out, modelJson(report.model));
  console.log(`wrote ${out}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main(process.argv.slice(2));
