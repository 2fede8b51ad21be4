import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import MiniSearch from 'minisearch';
import { articleFromParagraphs, articleFromPlainText } from '../src/article/plain-text.js';
import { answerAsk } from '../src/answers/ask.js';
import type { Article } from '../src/article/types.js';
import type { PreparedArticle } from '../src/core/prepared.js';
import { splitSentences } from '../src/nlp/sentences.js';
import type { Sentence } from '../src/nlp/types.js';
import { buildArticleIndex } from '../src/search/build-index.js';

export interface RankMetrics {
  top1: number;
  top3: number;
  mrr: number;
}

export interface QaSetReport {
  /** Answerable questions whose gold answer is found verbatim in some sentence of the article. */
  questions: number;
  ours: RankMetrics;
  baseline: RankMetrics;
  /** Answerable questions skipped because no sentence contains a gold answer (free-text MultiRC options, bad questions). */
  skipped: number;
  /** Questions the article cannot answer, and how many of them /ask declined. */
  unanswerable: number;
  abstained: number;
  /** Answerable questions /ask wrongly declined. */
  falseAbstentions: number;
}

export interface SharedQaReport {
  sets: Record<string, QaSetReport>;
  /** All sets pooled. */
  overall: QaSetReport;
  abstentionRate: number;
  falseAbstentionRate: number;
}

export interface SquadReport {
  questions: number;
  top1: number;
  top3: number;
  mrr: number;
  baseline: RankMetrics;
}

/** Turns an article into what /ask searches; pass the full pipeline (prepareArticle) to measure it with people and attributions. */
export type PrepareArticle = (article: Article) => PreparedArticle;

export interface SharedQaOptions {
  prepare?: PrepareArticle;
  /** Hand-written questions on known articles, with off-topic ones (`answers: []`), each set under its name. */
  handWritten?: Array<{ name: string; questionsFile: string; article: Article }>;
}

interface QaQuestion {
  question: string;
  answers: string[];
  answerable: boolean;
}

/** Sentences and index only: what answer-sentence retrieval needs, without people or attributions. */
export function prepareForRetrieval(article: Article): PreparedArticle {
  const sentences = splitSentences(article.paragraphs);
  return {
    article,
    sentences,
    people: [],
    attributions: [],
    entities: [],
    summaryRanking: [],
    index: buildArticleIndex(article, sentences, []),
    vocabulary: [],
  };
}

/** Answer-sentence retrieval on the shared NewsQA, ReCoRD and MultiRC sets (plus seed questions), ours beside plain MiniSearch. */
export function evaluateSharedQa(sharedDir: string, options: SharedQaOptions = {}): SharedQaReport {
  const prepare = options.prepare ?? prepareForRetrieval;
  const qaDir = path.join(sharedDir, 'corpora', 'qa');
  const newsDir = path.join(sharedDir, 'corpora', 'news');
  const groups = new Map<string, Map<string, { article: Article; questions: QaQuestion[] }>>();

  const add = (set: string, articleKey: string, makeArticle: () => Article, question: QaQuestion): void => {
    const articles = groups.get(set) ?? new Map<string, { article: Article; questions: QaQuestion[] }>();
    groups.set(set, articles);
    const entry = articles.get(articleKey) ?? { article: makeArticle(), questions: [] };
    articles.set(articleKey, entry);
    entry.questions.push(question);
  };

  const files = existsSync(qaDir) ? readdirSync(qaDir).filter((file) => file.endsWith('.jsonl')).sort() : [];
  for (const file of files) {
    const set = path.basename(file, '.jsonl');
    for (const record of readJsonLines(path.join(qaDir, file))) {
      if (record.is_question_bad === true) continue;
      const articlePath = typeof record.article_id === 'string' ? path.join(newsDir, `${record.article_id}.txt`) : null;
      const tokenized = set.includes('tokenized');
      const context = typeof record.context === 'string' ? record.context : null;
      const useContext = tokenized || !articlePath || !existsSync(articlePath);
      if (useContext && !context) continue;
      const articleKey = useContext ? `${set}:${hashOf(context!)}` : String(record.article_id);
      const makeArticle = (): Article =>
        useContext
          ? articleFromPlainText(articleKey, tokenized ? detokenize(context!) : context!)
          : articleFromPlainText(String(record.article_id), readFileSync(articlePath!, 'utf8'));
      const answers = (record.answers as string[]).map((answer) => (tokenized ? detokenize(answer) : answer));
      const answerable = record.is_answer_absent !== true && answers.length > 0;
      if (!answerable && record.is_answer_absent !== true) continue;
      add(set, articleKey, makeArticle, { question: String(record.question), answers, answerable });
    }
  }
  for (const { name, article, questionsFile } of options.handWritten ?? []) {
    for (const record of readJsonLines(questionsFile)) {
      const answers = record.answers as string[];
      add(name, article.id, () => article, { question: String(record.question), answers, answerable: answers.length > 0 });
    }
  }

  const sets: Record<string, QaSetReport> = {};
  const pooled = new QaTally();
  for (const [set, articles] of groups) {
    const tally = new QaTally();
    for (const { article, questions } of articles.values()) {
      const prepared = prepare(article);
      const baseline = baselineRanker(prepared.sentences);
      for (const question of questions) {
        tally.add(prepared, baseline, question);
        pooled.add(prepared, baseline, question);
      }
    }
    sets[set] = tally.report();
  }
  const overall = pooled.report();
  return {
    sets,
    overall,
    abstentionRate: overall.unanswerable === 0 ? 0 : overall.abstained / overall.unanswerable,
    falseAbstentionRate: overall.questions === 0 ? 0 : overall.falseAbstentions / overall.questions,
  };
}

