const TAGS_LINE = /^(?:Tags|Topics|Related topics|Keywords|Filed under|Categories)\s*:\s*(.+)$/i;
const PUBLISHER_LINE = /^(?:Published by|Publisher\s*:)\s*(.+?)\.?$/i;
// The name runs to the first full stop or "All rights reserved" (the rest is boilerplate).
const COPYRIGHT_LINE = /^(?:©|\(c\)|Copyright\b)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*(.+?)\s*(?:[.,]\s*All rights reserved.*|\.(?:\s|\p{Lu}).*|\.)?$/iu;

/** "Tags: Canada, Trade" → ["Canada", "Trade"]; null when the line is not a tags line. */
export function tagsFromLine(line: string): string[] | null {
  const match = TAGS_LINE.exec(line);
  if (!match?.[1] || line.length > 400) return null;
  return match[1]
    .split(/\s*[,;|]\s*/)
    .map((tag) => tag.trim())
    .filter((tag) => tag.length > 0);
}

/** "Published by X", "Publisher: X", "© 2023 X" → "X"; null when the line is not a publisher line. */
export function publisherFromLine(line: string): string | null {
  if (line.length > 150) return null;
  const match = PUBLISHER_LINE.exec(line) ?? COPYRIGHT_LINE.exec(line);
  const name = match?.[1]?.trim();
  return name && /\p{L}/u.test(name) ? name : null;
}
