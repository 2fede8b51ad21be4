import { type AnswerType, BROADER_TYPE } from './answer-type.js';
import type { AnalyzedQuestion, QueryTermGroup } from './query.js';
import { relatedStems } from './related-words.js';
import { directionSimilarity, meanDirection } from './word-vectors.js';
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
  /** Terms of the sentences just before and after it in its paragraph, if any. */
  previousTerms: ReadonlySet<string> | null;
  nextTerms: ReadonlySet<string> | null;
  /** Starts with a pronoun or a demonstrative ("He died…", "This led…"): its subject is named in an earlier sentence. */
  opensWithPronoun: boolean;
  /** The terms of every sentence of its paragraph, itself included. */
  siblingTerms: ReadonlyArray<ReadonlySet<string>>;
  /** 0 for the first sentence of its paragraph. */
  positionInParagraph: number;
  /** The article opens with a news dateline ("BAGHDAD (CNN) --"): its first paragraphs carry the story's gist. */
  inNewsLead: boolean;
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
  /** How close in meaning the question's group (by index) is to a stem, 0..1; cached per question. */
  similarity: (group: number, stem: string) => number;
  /** The question's content as one direction in meaning (rarity-weighted), null when no word is known. */
  direction: Float32Array | null;
  /** meaningCoverage of a set of terms (a paragraph's, the article's), computed once per set and question. */
  meaningOf: (terms: ReadonlySet<string>) => number;
}

const ANSWER_TYPES = ['number', 'percent', 'money', 'duration', 'date', 'year', 'person', 'place', 'entity', 'reason'] as const satisfies readonly AnswerType[];
type TypedAnswerFeature = `answer:${(typeof ANSWER_TYPES)[number]}`;

/**
 * The features of a candidate sentence, in this order; the weights file names them and must list the same ones.
 * `answer:T` is 1 when the question asks for a T and the sentence holds a T it does not already contain;
 * `answer:other-entity` is the same for questions of no known type and a capitalised name. Coverages are shares of the
 * question's rarity-weighted words: in the sentence, its neighbours, its paragraph; `local-coverage` weighs words by
 * their rarity inside the paragraph (what tells its sentences apart), `loose-coverage` also counts words sharing a
 * five-letter beginning ("popularization" for "popular"), `related-coverage` WordNet synonyms and derived forms
 * ("established" for "founded"). `*-and-*` features are products, the few interactions a linear model needs.
 */
export const FEATURE_NAMES = [
  'retrieval',
  'retrieval-rank',
  'not-retrieved',
  'coverage',
  'resolved-coverage',
  'coverage-behind-best',
  'local-coverage',
  'loose-coverage',
  'related-coverage',
  'meaning-coverage',
  'meaning-cosine',
  'meaning-paragraph',
  'window-coverage',
  'previous-coverage',
  'next-coverage',
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
  'counted',
  ...ANSWER_TYPES.map((type): TypedAnswerFeature => `answer:${type}`),
  'answer:other-entity',
  'answer-and-coverage',
  'coverage-and-paragraph',
  'pronoun-and-previous',
  'log-length',
  'first-in-paragraph',
  'news-lead',
  'opens-with-pronoun',
  'article-position',
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];

/** Consecutive question words still count as a pair with this many other words between them in the sentence. */
const PAIR_GAP = 1;

export const covers = (terms: ReadonlySet<string>, group: QueryTermGroup): boolean => group.forms.some((form) => terms.has(form));

/** Share of the question's content (weighted by rarity) found among the terms, 0..1. */
export function termCoverage(terms: ReadonlySet<string>, groups: readonly QueryTermGroup[], weights: readonly number[]): number {
  return weightedShare(groups, weights, (group) => covers(terms, group));
}

// Two words of one capitalised name ("Notre Dame") already count once as a name, not again as a pair.
const inOneName = (first: QueryTermGroup, second: QueryTermGroup): boolean => first.share < 1 && second.share < 1;

/** Where each question group first occurs in the sentence's content words, or -1. */
function firstPositions(sequence: readonly string[], groups: readonly QueryTermGroup[]): number[] {
  return groups.map((group) => sequence.findIndex((stem) => group.forms.includes(stem)));
}

/** Whether two consecutive question words stand close together, in the same order, in the sentence. */
function pairNear(sequence: readonly string[], first: QueryTermGroup, second: QueryTermGroup): boolean {
  return sequence.some((stem, at) => first.forms.includes(stem) && sequence.slice(at + 1, at + 2 + PAIR_GAP).some((next) => second.forms.includes(next)));
}