export interface SquadQuestion {
  question: string;
  /** The paragraph (1-based) the question was asked on. */
  paragraph: number;
  /** Character offsets of the gold answers in that paragraph. */
  answerStarts: number[];
}

export interface SquadArticle {
  article: Article;
  /** The entry's title, when the file gives one: the same story in two files is one article for cross-validation. */
  title: string | null;
  /** Answerable questions only. */
  questions: SquadQuestion[];
}

/** Reads a SQuAD v1.1 (or v2.0) JSON file: one article per Wikipedia title, its paragraphs numbered from 1. */
export function readSquad(file: string): SquadArticle[] {
  const squad = JSON.parse(readFileSync(file, 'utf8')) as SquadFile;
  return squad.data.map((entry, articleNumber) => ({
    article: articleFromParagraphs(`squad-${articleNumber}`, entry.paragraphs.map((paragraph) => paragraph.context)),
    title: typeof entry.title === 'string' && entry.title ? entry.title : null,
    questions: entry.paragraphs.flatMap((paragraph, i) =>
      paragraph.qas
        .filter((qa) => !qa.is_impossible && qa.answers.length > 0)
        .map((qa) => ({ question: qa.question, paragraph: i + 1, answerStarts: qa.answers.map((answer) => answer.answer_start) })),
    ),
  }));
}

/** Ids of the sentences that contain a gold answer's first character. */
export function squadGoldSentences(sentences: readonly Sentence[], question: SquadQuestion): Set<number> {
  return new Set(
    sentences
      .filter((sentence) => sentence.paragraph === question.paragraph)
      .filter((sentence) => question.answerStarts.some((start) => start >= sentence.start && start < sentence.end))
      .map((sentence) => sentence.id),
  );
}

/**
 * SQuAD v1.1 JSON: each Wikipedia article's paragraphs are indexed as one article; the gold sentence is the one
 * containing the answer's character offset. Each article's index is built once.
 */
export function evaluateSquad(file: string, prepare: PrepareArticle = prepareForRetrieval): SquadReport {
  const ours = new RankTally();
  const baseline = new RankTally();
  for (const { article, questions } of readSquad(file)) {
    const prepared = prepare(article);
    const rankBaseline = baselineRanker(prepared.sentences);
    for (const question of questions) {
      const gold = squadGoldSentences(prepared.sentences, question);
      if (gold.size === 0) continue;
      ours.add(prepared.index.searchSentences(question.question, 10).map((hit) => hit.sentenceId), gold);
      baseline.add(rankBaseline(question.question), gold);
    }
  }
  return { questions: ours.questions, ...ours.metrics(), baseline: baseline.metrics() };
}

