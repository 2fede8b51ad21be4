const SEPARATOR = String.raw`(?:--|—|–|-|:)`;
const PLACE_QUALIFIER = String.raw`(?:,\s*[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{L}\p{N}.'’-]+){0,3})?`;
const OUTLET = String.raw`\([\p{Lu}][\p{L}.&'’ -]{0,30}\)`;

// Before an outlet the place may be in any case ("Johannesburg (CNN) --"); the outlet is followed by a
// dash or, in some scraped text, glued to the first word ("(CNN)The").
const PLACE_WITH_OUTLET = new RegExp(
  String.raw`^[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*)*${PLACE_QUALIFIER}\s*${OUTLET}(?:\s*${SEPARATOR}|(?=\p{L}))`,
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