/** Consecutive question word pairs found close together: share by rarity, plain share, longest chain (0..1 each). */
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

/** Matches a word by its first five letters when the stems differ ("popularization", "popular"). */
const LOOSE_PREFIX = 5;
/** Both halves of a compound have at least this many letters ("dock" + "work"). */
const COMPOUND_HEAD = 4;

function looseCovers(sequence: readonly string[], group: QueryTermGroup): boolean {
  const words = group.forms.filter((form) => form.length >= LOOSE_PREFIX && !form.startsWith('='));
  const prefixes = words.map((form) => form.slice(0, LOOSE_PREFIX));
  // "dockworkers" holds "workers": a compound ending in the word asked for.
  const heads = group.forms.filter((form) => form.length >= COMPOUND_HEAD && !form.startsWith('='));
  return sequence.some((stem) => prefixes.some((prefix) => stem.startsWith(prefix)) || heads.some((head) => endsInWord(stem, head)));
}

/** "dockwork" ends in "worker": some tail of at least four letters, after at least four, is the word's start or holds it. */
function endsInWord(stem: string, word: string): boolean {
  for (let split = COMPOUND_HEAD; stem.length - split >= COMPOUND_HEAD; split += 1) {
    const tail = stem.slice(split);
    if (word.startsWith(tail) || tail.startsWith(word)) return true;
  }
  return false;
}

export const coversRelated = (terms: ReadonlySet<string>, group: QueryTermGroup): boolean =>
  covers(terms, group) || group.forms.some((form) => relatedStems(form).some((stem) => terms.has(stem)));

function weightedShare(groups: readonly QueryTermGroup[], weights: readonly number[], covered: (group: QueryTermGroup) => boolean): number {
  return weightedValue(groups, weights, (group) => (covered(group) ? 1 : 0));
}

/** Coverage by a sentence read together with the one before it, which names what its opening pronoun stands for. */
function unionCoverage(own: ReadonlySet<string>, previous: ReadonlySet<string>, groups: readonly QueryTermGroup[], weights: readonly number[]): number {
  return weightedShare(groups, weights, (group) => covers(own, group) || covers(previous, group));
}

/** Coverage where a word the sentence lacks still counts by how close in meaning its nearest word is ("purchased" for "bought"). */
export function meaningCoverage(terms: ReadonlySet<string>, stems: readonly string[] | ReadonlySet<string>, scoring: ScoringQuestion): number {
  const { groups } = scoring.question;
  const candidates = distinct(stems);
  return weightedValue(groups, scoring.weights, (group, i) => {
    if (covers(terms, group)) return 1;
    let best = 0;
    for (const stem of candidates) best = Math.max(best, scoring.similarity(i, stem));
    return best;
  });
}

// Sentences are scored against every question asked of them: their distinct stems and direction are kept.
const distinctStems = new WeakMap<object, readonly string[]>();
const directions = new WeakMap<readonly string[], Float32Array | null>();

function distinct(stems: readonly string[] | ReadonlySet<string>): readonly string[] {
  let known = distinctStems.get(stems);
  if (!known) distinctStems.set(stems, (known = [...new Set(stems)]));
  return known;
}

function sentenceDirection(sequence: readonly string[]): Float32Array | null {
  let direction = directions.get(sequence);
  if (direction === undefined) directions.set(sequence, (direction = meanDirection(sequence)));
  return direction;
}

function weightedValue(groups: readonly QueryTermGroup[], weights: readonly number[], value: (group: QueryTermGroup, index: number) => number): number {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  if (total === 0) return 0;
  return groups.reduce((sum, group, i) => sum + weights[i]! * value(group, i), 0) / total;
}

/** Cosine of two directions; NaN (unknown, read as average) when a word list has no known word ("CinemaScore"). */
function meaningCosine(question: Float32Array | null, sentence: Float32Array | null): number {
  return question && sentence ? directionSimilarity(question, sentence) : Number.NaN;
}

/** Rarity inside the paragraph: a word every sentence of the paragraph shares cannot tell them apart. */
function localWeights(entry: RankableSentence, groups: readonly QueryTermGroup[], weights: readonly number[]): number[] {
  const siblings = entry.siblingTerms;
  return groups.map((group, i) => {
    const df = siblings.filter((terms) => covers(terms, group)).length;
    return weights[i]! * Math.log(1 + (siblings.length + 1) / (df + 0.5));
  });
}

