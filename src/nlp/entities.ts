import type { Article } from '../article/types.js';
import { gazetteerLists, isOrganisationWord, isPlaceName } from './gazetteer.js';
import type { Entity, Person, Sentence } from './types.js';

type EntityType = Entity['type'];

const MAX_NAME_WORDS = 6;

// Gazetteer names by their lower-case form; acronyms ("UN", "AP") only match in capitals, by their exact form.
const known = new Map<string, { name: string; type: EntityType }>();
const addKnown = (names: string[], type: EntityType): void => {
  for (const name of names) {
    const key = /\p{Lu}{2}/u.test(name.replace(/\./g, '')) && name.length <= 5 ? name : name.toLowerCase();
    if (!known.has(key)) known.set(key, { name, type });
  }
};
addKnown(gazetteerLists.outlets, 'outlet');
addKnown(gazetteerLists.organisations, 'organisation');
addKnown(gazetteerLists.places, 'place');

/** A gazetteer name written as one: "Time" the magazine, never "time"; "state television" in any case. */
function lookUp(phrase: string): { name: string; type: EntityType } | undefined {
  const entry = known.get(phrase) ?? known.get(phrase.toLowerCase());
  return entry && (/^\p{Ll}/u.test(entry.name) || /^\p{Lu}/u.test(phrase)) ? entry : undefined;
}

/** Words with offsets, without a possessive 's; an acronym keeps its periods ("U.N."). */
function words(text: string): Array<{ start: number; end: number }> {
  return [...text.matchAll(/(?:\p{L}\.){2,}|[\p{L}\p{N}][\p{L}\p{N}&-]*(?:['’](?!s\b)\p{L}+)*/gu)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }));
}

// A capitalised name ending in an organisation word: "Yale University", "Xinhua News Agency".
const ORGANISATION_NAME = /\b(?:\p{Lu}[\p{L}'’-]*\s+(?:of\s+(?:the\s+)?)?)+\p{Lu}[\p{L}'’-]*/gu;

/**
 * Organisations, news outlets and places named in the article body: gazetteer names (outlets, common
 * organisations, countries, capitals, regions, cities) and capitalised names that end with an organisation
 * word. People's names are never entities.
 */
export function extractEntities(article: Article, _sentences: Sentence[], people: Person[]): Entity[] {
  const personNames = new Set(people.flatMap((person) => [person.name, ...person.aliases].map((name) => name.toLowerCase())));
  const found = new Map<string, Entity>();
  const add = (name: string, type: EntityType, paragraph: number): void => {
    if (personNames.has(name.toLowerCase())) return;
    const key = `${type}:${name.toLowerCase()}`;
    const entity = found.get(key) ?? { name, type, paragraphs: [] };
    if (!entity.paragraphs.includes(paragraph)) entity.paragraphs.push(paragraph);
    found.set(key, entity);
  };
  for (const paragraph of article.paragraphs) {
    const taken: Array<[number, number]> = [];
    const overlaps = (start: number, end: number): boolean => taken.some(([a, b]) => start < b && end > a);
    const tokens = words(paragraph.text);
    for (let index = 0; index < tokens.length; index++) {
      // The longest gazetteer name starting here: "ABC News" before "ABC".
      for (let size = Math.min(MAX_NAME_WORDS, tokens.length - index); size >= 1; size--) {
        const start = tokens[index]!.start;
        const end = tokens[index + size - 1]!.end;
        const entry = lookUp(paragraph.text.slice(start, end));
        if (!entry) continue;
        taken.push([start, end]);
        add(entry.name, entry.type, paragraph.number);
        index += size - 1;
        break;
      }
    }
    for (const match of paragraph.text.matchAll(ORGANISATION_NAME)) {
      const name = match[0].replace(/^(?:The|A|An)\s+/, '');
      const last = name.split(/\s+/).at(-1)!;
      if (!isOrganisationWord(last) || isPlaceName(name) || overlaps(match.index, match.index + match[0].length)) continue;
      const words = name.split(/\s+/).filter((word) => word !== 'of' && word !== 'the');
      if (words.length < 2) continue;
      add(name, /\b(?:News|Agency|Press|Times|Post|Journal|Television|Radio|Herald|Tribune)$/.test(name) ? 'outlet' : 'organisation', paragraph.number);
    }
  }
  return [...found.values()].map((entity) => ({ ...entity, paragraphs: entity.paragraphs.sort((a, b) => a - b) }));
}
