import type { PreparedArticle } from '../core/prepared.js';
import { matchPerson } from '../nlp/people-match.js';
import type { Sentence } from '../nlp/types.js';
import { escapeRegExp } from '../text/escape-regexp.js';

// "What is cholera?", "What are exoplanets?", "What is the Glasswing Project?": a thing to be told about, in one to four words.
const WHAT_IS = /^\s*what\s+(?:is|are|was|were)\s+(?:an?\s+|the\s+)?(\p{L}[\p{L}\d'’-]*(?:\s+\p{L}[\p{L}\d'’-]*){0,3})\s*\??\s*$/iu;
// Words that ask about the article or a figure, not what a thing is ("What is next?", "What is the cost?").
const NOT_A_THING = /^(?:it|this|that|they|these|those|happening|next|new|going on|the story|the article|the news|the point|the problem|the issue)$/i;


/**
 * "What is cholera?": the sentence defining it, by an appositive ("Cholera, an acute diarrhoeal infection caused by …,")
 * or a copula opening the sentence ("Exoplanets are planets that …"). Ranking by words finds any sentence that names
 * it ("But cholera is preventable"). Null when the question is not of that kind or no sentence defines it.
 */
export function definitionAsked(articles: readonly PreparedArticle[], question: string): { prepared: PreparedArticle; sentence: Sentence } | null {
  const thing = WHAT_IS.exec(question)?.[1]?.trim();
  if (!thing || NOT_A_THING.test(thing)) return null;
  // "What is Okafor?" asks who, which /ask answers by introducing the person.
  if (articles.some((prepared) => prepared.people.some((person) => matchPerson(thing, person) >= 0.8))) return null;
  const name = escapeRegExp(thing).replace(/\s+/g, '\\s+');
  const appositive = new RegExp(`(?<![\\p{L}\\d'’-])${name}s?,\\s+(?:an?|the)\\s+[^,;.!?]{3,}`, 'iu');
  const copula = new RegExp(`^\\W*(?:(?:the|an?)\\s+)?${name}s?\\s+(?:is|are|was|were)\\s+(?:an?|the)\\s+(?!same\\b|first\\b|last\\b|only\\b)`, 'iu');
  for (const prepared of articles) {
    const sentence = prepared.sentences.find((candidate) => appositive.test(candidate.text) || copula.test(candidate.text));
    if (sentence) return { prepared, sentence };
  }
  return null;
}
