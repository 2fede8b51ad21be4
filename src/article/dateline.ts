const SEPARATOR = String.raw`(?:--|—|–|-|:)`;
// ", India", ", Indonesia, Aug 4": a country, a state or a date after the place.
const PLACE_QUALIFIER = String.raw`(?:,\s*[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{L}\p{N}.'’-]+){0,3}){0,2}`;
const OUTLET = String.raw`\([\p{Lu}][\p{L}.&'’ -]{0,30}\)`;

// Before an outlet the place may be in any case ("Johannesburg (CNN) --"); the outlet is followed by a
// dash or, in some scraped text, glued to the first word ("(CNN)The").
// "ADDIS ABABA/CAIRO (AP) —": a story filed from two places.
const PLACE_WITH_OUTLET = new RegExp(
  String.raw`^[\p{Lu}][\p{L}.'’-]*(?:(?:\s+|\/)[\p{Lu}][\p{L}.'’-]*)*${PLACE_QUALIFIER}\s*${OUTLET}(?:\s*${SEPARATOR}|(?=\p{L}))`,
  'u',
);
const OUTLET_ONLY = new RegExp(String.raw`^${OUTLET}(?:\s*(?:--|—|–|-))?`, 'u');
// Without an outlet the place must be in capitals and the dash spaced, so "US-led" never matches.
const PLACE_ONLY = new RegExp(String.raw`^[\p{Lu}][\p{Lu}.'’-]{2,}(?:\s+[\p{Lu}][\p{Lu}.'’-]+)*${PLACE_QUALIFIER}\s+(?:--|—|–)(?=\s)`, 'u');

/**
 * The dateline that opens a news story — "SEOUL (Reuters) -", "NEW DELHI, India (CNN) --",
 * "(CNN)", "LONDON —" — or null. The paragraph itself is left as it is.
 */
export function detectDateline(paragraph: string): string | null {
  for (const pattern of [PLACE_WITH_OUTLET, OUTLET_ONLY, PLACE_ONLY]) {
    const match = pattern.exec(paragraph);
    if (match) return match[0].trim();
  }
  return null;
}

/** The wire service or outlet a dateline names ("SEOUL (Reuters) -" → "Reuters"): who published the story, failing a publisher line. */
export function datelineOutlet(dateline: string | null): string | null {
  return dateline ? (/\(([^()]+)\)/.exec(dateline)?.[1]?.trim() ?? null) : null;
}

const NEWS_DAY = /\b(?:on|late|early|last|this)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\b(?:yesterday|today|tonight)\b/;

/**
 * A dateline, or a lead that says which day it happened ("… on Saturday after …"), marks a news story, whose first
 * paragraphs carry its gist; an encyclopaedia article has neither.
 */
export function isNewsStory(article: { dateline: string | null; paragraphs: ReadonlyArray<{ text: string }> }): boolean {
  const first = article.paragraphs[0];
  return article.dateline !== null || (first !== undefined && (detectDateline(first.text) !== null || NEWS_DAY.test(first.text)));
}
