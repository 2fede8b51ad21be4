import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleParseError } from '../../src/article/errors.js';
import { parseMarkdown } from '../../src/article/parse-markdown.js';
import { fixturesDir } from './paths.js';

describe('parseMarkdown', () => {
  const article = parseMarkdown(readFileSync(resolve(fixturesDir, 'article.md'), 'utf8'), 'article.md');

  it('reads the front matter', () => {
    expect(article).toMatchObject({
      id: 'harbour-bridge-reopens-after-repairs',
      title: 'Harbour bridge reopens after repairs',
      publisher: 'Example Daily',
      url: 'https://example.com/harbour-bridge',
      published: '2024-03-02',
      author: 'Jane Doe',
      tags: ['Transport', 'Infrastructure'],
      format: 'markdown',
      source: 'article.md',
    });
  });

  it('drops a description that repeats the first paragraph, and keeps one that does not', () => {
    const body = 'The council approved the new budget on Monday after a six-hour debate over library funding.';
    const repeated = parseMarkdown(`---\ntitle: Budget passes\ndescription: "${body}"\n---\n${body}\n`, 'a.md');
    expect(repeated.dek).toBeNull();
    const distinct = parseMarkdown(`---\ntitle: Budget passes\ndescription: Libraries keep their hours.\n---\n${body}\n`, 'b.md');
    expect(distinct.dek).toBe('Libraries keep their hours.');
  });

  it('drops the title heading, makes ## headings sections and list items paragraphs', () => {
    expect(article.sections).toEqual(['What changed', 'What comes next']);
    expect(article.paragraphs.map(({ number, section }) => [number, section])).toEqual([
      [1, null], [2, 'What changed'], [3, 'What changed'], [4, 'What changed'], [5, 'What comes next'],
    ]);
    expect(article.paragraphs[2]!.text).toBe('New cycle lanes on both sides');
  });

  it('reduces emphasis, links, code and escapes to plain text, keeping every word', () => {
    expect(article.paragraphs[0]!.text).toBe('The harbour bridge reopened to traffic on Saturday after eight months of repairs.');
    expect(article.paragraphs[1]!.text).toBe("Engineers replaced the deck and the cable anchors, the city's *chief* engineer said.");
  });

  it('takes the image caption and its credit out of the body', () => {
    expect(article.caption).toBe('Cars cross the bridge on Saturday morning.');
    expect(article.photoCredit).toBe('Sam Lee');
    expect(article.paragraphs.some((paragraph) => paragraph.text.includes('Photo:'))).toBe(false);
  });

  it('uses the leading # heading as the title when there is no front matter', () => {
    const plain = parseMarkdown('# Council approves new park\n\nThe council voted to build a park on the old rail yard.\n', 'park.md');
    expect(plain.title).toBe('Council approves new park');
    expect(plain.paragraphs).toHaveLength(1);
    expect(plain.publisher).toBeNull();
  });

  it('throws a clear reason for front matter that is not valid YAML', () => {
    const broken = '---\ntitle: "Unclosed\npublisher: [Example\n---\n\nBody text here.\n';
    expect(() => parseMarkdown(broken, 'broken.md')).toThrow(ArticleParseError);
    expect(() => parseMarkdown(broken, 'broken.md')).toThrow(/^front matter is not valid YAML: /);
    expect(() => parseMarkdown('---\n- just\n- a list\n---\n\nBody.\n', 'list.md')).toThrow(/front matter is not valid YAML/);
  });
});
