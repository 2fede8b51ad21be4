import { isBoilerplateLine, staffCreditReporters } from './boilerplate.js';
import { buildArticle, fromDateline, type BodyBlock } from './build-article.js';
import { splitPhotoCredit } from './credits.js';
import { dateLineDate } from './dates.js';
import { detectDateline } from './dateline.js';
import { isHeadingLike } from './line-kinds.js';
import { publisherFromLine, tagsFromLine } from './metadata-lines.js';
import { isSceneCaption } from './scene-captions.js';
import { readTextHeader } from './text-header.js';
import { normalizeLineEndings } from './text-normalize.js';
import { toTextLines, toTextUnits, type TextUnit } from './text-units.js';
import { isSameTitle } from './title.js';
import type { Article } from './types.js';

/**
 * Parses raw scraped article text into an Article.
 *
 * Layout understood: an optional title line (when absent, as in the CNN/XSum corpus files, the
 * title is the first sentence), then header lines (dek, the title repeated as an image alt line,
 * caption and photo credit, byline, date stamp), then body paragraphs separated by blank lines,
 * with short section headings between them, and footer lines (tags, publisher, copyright).
 * Hard-wrapped lines are joined with a space. Each bullet item ("- ", "• ", "* ", "1. ") becomes a
 * paragraph of its own, without its marker, so that a citation points at one item. A photo caption left
 * without its credit ("X holds a candle … Tuesday in Y.") is told from a body paragraph by its present tense. Caption,
 * credit, tags, publisher and date-stamp lines and page furniture ("Advertisement") found anywhere in the
 * body are kept out of the paragraphs.
 * Paragraph text is otherwise verbatim, dateline included ("SEOUL (Reuters) - …").
 */
export function parseRawText(text: string, source: string): Article {
  const lines = toTextLines(normalizeLineEndings(text));
  const header = readTextHeader(lines);
  const body: BodyBlock[] = [];
  const tags: string[] = [];
  let publisher: string | null = null;
  let caption = header.caption;
  let photoCredit = header.photoCredit;
  let published = header.published;
  let reporters: string | null = null;

  for (const unit of toTextUnits(lines.slice(header.bodyStart))) {
    const unitTags = unit.bullet ? null : tagsFromLine(unit.text);
    const unitPublisher = unit.bullet ? null : publisherFromLine(unit.text);
    const credit = unit.bullet ? null : splitPhotoCredit(unit.text);
    const date = unit.bullet ? null : dateLineDate(unit.text);
    // A wire's closing credits name who reported it when no byline does.
    reporters ??= unit.bullet ? null : staffCreditReporters(unit.text);
    if ((header.title !== null && isSameTitle(unit.text, header.title)) || isBoilerplateLine(unit.text)) continue;
    if (unitTags) tags.push(...unitTags);
    else if (unitPublisher) publisher ??= unitPublisher;
    else if (date) published ??= date;
    else if (credit) {
      caption ??= credit.caption;
      photoCredit ??= credit.credit;
    } else if (!unit.bullet && body.length > 0 && isSceneCaption(unit.text)) {
      caption ??= unit.text;
    } else body.push({ kind: isHeading(unit) ? 'heading' : 'paragraph', text: unit.text });
  }

  const story = fromDateline(body);
  const firstParagraph = story.find((block) => block.kind === 'paragraph');
  return buildArticle({
    title: header.title,
    dek: header.dek,
    author: header.author ?? reporters,
    authorTitle: header.authorTitle,
    published,
    caption,
    photoCredit,
    // A "Published by" line says it outright; a paper's name beside the byline is the next best.
    publisher: publisher ?? header.publisher,
    tags,
    dateline: firstParagraph ? detectDateline(firstParagraph.text) : null,
    body: story,
    source,
    format: 'text',
  });
}

const isHeading = (unit: TextUnit): boolean => !unit.bullet && isHeadingLike(unit.text);

