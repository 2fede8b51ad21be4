import { nationalityOf } from './gazetteer.js';
import type { Person } from './types.js';
import { escapeRegExp } from '../text/escape-regexp.js';

const alternatives = (words: readonly string[]): string => words.map(escapeRegExp).join('|');

/**
 * "The Swede added …": the person the text before ties to that nation last — "Sweden's Erik Lindqvist", "Erik
 * Lindqvist of Sweden", "the Swedish grandmaster Erik Lindqvist", "Lindqvist, a 31-year-old Swede," — or null.
 */
export function personOfNationality(people: readonly Person[], textBefore: string, demonym: string): Person | null {
  const nationality = nationalityOf(demonym);
  if (!nationality) return null;
  const places = alternatives(nationality.places);
  const words = alternatives(nationality.demonyms);
  let best: { person: Person; at: number } | null = null;
  for (const person of people) {
    for (const form of [person.name, ...person.aliases]) {
      const name = escapeRegExp(form);
      const ties = new RegExp(
        [
          String.raw`\b(?:${places})['’]s\s+(?:[\p{L}.-]+\s+){0,3}?${name}\b`,
          String.raw`\b${name}\s+(?:\([^)]*\)\s+)?of\s+(?:the\s+)?(?:${places})\b`,
          String.raw`\b(?:${words})\s+(?:[\p{L}.-]+\s+){0,3}?${name}\b`,
          String.raw`\b${name},\s+(?:a|an|the)\s+(?:[\p{L}\d.-]+\s+){0,3}?(?:${words})\b`,
          String.raw`\b${name}\s+\((?:${places})\)`,
        ].join('|'),
        'gu',
      );
      for (const match of textBefore.matchAll(ties)) if (!best || match.index > best.at) best = { person, at: match.index };
    }
  }
  return best?.person ?? null;
}
