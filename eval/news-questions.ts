/**
 * Turns the news training questions (eval/data/news-questions.jsonl) into a SQuAD v1.1 file for eval/train-ranker.ts.
 *
 *   node dist/eval/news-questions.js OUT.json [--shared DIR]
 *
 * The questions were written the NewsQA way: from each article's highlights only, then answered with the shortest
 * verbatim span of the article. The file holds no article text beyond those spans; the articles are read from
 * DIR/corpora/news (default ../shared) and split into paragraphs exactly as Byline indexes them.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { articleFromPlainText } from '../src/article/plain-text.js';
import { findRepoRoot } from './run.js';

export interface NewsQuestion {
  article_id: string;
  question: string;
  answer: string;
}

export interface SquadV11Paragraph {
  context: string;
  qas: Array<{ id: string; question: string; answers: Array<{ text: string; answer_start: number }> }>;
}

export interface SquadV11File {
  version: '1.1';
  data: Array<{ title: string; paragraphs: SquadV11Paragraph[] }>;
}

export interface NewsSquadConversion {
  squad: SquadV11File;
  /** Questions attached to a paragraph holding their answer. */
  placed: number;
  /** Questions whose answer is in no paragraph of their article (left out of the SQuAD file). */
  unplaced: NewsQuestion[];
}

// The shared QA test sets are asked on these articles; training on them would leak the test into the ranker.
const EVALUATION_ARTICLE_PREFIXES = ['newsqa-', 'record-', 'multirc-'];

export function readNewsQuestions(file: string): NewsQuestion[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line, index) => ({ line, lineNumber: index + 1 }))
    .filter(({ line }) => line.trim())
    .map(({ line, lineNumber }) => {
      const record = JSON.parse(line) as Record<string, unknown>;
      const { article_id: articleId, question, answer } = record;
      if (typeof articleId !== 'string' || typeof question !== 'string' || typeof answer !== 'string' || !articleId || !question || !answer) {
        throw new Error(`${file}:${lineNumber}: needs non-empty string article_id, question and answer`);
      }
      return { article_id: articleId, question, answer };
    });
}

/** Which articles start with a title line, from the corpus index; without an index, none do. */
function titledArticles(newsDir: string): Set<string> {
  const indexFile = path.join(newsDir, 'index.jsonl');
  if (!existsSync(indexFile)) return new Set();
  const titled = readFileSync(indexFile, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as { id: string; has_title_line?: boolean })
    .filter((record) => record.has_title_line === true)
    .map((record) => record.id);
  return new Set(titled);
}

/**
 * One SQuAD article per news article, in the order the questions first name them, with all its paragraphs (so
 * readSquad rebuilds the article Byline would index); each question goes on the first paragraph containing its answer.
 */
export function newsQuestionsToSquad(questionsFile: string, newsDir: string): NewsSquadConversion {
  const questions = readNewsQuestions(questionsFile);
  const titled = titledArticles(newsDir);
  const byArticle = new Map<string, NewsQuestion[]>();
  for (const question of questions) {
    if (EVALUATION_ARTICLE_PREFIXES.some((prefix) => question.article_id.startsWith(prefix))) {
      throw new Error(`${question.article_id} is an evaluation article; it cannot hold training questions`);
    }
    byArticle.set(question.article_id, [...(byArticle.get(question.article_id) ?? []), question]);
  }

  const squad: SquadV11File = { version: '1.1', data: [] };
  const unplaced: NewsQuestion[] = [];
  let placed = 0;
  for (const [articleId, articleQuestions] of byArticle) {
    const articleFile = path.join(newsDir, `${articleId}.txt`);
    if (!existsSync(articleFile)) throw new Error(`no article ${articleFile} for the questions on ${articleId}`);
    const article = articleFromPlainText(articleId, readFileSync(articleFile, 'utf8'), titled.has(articleId));
    const paragraphs: SquadV11Paragraph[] = article.paragraphs.map((paragraph) => ({ context: paragraph.text, qas: [] }));
    articleQuestions.forEach((question, index) => {
      const paragraph = paragraphs.find(({ context }) => context.includes(question.answer));
      if (!paragraph) {
        unplaced.push(question);
        return;
      }
      paragraph.qas.push({
        id: `${articleId}-q${index + 1}`,
        question: question.question,
        answers: [{ text: question.answer, answer_start: paragraph.context.indexOf(question.answer) }],
      });
      placed += 1;
    });
    squad.data.push({ title: articleId, paragraphs });
  }
  return { squad, placed, unplaced };
}

function main(argv: string[]): void {
  const repoRoot = findRepoRoot(path.dirname(fileURLToPath(import.meta.url)));
  let sharedDir = path.resolve(repoRoot, '../shared');
  const outputs: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--shared' && argv[i + 1] !== undefined) sharedDir = path.resolve(argv[++i]!);
    else outputs.push(argv[i]!);
  }
  if (outputs.length !== 1 || outputs[0]!.startsWith('--')) throw new Error('usage: node dist/eval/news-questions.js OUT.json [--shared DIR]');
  const out = path.resolve(outputs[0]!);

  const questionsFile = path.join(repoRoot, 'eval', 'data', 'news-questions.jsonl');
  const { squad, placed, unplaced } = newsQuestionsToSquad(questionsFile, path.join(sharedDir, 'corpora', 'news'));
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(squad)}\n`);
  console.log(`${placed} questions placed over ${squad.data.length} articles; ${unplaced.length} answers not found`);
  for (const question of unplaced) console.log(`  not found in ${question.article_id}: "${question.answer}" (${question.question})`);
  console.log(`wrote ${out}`);
  if (unplaced.length > 0) process.exitCode = 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main(process.argv.slice(2));
