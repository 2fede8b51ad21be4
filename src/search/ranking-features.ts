import type { AnswerType } from './answer-type.js';
import type { AnalyzedQuestion, QueryTermGroup } from './query.js';
import type { SentenceFeatures } from './sentence-features.js';

/** What the ranker knows of one sentence of the article, computed once at index time. */
export interface RankableSentence {
  sentence: { id: number; paragraph: number };
  /** Every term the sentence (and the people it names) is indexed under. */
  terms: ReadonlySet<string>;
  /** Terms of the sentence and of the sentences just before and after it in its paragraph, and its heading. */
  windowTerms: ReadonlySet<string>;
  /** Terms of the whole paragraph (and its heading). */
  paragraphTerms: ReadonlySet<string>;
  /** 0 for the first sentence of its paragraph. */
  positionInParagraph: number;
  /** Content words in the sentence. */
  length: number;
  features: SentenceFeatures;
}

/** The question, prepared once for scoring all of its candidates. */
export interface ScoringQuestion {
  question: AnalyzedQuestion;
  /** Rarity weight of each term group, in question order. */
  weights: readonly number[];
  /** Every form of every group, so an answer candidate is something the question does not already say. */
  forms: ReadonlySet<string>;
  sentenceCount: number;
}

const ANSWER_TYPES: readonly AnswerType[] = ['number', 'date', 'person', 'place', 'entity', 'reason'];

/**
 * The features of a candidate sentence, in this order; the weights file names them and must list the same ones.
 * `answer:T` is 1 when the question asks for a T and the sentence holds a T it does not already contain;
 * `answer:other-entity` is the same for questions of no known type and a capitalised name.
 */
export const FEATURE_NAMES = [
  'retrieval',
  'retrieval-rank',
  'coverage',
  'coverage-behind-best',
  'window-coverage',
  'paragraph-coverage',
  'plain-coverage',
  'name-coverage',
  'phrase',
  'pairs',
  'longest-run',
  'compactness',
  'rarest-missing',
  'focus',
  'numbers',
  ...ANSWER_TYPES.map((type) => `answer:${type}`),
  'answer:other-entity',
  'log-length',
  'first-in-paragraph',
  'article-position',
] as const;

/** Consecutive question words still count as a pair with this many other words between them in the sentence. */
const PAIR_GAP = 1;

export const covers = (terms: ReadonlySet<string>, group: QueryTermGroup): boolean => group.forms.some((form) => terms.has(form));

/** Share of the question's content (weighted by rarity) found among the terms, 0..1. */
export function termCoverage(terms: ReadonlySet<string>, groups: readonly QueryTermGroup[], weights: readonly number[]): number {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  if (total === 0) return 0;
  const covered = groups.reduce((sum, group, i) => sum + (covers(terms, group) ? weights[i]! : 0), 0);
  return covered / total;
}

// Two words of one capitalised name ("Notre Dame") already count once as a name, not again as a pair.
const inOneName = (first: QueryTermGroup, second: QueryTermGroup): boolean => first.share < 1 && second.share < 1;

/** Where each question group first occurs in the sentence's content words, or -1. */
function firstPositions(sequence: readonly string[], groups: readonly QueryTermGroup[]): number[] {
  return groups.map((group) => sequence.findIndex((stem) => group.forms.includes(stem)));
}

/** Whether group `i` and group `i + 1` of the question stand close together, in order, in the sentence. */
function pairNear(sequence: readonly string[], first: QueryTermGroup, second: QueryTermGroup): boolean {
  return sequence.some((stem, at) => first.forms.includes(stem) && sequence.slice(at + 1, at + 2 + PAIR_GAP).some((next) => second.forms.includes(next)));
}

interface PairStats {
  weighted: number;
  share: number;
  longestRun: number;
}

