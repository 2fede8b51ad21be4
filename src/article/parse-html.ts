import { createRequire } from 'node:module';
import { isBoilerplateLine } from './boilerplate.js';
import { buildArticle, fromDateline, type BodyBlock } from './build-article.js';
import { bylineAuthor, bylineJobTitle, cleanByline } from './byline.js';
import { splitPhotoCredit, type CaptionParts } from './credits.js';
import { dateLineDate, isTimeStampLine, toIsoDate } from './dates.js';
import { detectDateline } from './dateline.js';
import { ArticleParseError } from './errors.js';
import { tagsFromLine } from './metadata-lines.js';
import { htmlBodyBlocks } from './html-blocks.js';
import { comparableText, endsWithTerminalPunctuation } from './text-normalize.js';
import { isSameTitle } from './title.js';
import type { Article } from './types.js';

// linkedom costs ~140 ms to load: only pay it when an HTML article is actually read.
const require = createRequire(import.meta.url);
let htmlTools: { parseHTML: typeof import('linkedom').parseHTML; Readability: typeof import('@mozilla/readability').Readability } | null = null;
function loadHtmlTools(): NonNullable<typeof htmlTools> {
  htmlTools ??= {
    parseHTML: (require('linkedom') as typeof import('linkedom')).parseHTML,
    Readability: (require('@mozilla/readability') as typeof import('@mozilla/readability')).Readability,
  };
  return htmlTools;
}

type PageDocument = ReturnType<typeof import('linkedom').parseHTML>['document'];

const MAX_DEK_LENGTH = 300;
const MAX_TAGS = 20;

function metaContent(document: PageDocument, ...selectors: string[]): string[] {
  for (const selector of selectors) {
    const elements: Array<{ getAttribute(name: string): string | null }> = Array.from(document.querySelectorAll(selector));
    const values = elements
      .map((element) => element.getAttribute('content') ?? element.getAttribute('href') ?? '')
      .map((value) => value.trim())
      .filter((value) => value.length > 0);
    if (values.length > 0) return values;
  }
  return [];
}

/** "Headline | The Hill" → "Headline" when the suffix is the site's name. */
/** An h1 that is the story's headline: several words, not the site's name, sharing words with the page title. */
function isHeadlineOf(headline: string, pageTitle: string, siteName: string | null): boolean {
  const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const headlineWords = words(headline);
  if (headlineWords.length < 4 || (siteName && isSameTitle(headline, siteName))) return false;
  // "Oil prices …: What to watch in 2015 Add to ...": the page title plus a button's label.
  if (headlineWords.join(' ').startsWith(words(pageTitle).join(' ')) && words(pageTitle).length > 0) return false;
  const titleWords = new Set(words(pageTitle));
  return titleWords.size === 0 || headlineWords.filter((word) => titleWords.has(word)).length >= Math.min(3, titleWords.size);
}

function withoutSiteSuffix(title: string, siteName: string | null): string {
  const match = /^(.*\S)\s+(?:\||-|–|—|::)\s+([^|–—]+)$/.exec(title);
  if (!match?.[1] || !match[2] || !siteName) return title;
  const suffix = comparableText(match[2]);
  const site = comparableText(siteName);
  return suffix.length > 0 && (site.startsWith(suffix) || suffix.startsWith(site)) ? match[1] : title;
}

/** "G20 leaders agree … | Global Ledger": with no site name given, a short capitalised name after the title's last pipe. */
function siteAfterPipe(title: string): string | null {
  const suffix = /\s\|\s+([^|]+)$/.exec(title)?.[1]?.trim();
  return suffix && suffix.split(/\s+/).length <= 4 && suffix.split(/\s+/).every((word) => /^[\p{Lu}\d&]/u.test(word)) ? suffix : null;
}

function tagsOf(document: PageDocument): string[] {
  const articleTags = metaContent(document, 'meta[property="article:tag"]');
  const keywords = articleTags.length > 0 ? articleTags : metaContent(document, 'meta[name="news_keywords"]', 'meta[name="keywords"]');
  const tags = keywords.flatMap((value) => value.split(',')).map((tag) => tag.trim()).filter(Boolean);
  return [...new Set(tags)].slice(0, MAX_TAGS);
}

/**
 * Extracts an article from a saved web page with Mozilla Readability over linkedom: title
 * (without a trailing " | Site name"), byline, site name as publisher, published date, and the
 * body as paragraphs (p, li, blockquote…) under h1–h6 sections. Figure captions and photo
 * credits go to `caption`/`photoCredit`. Throws ArticleParseError when the page has no article body.
 */
