/**
 * `npm run eval`: every measurement of Byline beside its baseline, as a table and eval/report.json.
 *
 *   npm run eval                    all evaluations on ../shared (SHARED_DIR overrides it)
 *   npm run eval -- --squad FILE    answer-sentence retrieval on a SQuAD v1.1 JSON file
 *   npm run eval -- --conll FILE    PER spans on a CoNLL-2003 file (IOB1 or IOB2)
 *   add --json                      one JSON object on stdout, fractions 0..1
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseRawText } from '../src/article/parse-text.js';
import type { Article } from '../src/article/types.js';
import { prepareArticle } from '../src/core/prepare.js';
import { evaluateConll } from './conll.js';
import { evaluateGold } from './gold.js';
import { evaluateParsing } from './parsing.js';
import { evaluateSharedQa, evaluateSquad } from './qa.js';
import {
  formatTable,
  goldSections,
  parsingSections,
  precisionRecallSection,
  qaSections,
  squadSection,
  summarySections,
  type ReportSection,
} from './report.js';
import { evaluateSummaries } from './summary.js';

export interface EvalOptions {
  squad: string | null;
  conll: string | null;
  json: boolean;
}

export interface EvalIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  /** Where package.json is; paths in the repo (eval/report.json, tests/fixtures) hang off it. */
  repoRoot: string;
}

const USAGE = 'usage: npm run eval -- [--squad FILE] [--conll FILE] [--json]';

/** A user mistake (bad flag, missing or malformed file): reported in one line, exit code 1. */
export class EvalInputError extends Error {}

export function parseEvalArgs(argv: string[]): EvalOptions {
  const options: EvalOptions = { squad: null, conll: null, json: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    if (flag === '--json') {
      options.json = true;
    } else if (flag === '--squad' || flag === '--conll') {
      const file = argv[++i];
      if (file === undefined || file.startsWith('--')) throw new EvalInputError(`${flag} needs a file (${USAGE})`);
      options[flag === '--squad' ? 'squad' : 'conll'] = file;
    } else {
      throw new EvalInputError(`unknown argument "${flag}" (${USAGE})`);
    }
  }
  return options;
}

/** The directory holding package.json, searched upwards (works from eval/ and from dist/eval/). */
export function findRepoRoot(start: string): string {
  let directory = start;
  while (!existsSync(path.join(directory, 'package.json'))) {
    const parent = path.dirname(directory);
    if (parent === directory) return start;
    directory = parent;
  }
  return directory;
}

function requireFile(flag: string, file: string): string {
  const resolved = path.resolve(file);
  if (!existsSync(resolved)) throw new EvalInputError(`${flag}: file not found: ${file}`);
  return resolved;
}

// Turns a reader's failure (bad JSON, wrong columns) into one line naming the flag and file.
async function readingFile<T>(flag: string, file: string, evaluate: (file: string) => Promise<T> | T): Promise<T> {
  const resolved = requireFile(flag, file);
  try {
    return await evaluate(resolved);
  } catch (error) {
    throw new EvalInputError(`${flag} ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

interface Measured {
  metrics: Record<string, unknown>;
  sections: ReportSection[];
}

async function evaluateFiles(options: EvalOptions): Promise<Measured> {
  const measured: Measured = { metrics: {}, sections: [] };
  if (options.squad) {
    const squad = await readingFile('--squad', options.squad, (file) => evaluateSquad(file, prepareArticle));
    measured.metrics.squad = squad;
    measured.sections.push(squadSection(options.squad, squad));
  }
  if (options.conll) {
    const conll = await readingFile('--conll', options.conll, evaluateConll);
    measured.metrics.conll = conll;
    measured.sections.push(precisionRecallSection(`People: PER spans in ${options.conll}`, conll.per, conll.baseline, 'capitalised runs'));
  }
  return measured;
}

// Questions written by hand for articles in the repo (answers: [] marks an off-topic question).
const HAND_WRITTEN_QA = [
  { name: 'seed', questions: 'tests/fixtures/qa/seed.jsonl', article: 'data/lavrov-pyongyang-visit.txt' },
  { name: 'second-article', questions: 'tests/fixtures/qa/second-article.jsonl', article: 'tests/fixtures/articles/second-article.txt' },
];

function handWrittenQuestions(repoRoot: string): Array<{ name: string; questionsFile: string; article: Article }> {
  return HAND_WRITTEN_QA.filter(({ questions, article }) => existsSync(path.join(repoRoot, questions)) && existsSync(path.join(repoRoot, article))).map(
    ({ name, questions, article }) => ({
      name,
      questionsFile: path.join(repoRoot, questions),
      article: parseRawText(readFileSync(path.join(repoRoot, article), 'utf8'), article),
    }),
  );
}

async function evaluateShared(sharedDir: string, repoRoot: string): Promise<Measured> {
  const measured: Measured = { metrics: {}, sections: [] };
  const qa = evaluateSharedQa(sharedDir, { prepare: prepareArticle, handWritten: handWrittenQuestions(repoRoot) });
  measured.metrics.qa = qa;
  measured.sections.push(...qaSections(qa));

  const summaries = evaluateSummaries(sharedDir);
  measured.metrics.summaries = summaries;
  measured.sections.push(...summarySections(summaries));

  const conllFile = path.join(sharedDir, 'corpora', 'ner', 'conll2003-dev.txt');
  if (existsSync(conllFile)) {
    const conll = await evaluateConll(conllFile);
    measured.metrics.conll = conll;
    measured.sections.push(precisionRecallSection('People: PER spans, CoNLL-2003 dev', conll.per, conll.baseline, 'capitalised runs'));
  }

  const gold = await evaluateGold(path.join(repoRoot, 'tests', 'fixtures', 'gold'));
  measured.metrics.gold = gold;
  measured.sections.push(...goldSections(gold));

  const parsing = await evaluateParsing(sharedDir, repoRoot);
  measured.metrics.parsing = parsing;
  measured.sections.push(...parsingSections(parsing));
  return measured;
}

/** Runs the evaluations the arguments ask for; returns the process exit code. */
export async function main(argv: string[], io: EvalIO): Promise<number> {
  try {
    const options = parseEvalArgs(argv);
    const fileMode = options.squad !== null || options.conll !== null;
    let measured: Measured;
    if (fileMode) {
      measured = await evaluateFiles(options);
    } else {
      const sharedDir = path.resolve(io.repoRoot, io.env.SHARED_DIR ?? '../shared');
      if (!existsSync(sharedDir)) {
        const message = `byline eval: skipped, no shared corpora at ${sharedDir} (set SHARED_DIR to point elsewhere)\n`;
        if (options.json) {
          io.stderr(message);
          io.stdout('{}\n');
        } else {
          io.stdout(message);
        }
        return 0;
      }
      measured = await evaluateShared(sharedDir, io.repoRoot);
      writeFileSync(path.join(io.repoRoot, 'eval', 'report.json'), `${JSON.stringify(measured.metrics, null, 2)}\n`);
    }
    io.stdout(options.json ? `${JSON.stringify(measured.metrics)}\n` : `${formatTable(measured.sections)}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof EvalInputError)) throw error;
    io.stderr(`byline eval: ${error.message}\n`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const repoRoot = findRepoRoot(path.dirname(fileURLToPath(import.meta.url)));
  process.exitCode = await main(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    repoRoot,
  });
}
