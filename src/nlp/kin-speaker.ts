import type { Person } from './types.js';

// Who the other side of a family tie is: "her son" of a mother is the one she is the mother of.
const INVERSE_KIN: Readonly<Record<string, readonly string[]>> = {
  son: ['mother', 'father', 'parent'],
  daughter: ['mother', 'father', 'parent'],
  child: ['mother', 'father', 'parent'],
  mother: ['son', 'daughter', 'child'],
  father: ['son', 'daughter', 'child'],
  husband: ['wife', 'spouse', 'partner'],
  wife: ['husband', 'spouse', 'partner'],
  brother: ['brother', 'sister', 'sibling'],
  sister: ['brother', 'sister', 'sibling'],
};

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * "her son said" when the article has said whose mother she is ("Kovacs's mother, Erzsebet Kovacs"): the person her
 * role names, or the one whose role names her as theirs ("Erzsebet Kovacs's son"); null when none or several fit.
 */
export function relativeOf(people: readonly Person[], owner: Person, kin: string): Person | null {
  const inverse = INVERSE_KIN[kin];
  if (!inverse) return null;
  const named = (person: Person, role: string, relations: readonly string[]): boolean =>
    [person.name, ...person.aliases].some((form) => new RegExp(`(?:^|\\s)${escape(form)}['’]s?\\s+(?:[\\p{Ll}-]+\\s+)?(?:${relations.join('|')})\\b`, 'iu').test(role));
  const fits = people.filter(
    (person) => person !== owner && (owner.roles.some((role) => named(person, role, inverse)) || person.roles.some((role) => named(owner, role, [kin]))),
  );
  return fits.length === 1 ? fits[0]! : null;
}
