import type { Sentence } from '../nlp/types.js';
import type { SentenceHit } from './article-index.js';
import type { AnalyzedQuestion, QueryTermGroup } from './query.js';
import type { SentenceFeatures } from './sentence-features.js';
import { findConcepts, scanTokens } from './tokens.js';

export interface IndexedSentence {
  sentence: Sentence;
  /** Every term the sentence (and the people it names) is indexed under. */
  terms: ReadonlySet<string>;
  /** Terms of the sentence and of the sentences just before and after it in its paragraph: the answer is often next to the sentence that names the subject. */
  windowTerms: ReadonlySet<string>;
  features: SentenceFeatures;
  peopleText: string;
}

// Weights of the re-ranking, tuned on SQuAD-format Wikipedia articles and the shared news QA sets (see eval/qa.ts);
// they sum to 1 so scores compare across articles.
const WEIGHT = { retrieval: 0.15, coverage: 0.33, window: 0.15, answerType: 0.2, phrase: 0.17 };
const NAME_WEIGHT = 1.5;
/** Consecutive question words still count as a phrase with this many other words between them in the sentence. */
const PHRASE_GAP = 1;

const covers = (terms: ReadonlySet<string>, group: QueryTermGroup): boolean => group.forms.some((form) => terms.has(form));

/** Rare words say more about where the answer is than common ones; words the article lacks weigh most. */
function groupWeights(groups: readonly QueryTermGroup[], all: readonly IndexedSentence[]): number[] {
  return groups.map((group) => {
    const df = all.filter((entry) => covers(entry.terms, group)).length;
    return Math.log(1 + (all.length + 1) / (df + 0.5)) * (group.isName ? NAME_WEIGHT : 1) * group.share;
  });
}

/** Share of the question's content (weighted by rarity) that a sentence contains, 0..1. */
export function termCoverage(terms: ReadonlySet<string>, groups: readonly QueryTermGroup[], weights: readonly number[]): number {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  if (total === 0) return 0;
  const covered = groups.reduce((sum, group, i) => sum + (covers(terms, group) ? weights[i]! : 0), 0);
  return covered / total;
}

/** Share of the question's consecutive word pairs (weighted by rarity) that the sentence also has close together. */
function phraseCoverage(sequence: readonly string[], groups: readonly QueryTermGroup[], weights: readonly number[]): number {
  let total = 0;
  let found = 0;
  for (let i = 0; i + 1 < groups.length; i += 1) {
    if (inOneName(groups[i]!, groups[i + 1]!)) continue;
    const pairWeight = Math.min(weights[i]!, weights[i + 1]!);
    total += pairWeight;
    const [first, second] = [groups[i]!.forms, groups[i + 1]!.forms];
    const near = sequence.some(
      (stem, at) => first.includes(stem) && sequence.slice(at + 1, at + 2 + PHRASE_GAP).some((next) => second.includes(next)),
    );
    if (near) found += pairWeight;
  }
  return total === 0 ? 0 : found / total;
}

// Two words of one capitalised name ("Notre Dame") already count once as a name, not again as a phrase.
const inOneName = (first: QueryTermGroup, second: QueryTermGroup): boolean => first.share < 1 && second.share < 1;

/** Whether the sentence holds an answer of the asked kind that the question does not already contain. */
function answerTypeMatch(entry: IndexedSentence, question: AnalyzedQuestion, forms: ReadonlySet<string>): number {
  const candidates = entry.features.candidates.get(question.answerType);
  if (!candidates) return 0;
  for (const candidate of candidates) if (!question.words.has(candidate) && !forms.has(candidate)) return 1;
  return 0;
}

function matchedSurfaces(sentence: Sentence, groups: readonly QueryTermGroup[]): string[] {
  const forms = new Set(groups.flatMap((group) => group.forms));
  const tokens = scanTokens(sentence.text);
  const surfaces = tokens.filter((token) => token.stem && forms.has(token.stem)).map((token) => token.surface);
  for (const span of findConcepts(tokens)) {
    if (span.concepts.some((concept) => forms.has(concept))) {
      surfaces.push(sentence.text.slice(tokens[span.from]!.start, tokens[span.to - 1]!.end));
    }
  }
  return [...new Set(surfaces)];
}

/** Misspelt question words ("Dafur") also count through the article's words one or two edits away. */
export function withTypoForms(groups: readonly QueryTermGroup[], vocabulary: ReadonlySet<string>): QueryTermGroup[] {
  return groups.map((group) => {
    if (group.primary.length < 5 || group.forms.some((form) => vocabulary.has(form))) return group;
    const allowed = group.primary.length >= 10 ? 2 : 1;
    const close = [...vocabulary].filter((term) => Math.abs(term.length - group.primary.length) <= allowed && editDistance(term, group.primary) <= allowed);
    return close.length > 0 ? { ...group, forms: [...group.forms, ...close] } : group;
  });
}

export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** Re-ranks retrieval candidates by question coverage (the sentence, then with its neighbours), phrase matches and answer type. */
export function rankCandidates(
  candidates: ReadonlyArray<{ entry: IndexedSentence; score: number }>,
  question: AnalyzedQuestion,
  all: readonly IndexedSentence[],
  articleTerms: ReadonlySet<string>,
  limit: number,
): SentenceHit[] {
  if (candidates.length === 0) return [];
  const top = Math.max(...candidates.map((candidate) => candidate.score));
  const weights = groupWeights(question.groups, all);
  const topicCoverage = termCoverage(articleTerms, question.groups, weights);
  const forms = new Set(question.groups.flatMap((group) => group.forms));
  return candidates
    .map(({ entry, score }) => {
      const coverage = termCoverage(entry.terms, question.groups, weights);
      const windowCoverage = termCoverage(entry.windowTerms, question.groups, weights);
      return {
        sentenceId: entry.sentence.id,
        score:
          WEIGHT.retrieval * (score / top) +
          WEIGHT.coverage * coverage +
          WEIGHT.window * windowCoverage +
          WEIGHT.answerType * answerTypeMatch(entry, question, forms) +
          WEIGHT.phrase * phraseCoverage(entry.features.sequence, question.groups, weights),
        coverage,
        entry,
      };
    })
    .sort((a, b) => b.score - a.score || a.sentenceId - b.sentenceId)
    .slice(0, limit)
    .map(({ sentenceId, score, coverage, entry }) => ({
      sentenceId,
      score,
      coverage,
      topicCoverage,
      matchedTerms: matchedSurfaces(entry.sentence, question.groups),
    }));
}
