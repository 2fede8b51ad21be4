import { isRatingLine } from './rating.js';
import { createRequire } from 'node:module';
import { isBoilerplateLine } from '../article/boilerplate.js';
import { endsWithTerminalPunctuation } from '../article/text-normalize.js';
import { isNewsStory } from '../article/dateline.js';
import type { Article } from '../article/types.js';
import type { Sentence } from './types.js';

const require = createRequire(import.meta.url);
const stem: (word: string) => string = require('wink-porter2-stemmer');
const STOP_WORDS = new Set<string>((require('stopwords-iso') as Record<string, string[]>).en);

/**
 * Tuned on the 25 CNN/ReCoRD articles with highlights in the shared corpus (`npm run eval`);
 * ROUGE stays within about a point of its best over leadWeight 0.1–0.3, leadHalfLife 3–10,
 * backwardWeight -0.5 to -1.5 and edgeThreshold 0.1–0.5, so these are not a narrow peak.
 */
export const SUMMARY_TUNING = {
  /** PageRank damping for the plain TextRank baseline. */
  damping: 0.85,
  /** Weight of the position prior against centrality in the final score (0..1). */
  leadWeight: 0.2,
  /** Sentences this far apart differ by half in position prior. */
  leadHalfLife: 5,
  /** Only similarities above this fraction of the article's similarity range count as edges. */
  edgeThreshold: 0.3,
  /** How similarity to earlier sentences counts (negative: repeating what came before is not central). */
  backwardWeight: -1,
  /** Weight of similarity to the title and dek, when the article has them. */
  headlineWeight: 0.2,
  /** A sentence this similar (TF-IDF cosine) to one already chosen says nothing new. */
  redundancy: 0.5,
  /** Fewer words than this is too short to stand alone in a summary. */
  minWords: 6,
};

type Vector = Map<string, number>;

/** Content terms of a text: lowercase words without stop words, Porter2-stemmed. */
function contentTerms(text: string): string[] {
  const words = text.toLowerCase().replace(/['’]s\b/g, '').match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.filter((word) => !STOP_WORDS.has(word)).map((word) => stem(word));
}

/** Unit-length TF-IDF vectors, so that the cosine of two of them is their dot product. */
function tfIdfVectors(termLists: string[][], documentFrequency: Map<string, number>, documents: number): Vector[] {
  return termLists.map((terms) => {
    const vector: Vector = new Map();
    for (const term of terms) vector.set(term, (vector.get(term) ?? 0) + 1);
    let squares = 0;
    for (const [term, count] of vector) {
      const weight = (1 + Math.log(count)) * Math.log(1 + documents / (documentFrequency.get(term) ?? 1));
      vector.set(term, weight);
      squares += weight * weight;
    }
    const length = Math.sqrt(squares);
    for (const [term, weight] of vector) vector.set(term, weight / length);
    return vector;
  });
}

function countDocuments(termLists: string[][]): Map<string, number> {
  const frequency = new Map<string, number>();
  for (const terms of termLists) {
    for (const term of new Set(terms)) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  }
  return frequency;
}

/** Cosine similarity of two unit-length vectors (0 when either is empty). */
function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, value] of small) dot += value * (large.get(term) ?? 0);
  return dot;
}

/** Sentence vectors with IDF computed over the article's own sentences (each sentence a document). */
function sentenceVectors(texts: string[]): Vector[] {
  const termLists = texts.map(contentTerms);
  return tfIdfVectors(termLists, countDocuments(termLists), termLists.length);
}

function similarityMatrix(vectors: Vector[]): number[][] {
  const matrix = vectors.map(() => new Array<number>(vectors.length).fill(0));
  for (let i = 0; i < vectors.length; i++) {
    for (let j = i + 1; j < vectors.length; j++) {
      const similarity = cosine(vectors[i]!, vectors[j]!);
      matrix[i]![j] = similarity;
      matrix[j]![i] = similarity;
    }
  }
  return matrix;
}

