const BYLINE_PREFIX = /^(?:(?:Written|Words|Story|Analysis|Reporting|Text|Report|Commentary)\s+)?by\b\s*:?\s*/i;
const GLUED_BY = /^By(?=\p{Lu})/u;
const NAME_CONNECTORS = new Set(['and', '&', 'de', 'del', 'della', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'da', 'di', 'du', 'le', 'la', 'y']);
// Words that make a byline part an affiliation or a job title rather than a name.
const ROLE_WORDS = /\b(?:writer|correspondent|editor|reporter|staff|contributor|columnist|analyst|bureau|chief|senior|producer|desk|news|media|service|agency|press|wire|team|at-large|editor-at-large)\b/i;

// "By Lucia Ferrand, Coastline Herald": a later part ending like a paper's name is where the author works.
const OUTLET_ENDING = /\b(?:herald|times|post|journal|gazette|tribune|chronicle|telegraph|guardian|observer|courier|examiner|inquirer|dispatch|sentinel|ledger|review|daily|weekly|magazine|radio|television|tv|online|mail|star|record|register|standard|express|mirror)$/i;

/** "Riverton Daily Herald" on a line of its own: a paper's name (capitalised words ending like one), or null. */
export function outletNameLine(line: string): string | null {
  const text = line.trim();
  const words = text.split(/\s+/);
  if (words.length > 6 || !OUTLET_ENDING.test(text)) return null;
  return words.every((word) => /^(?:of|the|and|&)$/.test(word) || /^[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*$/u.test(word)) ? text : null;
}

function isNamePart(part: string): boolean {
  const words = part.replace(/^(?:and|&)\s+/i, '').split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 6 || ROLE_WORDS.test(part)) return false;
  return words.every((word) => NAME_CONNECTORS.has(word.toLowerCase()) || /^[\p{Lu}][\p{L}.'’-]*$/u.test(word));
}

/**
 * The author names in a byline, without the "By", affiliations, job titles, e-mail addresses
 * or dates: "By Jane Doe and John Roe, Reuters" → "Jane Doe and John Roe". Null when the text
 * holds no name-like words.
 */
export function cleanByline(raw: string): string | null {
  const firstSegment = raw.split(/\s*(?:\n|\||\s[-–—]\s)\s*/)[0] ?? '';
  const text = firstSegment
    .replace(/\S+@\S+|https?:\/\/\S+/g, '')
    .replace(GLUED_BY, 'By ')
    .replace(BYLINE_PREFIX, '')
    .trim()
    .replace(/[,;:\s]+$/, '');
  const names: string[] = [];
  for (const part of text.split(/\s*,\s*/)) {
    const isFirst = names.length === 0;
    // A single word after a name is an affiliation ("…, Reuters"), not another author.
    if (!isNamePart(part) || (!isFirst && (!/\s/.test(part.replace(/^(?:and|&)\s+/i, '')) || OUTLET_ENDING.test(part)))) break;
    names.push(part);
  }
  return names.length > 0 ? names.join(', ') : null;
}

const isAffiliation = (part: string): boolean => /^[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*$/u.test(part) || (ROLE_WORDS.test(part) && /^\p{Lu}/u.test(part));

/**
 * The authors of a byline line of raw text ("By Jane Doe and John Roe, Reuters"), or null when
 * the line is not a byline. Every comma-separated part must be a name or an affiliation, so a
 * sentence such as "By Friday, the army had left" is not mistaken for one.
 */
export function bylineAuthor(line: string): string | null {
  if (line.length > 160 || !BYLINE_PREFIX.test(line) || /[.!?]$/.test(line.replace(/\b\p{Lu}\.$/u, ''))) return null;
  const firstSegment = line.split(/\s*(?:\||\s[-–—]\s)\s*/)[0] ?? '';
  const parts = firstSegment.replace(BYLINE_PREFIX, '').split(/\s*,\s*/).filter(Boolean);
  if (parts.length === 0 || !parts.every((part) => isNamePart(part) || isAffiliation(part))) return null;
  return cleanByline(line);
}

// "…, Northwest Wire Service", "…, Reuters": an affiliation that names an outlet; "…, Staff Writer" names a job.
const OUTLET_AFFILIATION = /\b(?:wire|service|news|press|agency|network|broadcasting)$/i;
const JOB_WORDS = /\b(?:writer|correspondent|editor|reporter|staff|contributor|columnist|analyst|producer|chief|senior|desk|bureau)\b/i;

/** The outlet a byline names after its authors ("By Daniel Reyes, Northwest Wire Service" → "Northwest Wire Service"), or null. */
export function bylineOutlet(line: string): string | null {
  const author = bylineAuthor(line);
  if (!author) return null;
  const firstSegment = line.split(/\s*(?:\||\s[-–—]\s)\s*/)[0] ?? '';
  const parts = firstSegment.replace(BYLINE_PREFIX, '').split(/\s*,\s*/).map((part) => part.trim().replace(/[.;:]+$/, '')).filter(Boolean);
  const isOutlet = (part: string): boolean =>
    !JOB_WORDS.test(part) && /^\p{Lu}/u.test(part) && (OUTLET_AFFILIATION.test(part) || OUTLET_ENDING.test(part) || /^(?:Reuters|AP|AFP|Bloomberg|CNN|BBC)$/.test(part));
  return parts.slice(author.split(/\s*,\s*/).length).find(isOutlet) ?? null;
}

/**
 * The writer's job a byline gives after the names ("By Priya Raman, Tennis Correspondent" → "Tennis Correspondent"), or
 * null; "By" is optional, as in a front-matter author field.
 */
export function bylineJobTitle(raw: string): string | null {
  const author = cleanByline(raw);
  if (!author) return null;
  const firstSegment = raw.split(/\s*(?:\n|\||\s[-–—]\s)\s*/)[0] ?? '';
  const parts = firstSegment.replace(GLUED_BY, 'By ').replace(BYLINE_PREFIX, '').split(/\s*,\s*/).map((part) => part.trim().replace(/[.;:]+$/, '')).filter(Boolean);
  return parts.slice(author.split(/\s*,\s*/).length).find((part) => JOB_WORDS.test(part) && part.split(/\s+/).length <= 5 && !/\S@\S/.test(part)) ?? null;
}

/** "By Staff Reporter, Associated Press", "By Staff Writer": a byline that names no person, only a job and an outlet. */
export function isStaffByline(line: string): boolean {
  if (line.length > 160 || !BYLINE_PREFIX.test(line) || /[.!?]$/.test(line)) return false;
  const parts = line.split(/\s*(?:\||\s[-–—]\s)\s*/)[0]!.replace(BYLINE_PREFIX, '').split(/\s*,\s*/).filter(Boolean);
  return parts.length > 0 && JOB_WORDS.test(parts[0]!) && parts.every(isAffiliation);
}

/** The outlet a staff byline names ("By Staff Reporter, Associated Press" → "Associated Press"), or null. */
export function staffBylineOutlet(line: string): string | null {
  const parts = line.replace(BYLINE_PREFIX, '').split(/\s*,\s*/).map((part) => part.trim()).filter(Boolean);
  return parts.slice(1).find((part) => !JOB_WORDS.test(part) && /^\p{Lu}/u.test(part)) ?? null;
}
