import { escapeRegExp } from '../text/escape-regexp.js';

/** "Prof." and "Professor" are one title. */
export function titleKey(title: string): string {
  const key = title.toLowerCase().replace(/\.$/, '');
  return key === 'prof' ? 'professor' : key;
}


/**
 * The capitalised words written right before a full name in the text ("Professor Henrik Vogel" → professor), as
 * title keys: "Professor Vogel" names Henrik, not "Dr. Lena Vogel".
 */
export function titlesBeforeName(name: string, paragraphs: ReadonlyArray<{ text: string }>): Set<string> {
  if (!name.includes(' ')) return new Set();
  const pattern = new RegExp(`(\\p{Lu}\\p{Ll}+)\\.?\\s+${escapeRegExp(name)}(?![\\p{L}])`, 'gu');
  return new Set(paragraphs.flatMap((paragraph) => [...paragraph.text.matchAll(pattern)].map((match) => titleKey(match[1]!))));
}
