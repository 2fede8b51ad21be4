import { stemWord } from './normalize.js';

// "operated by Aegean Blue Lines", "founded in 2016 by Anika Shah", "directed by the Iranian Leila Farahani".
const AGENT_PHRASE = /([\p{L}-]+)(?:\s+(?:in|on)\s+(?:\d{4}|\p{Lu}\p{Ll}+(?:\s+\d{1,2})?(?:,?\s+\d{4})?))?\s+by\s+(?:the\s+)?(?:\p{Ll}+\s+)?\p{Lu}/gu;

/** The verbs a text says someone named did, as stems, with where each stands ("was operated by X" → oper). */
export function agentVerbs(text: string): Array<{ stem: string; index: number }> {
  return [...text.matchAll(AGENT_PHRASE)].map((match) => ({ stem: stemWord(match[1]!.toLowerCase()), index: match.index }));
}

export function agentVerbStems(text: string): string[] {
  return agentVerbs(text).map((verb) => verb.stem);
}

/** "operator", "builder", "maker": the stems of the verb whose doer the noun names, the noun's own among them. */
export function verbStemsOfDoer(noun: string): string[] {
  return [stemWord(noun), stemWord(noun.replace(/(?:er|or)$/, '')), stemWord(noun.replace(/(?:er|or)$/, 'e'))];
}
