import type { ErrorAnswer } from '../../src/answers/types.js';
import type { OptionValues } from '../../src/core/command.js';

// C0 and C1 controls, DEL and the bidi overrides that can disguise text.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

export function isErrorAnswer(value: unknown): value is ErrorAnswer {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'error';
}

/**
 * The text of a required string option, trimmed and NFC-normalised, or an ErrorAnswer a
 * user can act on when it is missing, blank, too long or contains control characters.
 */
export function readText(options: OptionValues, name: string, label: string, maxLength: number): string | ErrorAnswer {
  const raw = options[name];
  if (typeof raw !== 'string' || raw.trim() === '') return { kind: 'error', message: `Please give a ${label}.` };
  if (CONTROL_CHARACTERS.test(raw)) return { kind: 'error', message: `The ${label} contains control characters; please type plain text.` };
  const text = raw.normalize('NFC').trim().replace(/\s+/g, ' ');
  const count = [...text].length;
  if (count > maxLength) {
    return { kind: 'error', message: `That ${label} is too long (${count} characters; the limit is ${maxLength}).` };
  }
  return text;
}

/** A name, term or question typed for a search: readText, then without Discord's markup (a link or title keeps it). */
export function readQuery(options: OptionValues, name: string, label: string, maxLength: number): string | ErrorAnswer {
  const text = readText(options, name, label, maxLength);
  if (isErrorAnswer(text)) return text;
  const plain = withoutDiscordMarkup(text).trim().replace(/\s+/g, ' ');
  return plain === '' ? { kind: 'error', message: `Please give a ${label} in words.` } : plain;
}

/**
 * What a user typed, without what Discord's client adds or formats: mentions and channel links ("<@123>", "<#456>",
 * "@everyone"),
 * custom emoji, timestamps, HTML tags, spoiler, bold, italic, strike and code marks ("||who is the judge?||"), and a
 * block quote or heading mark opening a line. Struck-through words, and spoilered words beside a question ("…?
 * ||spoiler||"), are left out.
 */
export function withoutDiscordMarkup(text: string): string {
  const unmentioned = text.replace(/<(?:@[!&]?|#)\d+>|<a?:\w+:\d+>|<t:-?\d+(?::[tTdDfFR])?>|@(?:everyone|here)\b/g, ' ');
  // Struck-through words are taken back ("~~fire~~ how many homes"), unless nothing else is left.
  const unstruck = unmentioned.replace(/~~[^~]*~~/g, ' ');
  const kept = /[\p{L}\p{N}]/u.test(unstruck.replace(/\|\|/g, '')) ? unstruck : unmentioned;
  // "what did Okafor say? ||spoiler||": hidden text beside a question is an aside; hidden text that is the question or
  // the part holding its question word ("fire ||how many homes||") is read.
  const outsideSpoilers = kept.replace(/\|\|[^|]*\|\|/g, ' ');
  return (/\?|\b(?:who|whom|whose|what|when|where|why|how|which)\b/i.test(outsideSpoilers) && /[\p{L}\p{N}]/u.test(outsideSpoilers) ? outsideSpoilers : kept)
    // Pasted HTML tags ("<b>", "<script>") are markup too; a script's or style's content is no question.
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<\/?[a-z][\w-]*(?:\s[^<>]*)?\/?>/gi, ' ')
    .replace(/\|\||\*+|~~|`+|(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu, '')
    // Block quotes and headings ("> ", ">>> ", "# ") at the start of a line.
    .replace(/^[ \t]*(?:>{1,3}|#{1,3}|-#)[ \t]+/gm, '');
}

/** Message text for the context menu: Discord markup and line breaks become spaces, other control characters go. */
export function flattenMessageText(text: string): string {
  return withoutDiscordMarkup(text)
    .replace(/[\r\n\t]+/g, ' ')
    .replace(new RegExp(CONTROL_CHARACTERS.source, 'gu'), '')
    .trim();
}
