import { parse as parseYaml } from 'yaml';
import { buildArticle, type BodyBlock } from './build-article.js';
import { bylineJobTitle, cleanByline } from './byline.js';
import { splitPhotoCredit } from './credits.js';
import { toIsoDate } from './dates.js';
import { detectDateline } from './dateline.js';
import { ArticleParseError } from './errors.js';
import { bulletItem } from './line-kinds.js';
import { markdownToPlainText } from './markdown-inline.js';
import { normalizeLineEndings } from './text-normalize.js';
import { isSameTitle } from './title.js';
import type { Article } from './types.js';

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;
const HEADING = /^(#{1,6})\s+(.+?)\s*#*\s*$/;
const RULE = /^(?:[-*_]\s*){3,}$/;

type FrontMatter = Record<string, unknown>;

function readFrontMatter(text: string): { fields: FrontMatter; body: string } {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { fields: {}, body: text };
  let fields: unknown;
  try {
    fields = parseYaml(match[1] ?? '');
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ArticleParseError(`front matter is not valid YAML: ${message}`);
  }
  if (fields === null || fields === undefined) return { fields: {}, body: text.slice(match[0].length) };
  if (typeof fields !== 'object' || Array.isArray(fields)) {
    throw new ArticleParseError('front matter is not valid YAML: expected "key: value" lines');
  }
  return { fields: fields as FrontMatter, body: text.slice(match[0].length) };
}

function text(fields: FrontMatter, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = fields[key];
    if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
    if (typeof value === 'string' && value.trim()) return value.trim();
    if (typeof value === 'number') return String(value);
    if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.join(' and ');
  }
  return null;
}

function tagList(value: unknown): string[] {
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
  return items.map((item) => String(item).trim()).filter((item) => item.length > 0);
}

/** Blank-line-separated blocks; list items and headings start blocks of their own. */
function markdownBlocks(body: string): string[][] {
  const blocks: string[][] = [];
  let current: string[] = [];
  const flush = (): void => {
    if (current.length > 0) blocks.push(current);
    current = [];
  };
  for (const raw of body.replace(/<!--[\s\S]*?-->/g, '').split('\n')) {
    const line = raw.replace(/^\s{0,3}>\s?/, '').trimEnd();
    if (line.trim() === '' || RULE.test(line.trim())) flush();
    else if (HEADING.test(line.trim()) || bulletItem(line) !== null) {
      flush();
      current.push(line.trim());
      if (HEADING.test(line.trim())) flush();
    } else current.push(line.trim());
  }
  flush();
  return blocks;
}

/**
 * Parses a Markdown article with optional YAML front matter (`title`, `publisher`, `url`,
 * `published`, `author`, `dek`, `tags`). Headings become sections (a heading equal to the title is
 * dropped; without a front-matter title a leading `#` heading is the title), each
 * list item is a paragraph, and inline syntax is reduced to plain text with every word kept.
 * Throws ArticleParseError when the front matter is not valid YAML.
 */
export function parseMarkdown(markdown: string, source: string): Article {
  const { fields, body: markdownBody } = readFrontMatter(normalizeLineEndings(markdown));
  let title = text(fields, 'title');
  let caption: string | null = null;
  let photoCredit: string | null = null;
  const body: BodyBlock[] = [];

  for (const lines of markdownBlocks(markdownBody)) {
    const heading = HEADING.exec(lines[0] ?? '');
    if (heading?.[2]) {
      const headingText = markdownToPlainText(heading[2]);
      if (heading[1] === '#' && title === null && body.length === 0) title = headingText;
      else if (!(title !== null && isSameTitle(headingText, title))) body.push({ kind: 'heading', text: headingText });
      continue;
    }
    const item = bulletItem(lines[0] ?? '');
    const paragraph = markdownToPlainText((item === null ? lines : [item, ...lines.slice(1)]).join(' '));
    if (paragraph.length === 0) continue;
    const credit = item === null ? splitPhotoCredit(paragraph) : null;
    if (credit) {
      caption ??= credit.caption;
      photoCredit ??= credit.credit;
    } else body.push({ kind: 'paragraph', text: paragraph });
  }

  const firstParagraph = body.find((block) => block.kind === 'paragraph');
  const author = text(fields, 'author', 'authors', 'byline');
  const published = text(fields, 'published', 'date');
  return buildArticle({
    title,
    dek: text(fields, 'dek', 'subtitle', 'description'),
    publisher: text(fields, 'publisher', 'source', 'site'),
    author: author ? (cleanByline(author) ?? author) : null,
    authorTitle: author ? bylineJobTitle(author) : null,
    url: text(fields, 'url', 'link'),
    published: published ? (toIsoDate(published) ?? published) : null,
    caption: text(fields, 'caption') ?? caption,
    photoCredit: text(fields, 'photo_credit', 'photoCredit', 'credit') ?? photoCredit,
    tags: tagList(fields.tags ?? fields.topics),
    dateline: firstParagraph ? detectDateline(firstParagraph.text) : null,
    body,
    source,
    format: 'markdown',
  });
}
