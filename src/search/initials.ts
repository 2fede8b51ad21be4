import type { Token } from './tokens.js';

/** Lower-case words an organisation's initials skip ("Department of Homeland Security" → DHS). */
const LINKING_WORDS = new Set(['of', 'and', 'for', 'the', 'on', 'in', 'de', 'du', 'des', 'la', 'le']);

/** Acronyms this short ("US", "PM") spell too many ordinary pairs of capitalised words. */
const SHORTEST = 3;

const isCapitalised = (token: Token): boolean => /^\p{Lu}/u.test(token.surface);

/** The letters of an acronym as written ("FTC", "F.T.C."), lower case; null for anything else. */
export function acronymLetters(surface: string): string | null {
  const letters = surface.replaceAll('.', '');
  if (!/^[A-Z]+$/.test(letters) || letters.length < SHORTEST || letters.length > 6) return null;
  if (surface.includes('.') && !/^(?:[A-Z]\.)+$/.test(surface)) return null;
  return letters.toLowerCase();
}

// Words of one name stand apart only by spaces (or a hyphen), never by a comma or a full stop.
const joined = (text: string, left: Token, right: Token): boolean => /^[\s-]+$/.test(text.slice(left.end, right.start));

/**
 * Runs of capitalised words whose initials spell the letters ("Federal Trade Commission" for "ftc"), skipping
 * linking words; [start, end) offsets in the text.
 */
export function spelledOutRuns(text: string, tokens: readonly Token[], letters: string): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (let from = 0; from < tokens.length; from += 1) {
    if (!isCapitalised(tokens[from]!) || tokens[from]!.folded[0] !== letters[0]) continue;
    let spelled = 0;
    for (let at = from; at < tokens.length; at += 1) {
      const token = tokens[at]!;
      if (at > from && !joined(text, tokens[at - 1]!, token)) break;
      if (isCapitalised(token) && acronymLetters(token.surface) === null) {
        if (token.folded[0] !== letters[spelled]) break;
        spelled += 1;
        if (spelled === letters.length) {
          runs.push([tokens[from]!.start, token.end]);
          break;
        }
      } else if (!LINKING_WORDS.has(token.surface)) {
        break;
      }
    }
  }
  return runs;
}

/** The initials of a name typed in full ("Food and Drug Administration" → "fda"), or null if it is not one. */
export function initialsOf(tokens: readonly Token[]): string | null {
  if (tokens.length < 2 || !isCapitalised(tokens[0]!) || !isCapitalised(tokens.at(-1)!)) return null;
  let letters = '';
  for (const token of tokens) {
    if (isCapitalised(token) && acronymLetters(token.surface) === null) letters += token.folded[0] ?? '';
    else if (!LINKING_WORDS.has(token.surface)) return null;
  }
  return letters.length >= SHORTEST && letters.length <= 6 ? letters : null;
}

/**
 * The initials of every name of three to six capitalised words in a text ("Securities and Exchange Commission" →
 * "sec"), linking words skipped, so a question asking about "the SEC" finds the sentence that spells it out.
 */
export function initialsTerms(tokens: readonly Token[]): string[] {
  const terms: string[] = [];
  for (let from = 0; from < tokens.length; from += 1) {
    if (!isCapitalised(tokens[from]!) || acronymLetters(tokens[from]!.surface) !== null) continue;
    let letters = '';
    for (let at = from; at < tokens.length; at += 1) {
      const token = tokens[at]!;
      if (at > from && token.start - tokens[at - 1]!.end !== 1) break;
      if (isCapitalised(token) && acronymLetters(token.surface) === null) {
        letters += token.folded[0] ?? '';
        if (letters.length > 6) break;
        if (letters.length >= SHORTEST) terms.push(letters);
      } else if (!LINKING_WORDS.has(token.surface)) {
        break;
      }
    }
  }
  return terms;
}