/** TextRank centrality: PageRank over the weighted sentence-similarity graph. */
function textRank(similarity: number[][], damping: number): number[] {
  const count = similarity.length;
  if (count === 0) return [];
  const outWeight = similarity.map((row) => row.reduce((sum, weight) => sum + weight, 0));
  let scores = new Array<number>(count).fill(1 / count);
  for (let iteration = 0; iteration < 100; iteration++) {
    // A sentence similar to nothing spreads its score evenly, as a random jump would.
    let isolated = 0;
    for (let j = 0; j < count; j++) if (outWeight[j] === 0) isolated += scores[j]!;
    const next = new Array<number>(count).fill(((1 - damping) + damping * isolated) / count);
    for (let j = 0; j < count; j++) {
      if (outWeight[j] === 0) continue;
      const share = (damping * scores[j]!) / outWeight[j]!;
      const row = similarity[j]!;
      for (let i = 0; i < count; i++) next[i]! += share * row[i]!;
    }
    const change = next.reduce((sum, value, i) => sum + Math.abs(value - scores[i]!), 0);
    scores = next;
    if (change < 1e-9) break;
  }
  return scores;
}

/**
 * Position-augmented degree centrality (PacSum, Zheng & Lapata 2019): a sentence is central
 * when the sentences after it elaborate on it, and less so when it repeats earlier ones.
 */
function directedCentrality(similarity: number[][], threshold: number, backwardWeight: number): number[] {
  let min = Infinity;
  let max = -Infinity;
  similarity.forEach((row, i) =>
    row.forEach((value, j) => {
      if (j === i) return;
      min = Math.min(min, value);
      max = Math.max(max, value);
    }),
  );
  if (min > max) return similarity.map(() => 0);
  const cut = min + threshold * (max - min);
  return similarity.map((row, i) =>
    row.reduce((sum, value, j) => {
      if (j === i) return sum;
      const edge = Math.max(value - cut, 0);
      return sum + (j > i ? edge : backwardWeight * edge);
    }, 0),
  );
}

/** Plain TextRank over sentence texts (uniform teleport, no position or filters): a baseline. */
export function plainTextRank(texts: string[]): number[] {
  return textRank(similarityMatrix(sentenceVectors(texts)), SUMMARY_TUNING.damping);
}

// "Photo: X", "Credit: X", "Image by X", "© X", "Tags: …", or a caption that ends in its credit.
const NOT_BODY_LINE =
  /^(?:(?:photo(?:graph)?|image|picture|pictured|credit|source|file photo)s?\s*(?::|by\b)|tags?\s*:|copyright\b)|©|\b(?:photo|image|credit)s?\s*:\s*[^.!?]*$/i;