export function parseHtml(html: string, source: string, url?: string): Article {
  const { parseHTML, Readability } = loadHtmlTools();
  const { document } = parseHTML(html);
  const pageUrl = url ?? metaContent(document, 'link[rel="canonical"]', 'meta[property="og:url"]')[0] ?? null;
  const description = metaContent(document, 'meta[property="og:description"]', 'meta[name="description"]')[0] ?? null;
  const tags = tagsOf(document);
  const pageTags: string[] = [];
  // Read before Readability, which rewrites the document.
  const headline = document.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
  const timeDate = document.querySelector('time[datetime]')?.getAttribute('datetime') ?? null;
  const pageTitleText = document.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const bylineText = document.querySelector('.byline, [class*="byline"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? null;

  const extracted = new Readability(document, { keepClasses: true }).parse();
  if (!extracted?.content || !extracted.textContent?.trim()) {
    throw new ArticleParseError('no article body found in the HTML');
  }
  const { document: content } = parseHTML(`<!doctype html><html><body>${extracted.content}</body></html>`);
  const found = htmlBodyBlocks(content.body);

  const siteName = extracted.siteName?.trim() || siteAfterPipe(pageTitleText);
  const pageTitle = withoutSiteSuffix(extracted.title?.trim() ?? '', siteName);
  // The story's own headline (its h1) over the page's <title>, often a shorter SEO line ("Driver gets 12 years in …").
  const title = headline && isHeadlineOf(headline, pageTitle, siteName) ? headline : pageTitle;
  const body: BodyBlock[] = [];
  const captions = [...found.captions];
  const credits = [...found.credits];
  const metaAuthor = extracted.byline ? cleanByline(extracted.byline) : null;
  // A meta tag may name the first writer only; the page's byline line names them all ("By Helen Marsh and Tobias Wren").
  const lineAuthor = bylineText ? cleanByline(bylineText) : null;
  const author = metaAuthor && lineAuthor?.startsWith(metaAuthor) ? lineAuthor : metaAuthor;
  // Readability's byline may be the author's name alone (from a meta tag); the page's byline line has the job.
  const authorTitle = [extracted.byline, bylineText].map((line) => (line && author && cleanByline(line) === author ? bylineJobTitle(line) : null)).find(Boolean) ?? null;
  let published = extracted.publishedTime ? toIsoDate(extracted.publishedTime) : timeDate ? toIsoDate(timeDate) : null;
  for (const block of found.blocks) {
    if (isSameTitle(block.text, title) || isSameTitle(block.text, pageTitle) || isBoilerplateLine(block.text)) continue;
    if (block.kind === 'heading') {
      body.push({ kind: 'heading', text: block.text });
      continue;
    }
    const date = dateLineDate(block.text);
    if (date || isTimeStampLine(block.text)) {
      published ??= date;
      continue;
    }
    // "Tags: Interest rates, Inflation" at the foot of the story is the page's filing, not its text.
    const tagLine = block.listItem ? null : tagsFromLine(block.text);
    if (tagLine) {
      pageTags.push(...tagLine);
      continue;
    }
    const credit = splitPhotoCredit(block.text) ?? copyrightCredit(block.text);
    if (credit?.credit) {
      if (credit.caption) captions.push(credit.caption);
      credits.push(credit.credit);
      continue;
    }
    // "1. Finland" after "… as follows:" (lines split by <br>): a short numbered line in a list is article text.
    const last = body.at(-1)?.text ?? '';
    const listed = NUMBERED_ITEM.test(block.text) && (/:$/.test(last) || NUMBERED_ITEM.test(last));
    if (block.listItem || listed || !isPageFurniture(block.text, author)) body.push({ kind: 'paragraph', text: block.text });
  }

  const storyBody = fromDateline(withoutRepeatedParagraphs(body));
  const firstParagraph = storyBody.find((block) => block.kind === 'paragraph');
  if (!firstParagraph) throw new ArticleParseError('no article body found in the HTML');
  const dek = description && description.length <= MAX_DEK_LENGTH ? description : null;
  return buildArticle({
    title,
    dek,
    publisher: siteName,
    author,
    authorTitle,
    url: pageUrl,
    published,
    caption: captions[0] ?? null,
    photoCredit: credits[0] ?? null,
    tags: tags.length > 0 ? tags : [...new Set(pageTags)],
    dateline: detectDateline(firstParagraph.text),
    body: storyBody,
    source,
    format: 'html',
  });
}

const NUMBERED_ITEM = /^\d{1,2}[.)]\s+\S/;

/** "© Jane Doe" under a picture: inside a page body, a short copyright line credits an image. */
function copyrightCredit(text: string): CaptionParts | null {
  const match = /^(?:©|\(c\))\s*(\S.*)$/iu.exec(text);
  return match?.[1] && match[1].split(/\s+/).length <= 6 ? { caption: null, credit: match[1] } : null;
}

/**
 * Lines of page furniture that Readability leaves in: a byline ("By Jane Doe - 11/18/19"), the
 * author's name with a job title, and one- or two-word labels ("Caption", "Close", "Advertisement").
 */
function isPageFurniture(text: string, author: string | null): boolean {
  if (bylineAuthor(text)) return true;
  const words = text.split(/\s+/).length;
  if (endsWithTerminalPunctuation(text)) return false;
  if (words <= 2) return true;
  return author !== null && words <= 12 && comparableText(text).startsWith(comparableText(author));
}

/**
 * A story never repeats a paragraph word for word: a label that does (a gallery's title on every
 * slide) is page furniture and goes entirely, and a repeated sentence is kept once.
 */
function withoutRepeatedParagraphs(body: BodyBlock[]): BodyBlock[] {
  const counts = new Map<string, number>();
  for (const block of body) if (block.kind === 'paragraph') counts.set(comparableText(block.text), (counts.get(comparableText(block.text)) ?? 0) + 1);
  const seen = new Set<string>();
  return body.filter((block) => {
    if (block.kind !== 'paragraph') return true;
    const key = comparableText(block.text);
    if (seen.has(key) || (counts.get(key)! > 1 && !endsWithTerminalPunctuation(block.text))) return false;
    seen.add(key);
    return true;
  });
}

