/** Line endings to \n, byte-order mark and trailing spaces removed; the words themselves untouched. */
export function normalizeLineEndings(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    // Invisible characters (soft hyphen, word joiner, stray BOM) split words: "Vladi\u00ADmir".
    .replace(/[\u00AD\u2060\uFEFF]/g, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00A0]+$/gm, '');
}

/** Runs of whitespace (including non-breaking spaces and newlines) to one space, trimmed. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\u00AD\u2060\uFEFF]/g, '').replace(/[\s\u00A0\u200B]+/g, ' ').trim();
}

/** Lowercase letters and digits only, for comparing two renderings of the same line. */
export function comparableText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Ends like a sentence: . ! ? … possibly followed by closing quotes or brackets. */
export function endsWithTerminalPunctuation(line: string): boolean {
  return /[.!?…]["'”’»)\]]*$/.test(line.trimEnd());
}