// Words that only make sense with the sentence before: pronouns and connectives.
const DANGLING_START = /^[\s"“'‘(]*(?:he|she|they|it|its|his|her|their|them|this|that|these|those|but|and|or|so|also|however|yet|still|meanwhile|instead|then|thus|hence|moreover|furthermore|nevertheless)\b/i;
// A quote whose speaker is only a pronoun: '"…," he said.'
const PRONOUN_SPEAKER = /["”’]\s*(?:he|she|they)\s+[a-z]+\b/i;
// A sentence about the page around it ("The one below is a full colour view", "the map on this page"): without the
// pictures it points at, it says nothing.
const PAGE_LAYOUT =
  /\b(?:on|of|at the top of|at the bottom of) (?:this|the) page\b|\b(?:pictured|shown|seen|illustrated) (?:above|below|here)\b|\b(?:image|picture|photo|photograph|map|graphic|chart|video|one)s? (?:above|below)\b|\b(?:below|above) is\b/i;
const OPENING_QUOTE = /^[\s(]*["“‘']/;
const CLOSING_QUOTE = /["”’']\)?$/;

function quoteMarksUnbalanced(text: string): boolean {
  const straight = (text.match(/"/g) ?? []).length;
  const curlyOpen = (text.match(/“/g) ?? []).length;
  const curlyClose = (text.match(/”/g) ?? []).length;
  return straight % 2 === 1 || curlyOpen !== curlyClose;
}

// Inside a paragraph, a quantifier opening a sentence counts what the sentence before named ("Most cases caused no
// symptoms", "Both were released"); opening a paragraph, it names its own ("Many residents fled").
const QUANTIFIER_START = /^[\s"“'‘(]*(?:most|many|some|both|neither|each|several|others|the\s+same|such)\b/i;

/** Why a sentence should not stand alone in a summary, or null when it can. */
function weakness(sentence: Sentence, opensParagraph: boolean): 'short' | 'question' | 'dangling' | 'fragment' | null {
  const text = sentence.text.trim();
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (/\?["”’']?\)?$/.test(text)) return 'question';
  // Page furniture that reached the body ("Media playback is not supported on this device"), or a line without a
  // full stop: a caption ("Daniel Radcliffe as Harry Potter in …"), a list item or a label.
  if (isBoilerplateLine(text) || !endsWithTerminalPunctuation(text)) return 'fragment';
  // "The rankings were as follows:" introduces what comes next and says nothing alone.
  if (/:\s*$/.test(text) || PAGE_LAYOUT.test(text)) return 'fragment';
  if (/^[\s"“'‘(]*[a-z]/.test(text) || quoteMarksUnbalanced(text)) return 'fragment';
  // Wholly inside quote marks: the speaker is in another sentence.
  if (OPENING_QUOTE.test(text) && CLOSING_QUOTE.test(text.replace(/[.!]+(?=["”’']\)?$)/, ''))) {
    const inner = text.replace(/^[\s(]*["“‘']/, '').replace(/["”’']\)?$/, '');
    if (!/["“”]/.test(inner)) return 'fragment';
  }
  if (words.length < SUMMARY_TUNING.minWords) return 'short';
  if (DANGLING_START.test(text) || PRONOUN_SPEAKER.test(text) || (!opensParagraph && QUANTIFIER_START.test(text))) return 'dangling';
  return null;
}

const VERDICT_LINE = /^\W*(?:(?:the|our|final)\s+)?(?:verdict|bottom\s+line|rating)\s*:/i;

function positionPrior(position: number): number {
  return Math.pow(0.5, position / SUMMARY_TUNING.leadHalfLife);
}

function normaliseRange(values: number[]): number[] {
  const max = values.reduce((a, b) => Math.max(a, b), -Infinity);
  const min = values.reduce((a, b) => Math.min(a, b), Infinity);
  return max === min ? values.map(() => 0) : values.map((value) => (value - min) / (max - min));
}

function normalise(values: number[]): number[] {
  const max = values.reduce((a, b) => Math.max(a, b), 0);
  return max === 0 ? values.map(() => 0) : values.map((value) => value / max);
}

/**
 * Ranks an article's sentences for an extractive summary, best first.
 *
 * The score mixes position-augmented centrality (how much the rest of the article elaborates
 * on the sentence) with a lead bias (news puts the gist first) and similarity to the title and
 * dek. Sentences in a paragraph that looks like a photo credit or tag line are never returned; a sentence too similar to one ranked above it is dropped; sentences
 * that cannot stand alone (too short, questions, quote fragments, or opening with a pronoun
 * or connective) come after all the others — except that a sentence opening with a pronoun
 * may follow the sentence right before it, which then gives the pronoun its referent.
 */
export function rankSummarySentences(article: Article, sentences: Sentence[]): number[] {
  const notBodyParagraphs = new Set(
    sentences.filter((sentence) => NOT_BODY_LINE.test(sentence.text.trim())).map((sentence) => sentence.paragraph),
  );
  const candidates = sentences.filter((sentence) => !notBodyParagraphs.has(sentence.paragraph));
  if (candidates.length === 0) return [];

  const headline = [article.title, article.dek ?? ''].join(' ');
  const vectors = sentenceVectors([...candidates.map((sentence) => sentence.text), headline]);
  const headlineVector = vectors.pop()!;
  const similarity = similarityMatrix(vectors);
  const { edgeThreshold, backwardWeight } = SUMMARY_TUNING;
  const centrality = normaliseRange(directedCentrality(similarity, edgeThreshold, backwardWeight));
  const headlineSimilarity = normalise(vectors.map((vector) => cosine(vector, headlineVector)));
  const { leadWeight, headlineWeight } = SUMMARY_TUNING;
  const scores = candidates.map(
    (_, position) =>
      (1 - leadWeight) * centrality[position]! +
      leadWeight * positionPrior(position) +
      headlineWeight * headlineSimilarity[position]!,
  );
  const order = candidates.map((_, position) => position).sort((a, b) => scores[b]! - scores[a]! || a - b);
  const weaknesses = candidates.map((sentence, position) => weakness(sentence, candidates[position - 1]?.paragraph !== sentence.paragraph));

  const chosen: number[] = [];
  const isChosen = new Set<number>();
  const passed = new Set<number>();
  const isRedundant = (position: number) =>
    chosen.some((other) => similarity[position]![other]! >= SUMMARY_TUNING.redundancy);
  const choose = (position: number) => {
    chosen.push(position);
    isChosen.add(position);
  };
  const followsChosen = (position: number) =>
    position > 0 && isChosen.has(position - 1) && candidates[position - 1]!.id === candidates[position]!.id - 1;
  const canJoin = (position: number) =>
    !isRedundant(position) &&
    (weaknesses[position] === null || (weaknesses[position] === 'dangling' && followsChosen(position)));

  // A news story's first sentence is its news (who did what, when): it opens the summary whatever its score.
  // A review opening on its stars ("★★★★☆") leads with the sentence after them.
  const leadAt = isRatingLine(candidates[0]!.text) && candidates.length > 1 ? 1 : 0;
  const lead = isNewsStory(article) && weaknesses[leadAt] === null && candidates[leadAt]!.paragraph <= (article.paragraphs[leadAt]?.number ?? 0);
  // A review's judgement ("Verdict: …", "The bottom line: …", "Four stars out of five.") is its point: it comes next,
  // however short.
  // One rating is enough: "★★★★☆" and "Four stars out of five." say the same.
  const ratings = candidates.map((sentence, position) => (isRatingLine(sentence.text) && !VERDICT_LINE.test(sentence.text) ? position : -1)).filter((position) => position >= 0);
  const labelled = candidates.map((sentence, position) => (VERDICT_LINE.test(sentence.text) ? position : -1)).filter((position) => position >= 0);
  // "Verdict: flawed, overlong, and frequently wonderful. Four stars out of five.": the rating ends the verdict.
  const ratingAfterVerdict = ratings.filter((position) => labelled.includes(position - 1) && candidates[position - 1]!.paragraph === candidates[position]!.paragraph);
  const verdicts = [...labelled, ...(labelled.length === 0 ? ratings.slice(-1) : ratingAfterVerdict.slice(-1))].sort((a, b) => a - b);
  const isVerdict = new Set(verdicts);
  const otherRatings = new Set(ratings.filter((position) => !verdicts.includes(position)));
  for (const position of [...(lead ? [leadAt] : []), ...verdicts, ...order]) {
    if (isChosen.has(position) || otherRatings.has(position)) continue;
    passed.add(position);
    if (isVerdict.has(position) ? isRedundant(position) : !canJoin(position)) continue;
    choose(position);
    // A dangling successor skipped earlier outranks everything left, now that it has its referent.
    let next = position + 1;
    while (passed.has(next) && !isChosen.has(next) && canJoin(next)) choose(next++);
  }
  // Then the weak ones, so that a short article still gets a summary.
  for (const position of order) {
    if (!isChosen.has(position) && !isRedundant(position)) choose(position);
  }
  return chosen.map((position) => candidates[position]!.id);
}
