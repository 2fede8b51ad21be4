import type { Person } from './types.js';
import { escapeRegExp } from '../text/escape-regexp.js';

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


/**
 * "her son said" when the article has said whose mother she is ("Kovacs's mother, Erzsebet Kovacs"): the person her
 * role names, or the one whose role names her as theirs ("Erzsebet Kovacs's son"); null when none or several fit.
 */
export function relativeOf(people: readonly Person[], owner: Person, kin: string): Person | null {
  const inverse = INVERSE_KIN[kin];
  if (!inverse) return null;
  const named = (person: Person, role: string, relations: readonly string[]): boolean =>
    [person.name, ...person.aliases].some((form) => new RegExp(`(?:^|\\s)${escapeRegExp(form)}['’]s?\\s+(?:[\\p{Ll}-]+\\s+)?(?:${relations.join('|')})\\b`, 'iu').test(role));
  const fits = people.filter(
    (person) => person !== owner && (owner.roles.some((role) => named(person, role, inverse)) || person.roles.some((role) => named(owner, role, [kin]))),
  );
  return fits.length === 1 ? fits[0]! : null;
}

const PARENT_ROLE = /['’]s?\s+(?:[\p{Ll}-]+\s+)?(?:father|mother|parent)\b(?!-in-law)/iu;
const CHILD_ROLE = /['’]s?\s+(?:[\p{Ll}-]+\s+)?(?:son|daughter|child)\b(?!-in-law)/iu;

/**
 * "the younger Okafor said" of a father and son the article names ("Okafor's father, Samuel Okafor"): of the two people
 * with that surname, the child is the younger and the parent the elder; null unless the article says which is which.
 */
export function generationOf(people: readonly Person[], surname: string, younger: boolean): Person | null {
  const named = people.filter((person) => person.name.split(/\s+/).at(-1) === surname);
  if (named.length !== 2) return null;
  const parent = named.find((person) => person.roles.some((role) => PARENT_ROLE.test(role)));
  const child = named.find((person) => person.roles.some((role) => CHILD_ROLE.test(role)));
  const elder = parent ?? (child ? named.find((person) => person !== child) : undefined);
  if (!elder) return null;
  return younger ? named.find((person) => person !== elder)! : elder;
}
