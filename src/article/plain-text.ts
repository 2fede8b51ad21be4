import type { Article } from './types.js';

/** An article made of given paragraphs only: no title line, captions or metadata to find. */
export function articleFromParagraphs(id: string, paragraphs: readonly string[], title: string = id): Article {
  return {
    id,
    title,
    dek: null,
    publisher: null,
    author: null,
    url: null,
    published: null,
    caption: null,
    photoCredit: null,
    dateline: null,
    tags: [],
    sections: [],
    paragraphs: paragraphs.map((text, index) => ({ number: index + 1, text, section: null })),
    source: id,
    format: 'text',
  };
}

/**
 * The corpus layout: paragraphs separated by blank lines, optionally a title line first.
 * Unlike parseRawText it guesses nothing, so evaluations measure the NLP on the text as given.
 */
export function articleFromPlainText(id: string, text: string, hasTitleLine = false): Article {
  const blocks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block.length > 0);
  const title = hasTitleLine ? (blocks.shift() ?? id) : id;
  return articleFromParagraphs(id, blocks, title);
}
