import type { AnswerType } from './answer-type.js';
import { isConcept } from './aliases.js';

/** What kinds of answer a sentence can hold, computed once per sentence. */
export type SentenceFeatures = ReadonlySet<AnswerType>;

const NUMBER = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?|half|quarter)\b/i;
const DATE =
  /\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|tonight|week|month|year|decade|century|ago|(?:1[5-9]|20)\d\d|\d+(?:st|nd|rd|th)|morning|evening|afternoon|night)\b/i;
const REASON = /\b(?:because|since|due to|so that|in order to|as a result|reason|after|amid|over|for)\b/i;
const PLACE_PREPOSITION = /\b(?:in|at|near|from|to|into|outside|inside)\s+(?:the\s+)?\p{Lu}/u;
// A capitalised word that is not the first word of the sentence: a name of someone or something.
const INNER_NAME = /[^.!?"“]\s+\p{Lu}\p{Ll}+/u;

export function sentenceFeatures(text: string, terms: readonly string[], namesPerson: boolean): SentenceFeatures {
  const features = new Set<AnswerType>();
  if (NUMBER.test(text)) features.add('number');
  if (DATE.test(text)) features.add('date');
  if (REASON.test(text)) features.add('reason');
  const namesCountry = terms.some((term) => isConcept(term) && term.length === 3);
  if (namesCountry || PLACE_PREPOSITION.test(text)) features.add('place');
  if (namesPerson) features.add('person');
  if (namesPerson || namesCountry || INNER_NAME.test(text)) features.add('entity');
  return features;
}
