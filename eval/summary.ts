import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pickSummarySentences } from '../src/answers/summary.js';
import { articleFromPlainText } from '../src/article/plain-text.js';
import { parseRawText } from '../src/article/parse-text.js';
import type { Article } from '../src/article/types.js';
import { splitSentences } from '../src/nlp/sentences.js';
import { plainTextRank, rankSummarySentences } from '../src/nlp/summary.js';
import type { Sentence } from '../src/nlp/types.js';
import { rouge, type RougeScores } from './rouge.js';

/** Mean ROUGE F1 of one system over a group of articles. */
export interface SummaryGroupReport {
  articles: number;
  /** How many sentences each system extracts (3 against highlights, 1 against XSum's one sentence). */
  sentences: number;
  byline: RougeScores;
  /** Lead-3 for highlights, lead-1 for XSum. */
  lead: RougeScores;
  textRank: RougeScores;
}

export interface SummaryReport {
  /** CNN stories and ReCoRD passages, with 3–4 highlight lines as the reference. */
  highlights: SummaryGroupReport;
  /** BBC articles with XSum's one-sentence summary as the reference. */
  xsum: SummaryGroupReport;
}

function textOf(sentences: Sentence[], ids: number[]): string {
  return [...ids]
    .sort((a, b) => a - b)
    .map((id) => sentences[id]!.text)
    .join(' ');
}

function topByScore(scores: number[], count: number): number[] {
  return scores
    .map((score, id) => ({ score, id }))
    .sort((a, b) => b.score - a.score || a.id - b.id)
    .slice(0, count)
    .map(({ id }) => id);
}

function mean(scores: RougeScores[]): RougeScores {
  const total = scores.length || 1;
  const sum = (key: keyof RougeScores) => scores.reduce((acc, score) => acc + score[key], 0) / total;
  return { rouge1: sum('rouge1'), rouge2: sum('rouge2'), rougeL: sum('rougeL') };
}

/** The three systems' summaries of one article, each `count` sentences in article order. */
export function summarizeThreeWays(article: Article, count: number): { byline: string; lead: string; textRank: string } {
  const sentences = splitSentences(article.paragraphs);
  const leadIds = sentences.slice(0, count).map((sentence) => sentence.id);
  return {
    byline: textOf(sentences, pickSummarySentences(rankSummarySentences(article, sentences), count)),
    lead: textOf(sentences, leadIds),
    textRank: textOf(sentences, topByScore(plainTextRank(sentences.map((sentence) => sentence.text)), count)),
  };
}

function evaluateGroup(articles: Array<{ article: Article; reference: string }>, count: number): SummaryGroupReport {
  const byline: RougeScores[] = [];
  const lead: RougeScores[] = [];
  const textRank: RougeScores[] = [];
  for (const { article, reference } of articles) {
    const summaries = summarizeThreeWays(article, count);
    byline.push(rouge(summaries.byline, reference));
    lead.push(rouge(summaries.lead, reference));
    textRank.push(rouge(summaries.textRank, reference));
  }
  return { articles: articles.length, sentences: count, byline: mean(byline), lead: mean(lead), textRank: mean(textRank) };
}

/**
 * ROUGE of Byline's summaries against the reference summaries in `<sharedDir>/corpora/news`,
 * beside lead-n and plain TextRank on the same sentences.
 */
export function evaluateSummaries(sharedDir: string): SummaryReport {
  const newsDir = path.join(sharedDir, 'corpora', 'news');
  const highlights: Array<{ article: Article; reference: string }> = [];
  const xsum: Array<{ article: Article; reference: string }> = [];
  const summaryFiles = readdirSync(newsDir)
    .filter((file) => file.endsWith('.summary.txt'))
    .sort();
  for (const file of summaryFiles) {
    const id = file.slice(0, -'.summary.txt'.length);
    const articleFile = path.join(newsDir, `${id}.txt`);
    if (!existsSync(articleFile)) continue;
    const article = parseRawText(readFileSync(articleFile, 'utf8'), `${id}.txt`);
    const reference = readFileSync(path.join(newsDir, file), 'utf8').trim();
    (id.startsWith('xsum-') ? xsum : highlights).push({ article, reference });
  }
  return { highlights: evaluateGroup(highlights, 3), xsum: evaluateGroup(xsum, 1) };
}
