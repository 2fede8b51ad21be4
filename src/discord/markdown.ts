// Discord markdown for text we did not write (article text, user input): shown literally,
// never able to format, link or mention.

const INLINE_MARKUP = /[\\*_~`|[\]<]/g;
const LINE_START_MARKUP = /^(\s*)([#>+-])/gm;
const LIST_NUMBER = /^(\s*\d+)\./gm;
const MASS_MENTION = /@(everyone|here)/gi;

/** Escapes markdown, mentions (`<@…>`, `<@&…>`, `<#…>`) and `@everyone`/`@here` so text renders verbatim. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(INLINE_MARKUP, '\\$&')
    .replace(LINE_START_MARKUP, '$1\\$2')
    .replace(LIST_NUMBER, '$1\\.')
    .replace(MASS_MENTION, '@\u200b$1');
}

/** Text for a code span: backticks cannot be escaped inside one, so they are replaced; mass mentions are broken up. */
export function codeSpan(text: string): string {
  return `\`${text.replace(/`/g, "'").replace(/\s+/g, ' ').replace(MASS_MENTION, '@\u200b$1').replace(/</g, '<\u200b')}\``;
}

/** Escapes `text` and wraps each [start, end) range of `highlights` in bold. */
export function boldRanges(text: string, highlights: ReadonlyArray<readonly [number, number]>): string {
  const ranges = [...highlights]
    .map(([start, end]) => [Math.max(0, start), Math.min(text.length, end)] as const)
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  let out = '';
  let cursor = 0;
  for (const [start, end] of ranges) {
    if (end <= cursor) continue;
    const from = Math.max(start, cursor);
    out += escapeMarkdown(text.slice(cursor, from));
    out += `**${escapeMarkdown(text.slice(from, end))}**`;
    cursor = end;
  }
  return out + escapeMarkdown(text.slice(cursor));
}

// Markers Discord pairs up; longest first so "**" is not read as two "*".
const PAIRED_MARKERS = ['**', '__', '~~', '||', '`', '*', '_'] as const;

/** The markers left open in `text` (innermost last), skipping backslash-escaped characters. */
export function openMarkers(text: string): Array<{ marker: string; index: number }> {
  const open: Array<{ marker: string; index: number }> = [];
  for (let i = 0; i < text.length; ) {
    if (open.at(-1)?.marker === '`') {
      // Inside a code span only the closing backtick counts.
      const close = text.indexOf('`', i);
      if (close === -1) break;
      open.pop();
      i = close + 1;
      continue;
    }
    if (text[i] === '\\') {
      i += 2;
      continue;
    }
    const marker = PAIRED_MARKERS.find((candidate) => text.startsWith(candidate, i));
    if (!marker) {
      i += 1;
      continue;
    }
    const last = open.at(-1);
    if (last?.marker === marker) open.pop();
    else open.push({ marker, index: i });
    i += marker.length;
  }
  return open;
}
