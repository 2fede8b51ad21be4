import { acronymConcepts, type Concept, LONGEST_ALIAS_WORDS, phraseConcepts } from './aliases.js';
import { initialsTerms } from './initials.js';
import { foldWord, isStopWord, stemWord } from './normalize.js';

/** One word of a text, with its [start, end) offsets and the forms it is matched by. */
export interface Token {
  surface: string;
  start: number;
  end: number;
  /** Lower case, accents folded, possessive dropped. */
  folded: string;
  /** What inflections share ("containers" → "contain"); empty for stop words and for acronyms that name a concept. */
  stem: string;
  /** Joined to the previous token by a hyphen ("Leif-Eric", "Jong-Un"). */
  hyphenated: boolean;
}

/** A name of a known thing found in a text, spanning one or more tokens. */
export interface ConceptSpan {
  concepts: Concept[];
  /** Index of the first and one past the last token. */
  from: number;
  to: number;
  /** A capital, demonym or metonym ("Moscow" for Russia): related to the concept rather than its name. */
  related: boolean;
}

// Dotted acronyms ("U.S."), numbers with separators ("1,000", "3.5"), then words with inner apostrophes.
const TOKEN = /(?:[A-Za-z]\.){2,}(?![A-Za-z])|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

export function scanTokens(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const surface = match[0];
    const start = match.index;
    const previous = tokens.at(-1);
    const folded = foldWord(surface);
    const namesConcept = acronymConcepts(surface).length > 0;
    tokens.push({
      surface,
      start,
      end: start + surface.length,
      folded,
      stem: namesConcept || isStopWord(folded) || folded === '' ? '' : stemWord(folded),
      hyphenated: previous !== undefined && previous.end === start - 1 && text[start - 1] === '-',
    });
  }
  return tokens;
}

const isCapitalised = (token: Token): boolean => /^\p{Lu}/u.test(token.surface);

/** Known names in the token stream: acronyms as written, and the longest capitalised alias phrase at each point. */
export function findConcepts(tokens: Token[]): ConceptSpan[] {
  const spans: ConceptSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    const acronym = acronymConcepts(token.surface);
    if (acronym.length > 0) {
      spans.push({ concepts: acronym, from: i, to: i + 1, related: false });
      i += 1;
      continue;
    }
    let matched = 0;
    if (isCapitalised(token)) {
      for (let length = Math.min(LONGEST_ALIAS_WORDS, tokens.length - i); length >= 1; length -= 1) {
        const words = tokens.slice(i, i + length);
        if (!isCapitalised(words[words.length - 1]!)) continue;
        const found = phraseConcepts(words.map((word) => word.folded).join(' '));
        if (found) {
          spans.push({ ...found, from: i, to: i + length });
          matched = length;
          break;
        }
      }
    }
    i += Math.max(matched, 1);
  }
  return spans;
}

/** Every term a text is indexed or searched under: stems, hyphenated wholes, concepts, and the initials of names. */
export function textTerms(text: string): string[] {
  return termsOfTokens(scanTokens(text));
}

/** The terms of already scanned tokens (see textTerms). */
export function termsOfTokens(tokens: Token[]): string[] {
  const terms: string[] = [];
  tokens.forEach((token, i) => {
    if (token.stem) terms.push(token.stem);
    if (token.hyphenated && tokens[i - 1]?.stem && token.stem) terms.push(stemWord(tokens[i - 1]!.folded + token.folded));
  });
  for (const span of findConcepts(tokens)) terms.push(...span.concepts);
  terms.push(...initialsTerms(tokens));
  return terms;
}
