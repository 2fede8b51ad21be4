const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];

const MONTH_NAME = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?)?/i;
const MONTH_DAY_YEAR = new RegExp(String.raw`\b${MONTH_NAME}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`, 'i');
const DAY_MONTH_YEAR = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH_NAME},?\s+(\d{4})\b`, 'i');

// Words that may surround a date on a line that is only a date stamp ("Last updated at 17:20 GMT").
const DATE_LINE_WORDS = new Set([
  'published', 'updated', 'last', 'posted', 'first', 'modified', 'on', 'at', 'date', 'time', 'and',
  'gmt', 'bst', 'utc', 'et', 'est', 'edt', 'ct', 'cst', 'cdt', 'mt', 'mst', 'mdt', 'pt', 'pst', 'pdt', 'cet', 'cest', 'ist', 'jst', 'kst',
  'am', 'pm', 'a', 'm', 'p', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
]);

interface FoundDate {
  iso: string;
  index: number;
  length: number;
}

function monthNumber(name: string): number {
  const prefix = name.toLowerCase().slice(0, 3);
  return MONTHS.findIndex((month) => month.startsWith(prefix)) + 1;
}

function isoDay(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function findDate(text: string): FoundDate | null {
  const iso = ISO_DATE.exec(text);
  if (iso) {
    const day = isoDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (day) {
      const time = iso[4] ? `T${iso[4]}${iso[5] ? iso[5].toUpperCase() : ''}` : '';
      return { iso: day + time, index: iso.index, length: iso[0].length };
    }
  }
  const monthFirst = MONTH_DAY_YEAR.exec(text);
  if (monthFirst?.[1]) {
    const day = isoDay(Number(monthFirst[3]), monthNumber(monthFirst[1]), Number(monthFirst[2]));
    if (day) return { iso: day, index: monthFirst.index, length: monthFirst[0].length };
  }
  const dayFirst = DAY_MONTH_YEAR.exec(text);
  if (dayFirst?.[2]) {
    const day = isoDay(Number(dayFirst[3]), monthNumber(dayFirst[2]), Number(dayFirst[1]));
    if (day) return { iso: day, index: dayFirst.index, length: dayFirst[0].length };
  }
  return null;
}

/**
 * The date a text names, as ISO: "YYYY-MM-DD", or the full ISO timestamp when the text is one.
 * Null for no date or an implausible one (such as the "0001-01-01" placeholder some sites emit).
 *
 * @example toIsoDate("20 Nov 2019 08:02 GMT") // "2019-11-20"
 */
export function toIsoDate(text: string): string | null {
  return findDate(text)?.iso ?? null;
}

// A place in capitals may open a wire story's date stamp ("JAKARTA Tue Dec 30, 2014 9:21am IST").
const LEADING_CAPITALS_PLACE = /^(?:\p{Lu}[\p{Lu}'’.-]+[\s,]+)+/u;

/**
 * A line that is only a date stamp ("Published: 18 October 2023", "2 November 2014 Last updated
 * at 17:20 GMT", "JAKARTA Tue Dec 30, 2014 9:21am IST").
 */
export function dateLineDate(dateLine: string): string | null {
  if (dateLine.length > 100) return null;
  const line = dateLine.replace(LEADING_CAPITALS_PLACE, '');
  const found = findDate(line);
  if (!found) return null;
  const rest = line.slice(0, found.index) + ' ' + line.slice(found.index + found.length);
  const words = rest.toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.every((word) => DATE_LINE_WORDS.has(word)) ? found.iso : null;
}

const TIME_STAMP = /^\W*(?:published|updated|posted|last updated)\s*(?:at|on)?\s*:?\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?\.?$/i;

// "CNNMoney (New York) First published February 1, 2016: 1:28 AM ET": a publication stamp under a page's story.
const PUBLICATION_STAMP = /^[^.!?]{0,40}\b(?:first published|published|updated|last updated|posted)\b:?\s+(?:on\s+)?(?:\p{L}+\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{L}+\s+\d{4}|\d{4}-\d{2}-\d{2})\b[^.!?]{0,30}$/iu;

/** A line that is only a time or publication stamp ("Updated at 1:23 p.m.", "First published February 1, 2016: 1:28 AM ET"). */
export function isTimeStampLine(line: string): boolean {
  return TIME_STAMP.test(line.trim()) || PUBLICATION_STAMP.test(line.trim());
}
