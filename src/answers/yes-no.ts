import type { PreparedArticle } from '../core/prepared.js';
import type { Sentence } from '../nlp/types.js';
import type { AnalyzedQuestion, QueryTermGroup } from '../search/query.js';
import { newsRelatedStems } from '../search/related-words.js';
import { textTerms } from '../search/tokens.js';

const YES_NO = /^\s*(?:is|are|was|were|has|have|had|do|does|did|will|would|can|could|should|may|might|must)\b/i;
// "Could you tell me how many …?" asks the question inside it.
const WH_WORD = /\b(?:who|whom|whose|what|when|where|why|how|which)\b/i;

function holdsAny(sentence: Sentence, groups: readonly QueryTermGroup[], terms: (sentence: Sentence) => ReadonlySet<string>): number {
  const held = terms(sentence);
  return groups.filter((group) => group.forms.some((form) => held.has(form) || newsRelatedStems(form).some((related) => held.has(related)))).length;
}

/**
 * "Has X tested positive before?", "Is Grainwise profitable?": the answer must say something of what is asked (the
 * question's words other than its names), not only name the subject, as a lead sentence does.
 *
 * Returns undefined when the answer chosen does (or the question is not a yes/no one), else the sentences that do:
 * the best ranked, else the first in the article, holding what is asked and, when the question names someone or
 * something, naming it there or in the sentence before ("… Alan Marsh, a researcher. He is not related to …"),
 * which is then quoted first. An empty list: the article does not say (when the answer was its lead).
 */
export function yesNoEvidence(
  question: string,
  analyzed: AnalyzedQuestion,
  prepared: PreparedArticle,
  answer: readonly Sentence[],
  rankedIds: readonly number[],
): Sentence[] | undefined {
  if (!YES_NO.test(question) || WH_WORD.test(question)) return undefined;
  const asked = analyzed.groups.filter((group) => !group.isName);
  const names = analyzed.groups.filter((group) => group.isName);
  if (asked.length === 0) return undefined;
  const cache = new Map<number, ReadonlySet<string>>();
  const terms = (sentence: Sentence): ReadonlySet<string> => {
    let held = cache.get(sentence.id);
    if (!held) cache.set(sentence.id, (held = new Set(textTerms(sentence.text))));
    return held;
  };
  if (answer.some((sentence) => holdsAny(sentence, asked, terms) > 0)) return undefined;
  // Without a name to anchor it, one word of several is too little to go on.
  const enough = names.length > 0 ? 1 : Math.ceil(asked.length / 2);
  const { sentences } = prepared;
  const inOrder = [...rankedIds, ...sentences.map((sentence) => sentence.id)];
  for (const id of inOrder) {
    const sentence = sentences[id];
    if (!sentence || holdsAny(sentence, asked, terms) < enough) continue;
    if (names.length === 0 || holdsAny(sentence, names, terms) > 0) return [sentence];
    const before = sentences[id - 1];
    if (before?.paragraph === sentence.paragraph && holdsAny(before, names, terms) > 0) return [before, sentence];
  }
  // Only a lead chosen for the subject's name alone is no answer: "Is X injured?" answered by "X is in pain, but there
  // are no fractures" may still say.
  const fromLead = answer.some((sentence) => sentence.paragraph === prepared.article.paragraphs[0]?.number);
  return fromLead ? [] : undefined;
}
