import type { Sentence } from '../nlp/types.js';
import type { SentenceHit } from './article-index.js';
import type { AnalyzedQuestion, QueryTermGroup } from './query.js';
import type { SentenceFeatures } from './sentence-features.js';
import { findConcepts, scanTokens } from './tokens.js';

export interface IndexedSentence {
  sentence: Sentence;
  /** Every term the sentence (and the people it names) is indexed under. */
  terms: ReadonlySet<string>;
  features: SentenceFeatures;
  peopleText: string;
}

// Weights of the re-ranking, tuned on the shared QA sets (see eval/qa.ts); they sum to about 1 so scores compare across articles.
const WEIGHT = { retrieval: 0.4, coverage: 0.5, answerType: 0.1 };
const NAME_WEIGHT = 1.5;

const covers = (terms: ReadonlySet<string>, group: QueryTermGroup): boolean => group.forms.some((form) => terms.has(form));

/** Rare words say more about where the answer is than common ones; words the article lacks weigh most. */
function groupWeights(groups: readonly QueryTermGroup[], all: readonly IndexedSentence[]): number[] {
  return groups.map((group) => {
    const df = all.filter((entry) => covers(entry.terms, group)).length;
    return Math.log(1 + (all.length + 1) / (df + 0.5)) * (group.isName ? NAME_WEIGHT : 1);
  });
}

/** Share of the question's content (weighted by rarity) that a sentence contains, 0..1. */
export function termCoverage(terms: ReadonlySet<string>, groups: readonly QueryTermGroup[], weights: readonly number[]): number {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  if (total === 0) return 0;
  const covered = groups.reduce((sum, group, i) => sum + (covers(terms, group) ? weights[i]! : 0), 0);
  return covered / total;
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

/** Re-ranks retrieval candidates by question coverage and answer type. */
export function rankCandidates(
  candidates: ReadonlyArray<{ entry: IndexedSentence; score: number }>,
  question: AnalyzedQuestion,
  all: readonly IndexedSentence[],
  limit: number,
): SentenceHit[] {
  if (candidates.length === 0) return [];
  const top = Math.max(...candidates.map((candidate) => candidate.score));
  const weights = groupWeights(question.groups, all);
  return candidates
    .map(({ entry, score }) => {
      const coverage = termCoverage(entry.terms, question.groups, weights);
      const typeMatch = entry.features.has(question.answerType) ? 1 : 0;
      return {
        sentenceId: entry.sentence.id,
        score: WEIGHT.retrieval * (score / top) + WEIGHT.coverage * coverage + WEIGHT.answerType * typeMatch,
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
      matchedTerms: matchedSurfaces(entry.sentence, question.groups),
    }));
}
