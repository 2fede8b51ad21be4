import { datelineOutlet, detectDateline } from './dateline.js';
import { repeatsLeadParagraph } from './dek.js';
import { ArticleParseError } from './errors.js';
import { slugify } from './slug.js';
import { deriveTitle } from './title.js';
import type { Article, Paragraph } from './types.js';

/** A piece of body text in reading order, before numbering. */
export type BodyBlock = { kind: 'heading'; text: string } | { kind: 'paragraph'; text: string };

/** What a parser found, before the shared assembly into an Article. */
export interface ArticleParts {
  /** Null or empty when the source has none: the first sentence stands in. */
  title: string | null;
  body: BodyBlock[];
  source: string;
  format: Article['format'];
  dek?: string | null;
  publisher?: string | null;
  author?: string | null;
  authorTitle?: string | null;
  url?: string | null;
  published?: string | null;
  caption?: string | null;
  photoCredit?: string | null;
  dateline?: string | null;
  tags?: string[];
}

// How far into a body a dateline ("SEOUL (Reuters) -") may come and still open the story.
const MAX_LINES_BEFORE_DATELINE = 4;

/**
 * A story starts at its dateline: the few lines above it are furniture (an editor's note, a caption, sign-in or slide
 * counters, promos).
 */
export function fromDateline(body: BodyBlock[]): BodyBlock[] {
  const paragraphs = body.filter((block) => block.kind === 'paragraph');
  const datelineIndex = paragraphs.slice(0, MAX_LINES_BEFORE_DATELINE + 1).findIndex((block) => detectDateline(block.text) !== null);
  if (datelineIndex <= 0) return body;
  const before = new Set<BodyBlock>(paragraphs.slice(0, datelineIndex));
  return body.filter((block) => !before.has(block));
}

/** Heading-like lines with no paragraph after them (a closing sign-off) are body text, not sections. */
function demoteTrailingHeadings(body: BodyBlock[]): BodyBlock[] {
  let end = body.length;
  while (end > 0 && body[end - 1]!.kind === 'heading') end -= 1;
  return [...body.slice(0, end), ...body.slice(end).map((block) => ({ kind: 'paragraph' as const, text: block.text }))];
}

/**
 * Numbers the paragraphs from 1 and files each under the heading above it. Sections lists the
 * headings that have a paragraph under them. A dek that repeats the lead paragraph is dropped.
 * Throws when there is no body paragraph at all.
 */
export function buildArticle(parts: ArticleParts): Article {
  const paragraphs: Paragraph[] = [];
  const sections: string[] = [];
  let section: string | null = null;
  for (const block of demoteTrailingHeadings(parts.body)) {
    if (block.kind === 'heading') {
      section = block.text;
      continue;
    }
    if (section !== null && !sections.includes(section)) sections.push(section);
    paragraphs.push({ number: paragraphs.length + 1, text: block.text, section });
  }
  if (paragraphs.length === 0) throw new ArticleParseError('no article text found (no body paragraphs)');
  const title = parts.title?.trim() || deriveTitle(paragraphs[0]!.text, parts.dateline ?? null);
  const dek = parts.dek && !repeatsLeadParagraph(parts.dek, paragraphs.map((paragraph) => paragraph.text)) ? parts.dek : null;
  return {
    id: slugify(title),
    title,
    dek,
    publisher: parts.publisher ?? datelineOutlet(parts.dateline ?? null),
    author: parts.author ?? null,
    authorTitle: parts.authorTitle ?? null,
    url: parts.url ?? null,
    published: parts.published ?? null,
    caption: parts.caption ?? null,
    photoCredit: parts.photoCredit ?? null,
    dateline: parts.dateline ?? null,
    tags: parts.tags ?? [],
    sections,
    paragraphs,
    source: parts.source,
    format: parts.format,
  };
}