function pairStats(sequence: readonly string[], groups: readonly QueryTermGroup[], weights: readonly number[]): PairStats {
  let total = 0;
  let found = 0;
  let pairs = 0;
  let near = 0;
  let run = 0;
  let longestRun = 0;
  for (let i = 0; i + 1 < groups.length; i += 1) {
    if (inOneName(groups[i]!, groups[i + 1]!)) continue;
    const pairWeight = Math.min(weights[i]!, weights[i + 1]!);
    const isNear = pairNear(sequence, groups[i]!, groups[i + 1]!);
    total += pairWeight;
    pairs += 1;
    if (isNear) {
      found += pairWeight;
      near += 1;
      run += 1;
      longestRun = Math.max(longestRun, run);
    } else {
      run = 0;
    }
  }
  return {
    weighted: total === 0 ? 0 : found / total,
    share: pairs === 0 ? 0 : near / pairs,
    longestRun: groups.length < 2 ? 0 : longestRun / (groups.length - 1),
  };
}

/** Matched question words per sentence word between the first and last of them: 1 when they stand together. */
function compactness(positions: readonly number[]): number {
  const found = positions.filter((position) => position >= 0);
  if (found.length < 2) return 0;
  return found.length / (Math.max(...found) - Math.min(...found) + 1);
}

/** The weight of the rarest question word the sentence lacks, as a share of all the question's weight. */
function rarestMissing(terms: ReadonlySet<string>, groups: readonly QueryTermGroup[], weights: readonly number[]): number {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  if (total === 0) return 0;
  return Math.max(0, ...groups.map((group, i) => (covers(terms, group) ? 0 : weights[i]!))) / total;
}

function numberShare(terms: ReadonlySet<string>, numbers: readonly string[]): number {
  return numbers.length === 0 ? 0 : numbers.filter((number) => terms.has(number)).length / numbers.length;
}

function hasNewCandidate(entry: RankableSentence, type: AnswerType, scoring: ScoringQuestion): boolean {
  const candidates = entry.features.candidates.get(type);
  if (!candidates) return false;
  for (const candidate of candidates) if (!scoring.question.words.has(candidate) && !scoring.forms.has(candidate)) return true;
  return false;
}

/** The feature vector of one candidate (see FEATURE_NAMES); `retrieval` is its MiniSearch score over the top one. */
export function candidateFeatures(
  entry: RankableSentence,
  retrieval: { relative: number; rank: number; bestCoverage: number },
  scoring: ScoringQuestion,
): number[] {
  const { groups, answerType } = scoring.question;
  const { weights } = scoring;
  const coverage = termCoverage(entry.terms, groups, weights);
  const names = groups.filter((group) => group.isName);
  const pairs = pairStats(entry.features.sequence, groups, weights);
  const answerFeatures = ANSWER_TYPES.map((type) => (answerType === type && hasNewCandidate(entry, type, scoring) ? 1 : 0));
  return [
    retrieval.relative,
    1 / (retrieval.rank + 1),
    coverage,
    coverage - retrieval.bestCoverage,
    termCoverage(entry.windowTerms, groups, weights),
    termCoverage(entry.paragraphTerms, groups, weights),
    groups.length === 0 ? 0 : groups.filter((group) => covers(entry.terms, group)).length / groups.length,
    names.length === 0 ? 0 : names.filter((group) => covers(entry.terms, group)).length / names.length,
    pairs.weighted,
    pairs.share,
    pairs.longestRun,
    compactness(firstPositions(entry.features.sequence, groups)),
    rarestMissing(entry.terms, groups, weights),
    scoring.question.focus !== null && entry.terms.has(scoring.question.focus) ? 1 : 0,
    numberShare(entry.terms, scoring.question.numbers),
    ...answerFeatures,
    answerType === 'other' && hasNewCandidate(entry, 'entity', scoring) ? 1 : 0,
    Math.log(1 + entry.length),
    entry.positionInParagraph === 0 ? 1 : 0,
    scoring.sentenceCount <= 1 ? 0 : entry.sentence.id / (scoring.sentenceCount - 1),
  ];
}