interface SquadFile {
  data: Array<{
    title: string;
    paragraphs: Array<{
      context: string;
      qas: Array<{ question: string; answers: Array<{ text: string; answer_start: number }>; is_impossible?: boolean }>;
    }>;
  }>;
}

/** Sentence ids, best first, as plain MiniSearch with default options ranks them (the baseline). */
function baselineRanker(sentences: readonly Sentence[]): (question: string) => number[] {
  const miniSearch = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
  miniSearch.addAll(sentences.map((sentence) => ({ id: sentence.id, text: sentence.text })));
  return (question) => miniSearch.search(question).map((result) => Number(result.id));
}

export class RankTally {
  questions = 0;
  private top1 = 0;
  private top3 = 0;
  private reciprocal = 0;

  /** Records where the first gold sentence appears in a ranking; absent counts as a miss. */
  add(ranking: readonly number[], gold: ReadonlySet<number>): void {
    this.questions += 1;
    const rank = ranking.findIndex((id) => gold.has(id));
    if (rank === 0) this.top1 += 1;
    if (rank >= 0 && rank < 3) this.top3 += 1;
    if (rank >= 0) this.reciprocal += 1 / (rank + 1);
  }

  metrics(): RankMetrics {
    const share = (count: number): number => (this.questions === 0 ? 0 : count / this.questions);
    return { top1: share(this.top1), top3: share(this.top3), mrr: share(this.reciprocal) };
  }
}

class QaTally {
  private ours = new RankTally();
  private baseline = new RankTally();
  private skipped = 0;
  private unanswerable = 0;
  private abstained = 0;
  private falseAbstentions = 0;

  add(prepared: PreparedArticle, baseline: (question: string) => number[], question: QaQuestion): void {
    const declined = answerAsk([prepared], question.question).kind === 'not-found';
    if (!question.answerable) {
      this.unanswerable += 1;
      if (declined) this.abstained += 1;
      return;
    }
    const wanted = question.answers.map(comparable).filter(Boolean);
    const gold = new Set(prepared.sentences.filter((sentence) => wanted.some((answer) => containsPhrase(sentence.text, answer))).map((sentence) => sentence.id));
    if (gold.size === 0) {
      this.skipped += 1;
      return;
    }
    if (declined) this.falseAbstentions += 1;
    this.ours.add(prepared.index.searchSentences(question.question, 10).map((hit) => hit.sentenceId), gold);
    this.baseline.add(baseline(question.question), gold);
  }

  report(): QaSetReport {
    return {
      questions: this.ours.questions,
      ours: this.ours.metrics(),
      baseline: this.baseline.metrics(),
      skipped: this.skipped,
      unanswerable: this.unanswerable,
      abstained: this.abstained,
      falseAbstentions: this.falseAbstentions,
    };
  }
}

/** Lower case, single spaces, no punctuation at the ends: how gold answers are looked for in sentences. */
function comparable(text: string): string {
  return text.toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim().replace(/^[\p{P}\s]+|[\p{P}\s]+$/gu, '');
}

function containsPhrase(text: string, comparableAnswer: string): boolean {
  const haystack = ` ${comparable(text).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  return haystack.includes(` ${comparableAnswer.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `);
}

const PTB_TOKENS: Record<string, string> = { '-LRB-': '(', '-RRB-': ')', '-LSB-': '[', '-RSB-': ']', '-LCB-': '{', '-RCB-': '}', '``': '"', "''": '"' };

/** Penn-Treebank-tokenized text ("-LRB- CNN -RRB- -- Drogba 's team .") back to ordinary text. */
export function detokenize(text: string): string {
  return text
    .split(' ')
    .map((token) => PTB_TOKENS[token] ?? token)
    .join(' ')
    .replace(/([([{]) /g, '$1')
    .replace(/ ([)\]}.,;:!?%])/g, '$1')
    .replace(/ (n't|'s|'re|'ve|'ll|'d|'m)\b/gi, '$1')
    .replace(/" ([^"]*?) "/g, '"$1"')
    .replace(/\$ (?=\d)/g, '$');
}

function readJsonLines(file: string): Array<Record<string, unknown>> {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

function hashOf(text: string): string {
  let hash = 0;
  for (let i = 0; i < text.length; i += 1) hash = (hash * 31 + text.charCodeAt(i)) | 0;
  return (hash >>> 0).toString(16);
}
