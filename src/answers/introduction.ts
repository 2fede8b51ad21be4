import type { PreparedArticle } from '../core/prepared.js';
import type { Person, Sentence } from '../nlp/types.js';
import { personAsked } from './person-asked.js';
import { escapeRegExp } from '../text/escape-regexp.js';

/** A name match at least this good means the question names the person. */
const NAMES_PERSON = 0.9;
const WHO_IS = /^\s*who\s+(?:is|was|'s)\s+(.+?)\s*\??\s*$/i;
// "Who were the victims?": each of them is "the victim"; the sentence introducing one introduces them all.
const WHO_ARE = /^\s*who\s+(?:are|were)\s+(the\s+(?:[\p{Ll}-]+\s+)?[\p{Ll}-]+?(?:ie)?s)\s*\??\s*$/iu;
const singular = (phrase: string): string => phrase.replace(/ies$/, 'y').replace(/(?<!s)s$/, '');
// "What is Larsen's job?", "What does Larsen do?": asked of a named person, answered by the same introduction.
const JOB_OF = /^\s*what\s+(?:is|was|'s)\s+(.+?)(?:['’]s|s['’])\s+(?:job|role|title|position|post|occupation|profession)\s*\??\s*$/i;
const DOES_WHAT = /^\s*what\s+(?:does|did)\s+(.+?)\s+do\s+for\s+a\s+living\s*\??\s*$|^\s*what\s+does\s+(.+?)\s+do\s*\??\s*$/i;

export interface Introduction {
  prepared: PreparedArticle;
  person: Person;
  sentence: Sentence;
}

const mentions = (text: string, form: string): boolean => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(form)}(?![\\p{L}\\p{N}])`, 'u').test(text);

/**
 * "Who is X?" about a person of the article, by name, by role ("Who is the mayor?") or as an unnamed source ("Who is the
 * doctor?"), and "What is X's job?" or "What does X do?" by name: the sentence that introduces them — the first naming
 * them with one of their roles ("Ruth Okafor, the harbour master, said"), else the first naming them in full, else the
 * first mention.
 */
export function introductionOf(articles: readonly PreparedArticle[], question: string): Introduction | null {
  const plural = WHO_ARE.exec(question)?.[1];
  const whoIs = WHO_IS.exec(question)?.[1] ?? (plural ? singular(plural) : undefined);
  const jobMatch = JOB_OF.exec(question) ?? DOES_WHAT.exec(question);
  const asked = whoIs ?? jobMatch?.slice(1).find(Boolean);
  if (!asked) return null;
  // "Who is the mayor?" by role or description; "What is X's job?" only of a person named.
  const best = personAsked(articles, asked, NAMES_PERSON);
  if (!best || (!whoIs && !best.byName)) return null;
  const { prepared, person } = best;
  const naming = prepared.sentences.filter((sentence) => [person.name, ...person.aliases].some((form) => mentions(sentence.text, form)));
  const sentence =
    naming.find((candidate) => person.roles.some((role) => candidate.text.includes(role))) ??
    naming.find((candidate) => mentions(candidate.text, person.name)) ??
    naming[0];
  return sentence ? { prepared, person, sentence } : null;
}
