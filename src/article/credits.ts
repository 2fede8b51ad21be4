import photoAgencies from './data/photo-agencies.json' with { type: 'json' };
import { escapeRegExp } from '../text/escape-regexp.js';

/** What a caption line splits into: the caption text and the photo credit, at least one present. */
export interface CaptionParts {
  caption: string | null;
  credit: string | null;
}


// Longest first so "Getty Images" wins over a shorter name it contains.
const AGENCY = `(?:${[...photoAgencies.agencies]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|')})`;

// A capitalised name of up to five words ("Jung Yeon-je", "Kim K. Lee", "REUTERS").
const NAME = String.raw`(?:[\p{Lu}][\p{L}'’-]*|[\p{Lu}]\.)(?:\s+(?:[\p{Lu}][\p{L}'’-]*|[\p{Lu}]\.|de|van|von|der|bin|al|da)){0,4}`;

// A credit starts the line, follows a finished sentence, or follows a separator (" | ", " - ").
const CREDIT_START = String.raw`(?:^|(?<=[.!?"”’)\]]\s+)|(?<=\s[|–—-]\s+))`;

const LABEL = String.raw`(?:(?:Photo(?:graph)?|Image|Picture|Video)s?(?:\s+(?:credit|source|copyright))?\s*(?:by\b|:|,)|Credits?\s*:)`;

const LABELLED_CREDIT = new RegExp(String.raw`${CREDIT_START}${LABEL}\s*(\S.{0,100}?)\s*$`, 'iu');
const SLASH_CREDIT = new RegExp(
  String.raw`${CREDIT_START}(${NAME}(?:\s*\/\s*${NAME})+(?:\s+via\s+${NAME})?)\s*$`,
  'u',
);
const AGENCY_CREDIT = new RegExp(String.raw`${CREDIT_START}((?:${NAME}\s+via\s+)?${AGENCY})\s*$`, 'u');
const PARENTHETICAL = /\s*\(([^()]{2,120})\)\s*$/u;
const CAPTION_LABEL = /^(?:Image|Photo|Picture|Video) caption\s*[,:]?\s*(.+)$/iu;
const CREDIT_LABEL = new RegExp(String.raw`^${LABEL}\s*`, 'iu');

function parts(line: string, creditStart: number, credit: string): CaptionParts {
  const caption = line.slice(0, creditStart).replace(/\s*[|–—-]\s*$/, '').trim();
  return { caption: caption.length > 0 ? caption : null, credit: credit.trim() };
}

const CREDIT_PHRASE = new RegExp(String.raw`^(?:AP|AFP)?\s*Photo\b|^${NAME}(?:\s*\/\s*${NAME})+|(?:^|\s)(?:via\s+)?${AGENCY}$`, 'u');

const isCreditPhrase = (text: string): boolean => CREDIT_LABEL.test(text) || CREDIT_PHRASE.test(text);

/**
 * Splits an image caption line into caption and photo credit, or returns null when the line
 * carries no credit (an ordinary paragraph). Recognises "Photo: X", "(Photo by X/Getty Images)",
 * "Credit: X", "X/AFP via Getty Images", "REUTERS/Name" and a bare agency name after a sentence.
 * A line that ends with a full stop is never a credit: body sentences do, credits do not.
 */
export function splitPhotoCredit(line: string): CaptionParts | null {
  const text = line.trim();
  const captionOnly = CAPTION_LABEL.exec(text);
  if (captionOnly?.[1]) return { caption: captionOnly[1].trim(), credit: null };

  const parenthetical = PARENTHETICAL.exec(text);
  if (parenthetical?.[1] && isCreditPhrase(parenthetical[1].trim())) {
    return parts(text, parenthetical.index, parenthetical[1].trim().replace(CREDIT_LABEL, ''));
  }
  if (/[.;,:]$/.test(text)) return null;

  const labelled = LABELLED_CREDIT.exec(text);
  if (labelled?.[1] && labelled[1].split(/\s+/).length <= 12) return parts(text, labelled.index, labelled[1]);
  const slashed = SLASH_CREDIT.exec(text);
  if (slashed?.[1]) return parts(text, slashed.index, slashed[1]);
  const agency = AGENCY_CREDIT.exec(text);
  if (agency?.[1]) return parts(text, agency.index, agency[1]);
  return null;
}
