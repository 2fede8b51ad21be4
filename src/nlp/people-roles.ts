import { honorific, isDemonym, isPlaceName, isRoleNoun, isTitleWord } from './gazetteer.js';

// The last word of a text, followed only by spaces.
const WORD_BEFORE = /([\p{L}][\p{L}\p{M}.'’-]*)\s*$/u;
const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);
const FUNCTION_WORDS = new Set([...DETERMINERS, 'and', 'or', 'but', 'to', 'for', 'with', 'by', 'as', 'on', 'that', 'said', 'says']);
const MAX_ROLE_WORDS = 14;

const clean = (role: string): string => role.replace(/\s+/g, ' ').trim();
const words = (text: string): string[] => text.match(/[\p{L}][\p{L}\p{M}'’-]*/gu) ?? [];
const hasRoleWord = (phrase: string): boolean =>
  words(phrase).some((word) => (isRoleNoun(word) || isTitleWord(word)) && honorific(word) === undefined);
// Agent nouns that name an occupation even when no list has them ("engineer", "historian", "novelist").
const looksLikeRoleNoun = (word: string): boolean =>
  isRoleNoun(word) || isTitleWord(word) || /^\p{Ll}{3,}(?:eer|ist|ian|ant|ent|er|or)s?$/u.test(word);

/** Can this word sit inside a title written before a name ("U.N.", "Secretary", "Kremlin", "of")? */
function titleWord(word: string, next: string | null): boolean {
  if (isTitleWord(word) || isRoleNoun(word) || isDemonym(word) || isPlaceName(word)) return true;
  if (/^(?:\p{Lu}\.)+$/u.test(word) || /^\p{Lu}{2,}$/u.test(word)) return true;
  if (word === 'of') return next !== null && /^\p{Lu}/u.test(next);
  return /^\p{Lu}/u.test(word) && !FUNCTION_WORDS.has(word.toLowerCase());
}

/**
 * The title written right before a name, extended leftwards over the words a title is made of:
 * "U.N. Secretary-General", "Secretary of State", "National Security Council spokesman".
 */
export function titleBefore(text: string, nameStart: number, knownTitleStart: number | null): string | null {
  let start = knownTitleStart ?? nameStart;
  let next: string | null = knownTitleStart === null ? null : text.slice(knownTitleStart).split(/\s/)[0] ?? null;
  for (let count = 0; count < MAX_ROLE_WORDS; count++) {
    const match = WORD_BEFORE.exec(text.slice(0, start));
    const word = match?.[1];
    if (!match || !word || !titleWord(word.replace(/\.$/, ''), next)) break;
    // A period that is not part of an abbreviation ends the previous sentence.
    if (word.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(word) && !isTitleWord(word)) break;
    next = word;
    start = match.index;
  }
  const role = clean(text.slice(start, nameStart));
  return role && hasRoleWord(role) && !/^of\b/.test(role) ? role : null;
}

/** "his North Korean counterpart, NAME," — a role phrase that ends with a comma right before the name. */
export function appositiveBefore(text: string, nameStart: number): string | null {
  const before = text.slice(0, nameStart);
  // The phrase opens at the determiner nearest the comma: "by his North Korean counterpart, X" → "his …".
  const match = /(?:^|[\s"“(])((?:a|an|the|his|her|its|their)\s(?:(?!\b(?:a|an|the|his|her|its|their)\s)[^,.;:"“”]){2,80}),\s*$/iu.exec(before);
  if (!match) return null;
  const phrase = clean(match[1]!);
  const lastWord = words(phrase).at(-1) ?? '';
  return looksLikeRoleNoun(lastWord) ? phrase : null;
}

/** "NAME, a professor of international studies at Ewha University in Seoul," — a role phrase after the name. */
export function appositiveAfter(text: string, nameEnd: number): string | null {
  const match = /^,\s*((?:a|an|the|his|her|its|their|who is|who was|now|then|former)\s[^,;:"“”]{2,120}?)(?=\s*(?:[,;:"“”]|\.(?:\s|$)|$))/iu.exec(
    text.slice(nameEnd),
  );
  if (!match) return null;
  const phrase = clean(match[1]!.replace(/^who (?:is|was)\s+/i, ''));
  if (words(phrase).length > MAX_ROLE_WORDS) return null;
  const head = words(phrase)
    .slice(0, 6)
    .find(looksLikeRoleNoun);
  return head ? phrase : null;
}
