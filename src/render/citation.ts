import type { Citation } from '../answers/types.js';

/** "¶4 · section “What the council says” · said by Maria Lopez · according to ABC News" — the line under every quote. */
export function formatCitation(citation: Citation): string {
  const parts = [`¶${citation.paragraph}`];
  if (citation.section) parts.push(`section “${citation.section}”`);
  if (citation.speaker) parts.push(citation.speakerIsSource ? `according to ${citation.speaker}` : `said by ${citation.speaker}`);
  if (citation.outlet) parts.push(`according to ${citation.outlet}`);
  return parts.join(' · ');
}

/** "Title — Publisher": names the article a quote comes from. */
export function formatSource(title: string, publisher: string | null): string {
  return publisher ? `${title} — ${publisher}` : title;
}

/** Under a summary of the newest of several articles: how to get another. */
export function otherArticlesNote(others: number): string {
  return `The newest of ${others + 1} articles; add article: to summarise another (see /articles).`;
}

/** "2024-11-04T09:30:00Z" → "2024-11-04": the day a reader wants, not the page's timestamp. */
export function displayDate(published: string | null): string | null {
  return published ? (/^(\d{4}-\d{2}-\d{2})T/.exec(published)?.[1] ?? published) : null;
}