/**
 * The feature vector of one candidate (see FEATURE_NAMES); `retrieval` is its MiniSearch score over the top one, 0 for
 * a sentence added as the neighbour of a retrieved one.
 */
export function candidateFeatures(
  entry: RankableSentence,
  retrieval: { relative: number; rank: number; bestCoverage: number },
  scoring: ScoringQuestion,
): number[] {
  const { groups, answerType } = scoring.question;
  const { weights } = scoring;
  const coverage = termCoverage(entry.terms, groups, weights);
  const paragraphCoverage = termCoverage(entry.paragraphTerms, groups, weights);
  const previousCoverage = entry.previousTerms ? termCoverage(entry.previousTerms, groups, weights) : 0;
  const names = groups.filter((group) => group.isName);
  const pairs = pairStats(entry.features.sequence, groups, weights);
  const asks = (type: AnswerType): boolean => answerType === type || BROADER_TYPE[answerType] === type;
  const typed = Object.fromEntries(ANSWER_TYPES.map((type) => [`answer:${type}`, asks(type) && hasNewCandidate(entry, type, scoring) ? 1 : 0]));
  const otherEntity = answerType === 'other' && hasNewCandidate(entry, 'entity', scoring) ? 1 : 0;
  const answerMatch = Math.max(otherEntity, ...Object.values(typed));
  const values: Record<FeatureName, number> = {
    retrieval: retrieval.relative,
    'retrieval-rank': 1 / (retrieval.rank + 1),
    'not-retrieved': retrieval.relative === 0 ? 1 : 0,
    coverage,
    'resolved-coverage': entry.opensWithPronoun && entry.previousTerms ? unionCoverage(entry.terms, entry.previousTerms, groups, weights) : coverage,
    'coverage-behind-best': coverage - retrieval.bestCoverage,
    'local-coverage': termCoverage(entry.terms, groups, localWeights(entry, groups, weights)),
    'loose-coverage': weightedShare(groups, weights, (group) => covers(entry.terms, group) || looseCovers(entry.features.sequence, group)),
    'related-coverage': weightedShare(groups, weights, (group) => coversRelated(entry.terms, group)),
    'meaning-coverage': meaningCoverage(entry.terms, entry.features.sequence, scoring),
    'meaning-paragraph': scoring.meaningOf(entry.paragraphTerms),
    'meaning-cosine': meaningCosine(scoring.direction, sentenceDirection(entry.features.sequence)),
    'window-coverage': termCoverage(entry.windowTerms, groups, weights),
    'previous-coverage': previousCoverage,
    'next-coverage': entry.nextTerms ? termCoverage(entry.nextTerms, groups, weights) : 0,
    'paragraph-coverage': paragraphCoverage,
    'plain-coverage': groups.length === 0 ? 0 : groups.filter((group) => covers(entry.terms, group)).length / groups.length,
    'name-coverage': names.length === 0 ? 0 : names.filter((group) => covers(entry.terms, group)).length / names.length,
    phrase: pairs.weighted,
    pairs: pairs.share,
    'longest-run': pairs.longestRun,
    compactness: compactness(firstPositions(entry.features.sequence, groups)),
    'rarest-missing': rarestMissing(entry.terms, groups, weights),
    focus: scoring.question.focus !== null && entry.terms.has(scoring.question.focus) ? 1 : 0,
    numbers: numberShare(entry.terms, scoring.question.numbers),
    counted: scoring.question.counted !== null && entry.features.counted.has(scoring.question.counted) ? 1 : 0,
    ...(typed as Record<TypedAnswerFeature, number>),
    'answer:other-entity': otherEntity,
    'answer-and-coverage': answerMatch * coverage,
    'coverage-and-paragraph': coverage * paragraphCoverage,
    'pronoun-and-previous': entry.opensWithPronoun ? previousCoverage : 0,
    'log-length': Math.log(1 + entry.length),
    'first-in-paragraph': entry.positionInParagraph === 0 ? 1 : 0,
    'news-lead': entry.inNewsLead ? 1 : 0,
    'opens-with-pronoun': entry.opensWithPronoun ? 1 : 0,
    'article-position': scoring.sentenceCount <= 1 ? 0 : entry.sentence.id / (scoring.sentenceCount - 1),
  };
  return FEATURE_NAMES.map((name) => values[name]);
}
