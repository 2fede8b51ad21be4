import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleParseError } from '../../src/article/errors.js';
import { parseHtml } from '../../src/article/parse-html.js';
import { fixturesDir, hasShared, sharedDir } from './paths.js';

describe('parseHtml on a small page', () => {
  const article = parseHtml(readFileSync(resolve(fixturesDir, 'page.html'), 'utf8'), 'page.html');
  const bodyText = article.paragraphs.map((paragraph) => paragraph.text).join('\n');

  it('reads title (without the site suffix), byline, site name, date, tags and canonical URL', () => {
    expect(article).toMatchObject({
      title: 'Library opens late-night reading room',
      author: 'Maria Lopez',
      publisher: 'Example Gazette',
      published: '2024-05-14T09:30:00Z',
      url: 'https://example.com/news/library-reading-room',
      tags: ['Libraries', 'Education'],
      format: 'html',
    });
  });

  it('keeps paragraphs and list items, with the h2 as a section', () => {
    expect(article.paragraphs).toHaveLength(6);
    expect(article.paragraphs[0]!.text).toMatch(/^The city library opened a reading room on Monday/);
    expect(article.sections).toEqual(['Who asked for it']);
    expect(article.paragraphs.slice(2).every((paragraph) => paragraph.section === 'Who asked for it')).toBe(true);
    expect(article.paragraphs.at(-1)!.text).toBe('Free for card holders');
  });

  it('moves the figure caption and credit out of the body and drops navigation, byline and scripts', () => {
    expect(article.caption).toBe('Students use the new reading room on its first night.');
    expect(article.photoCredit).toBe('Tom Berg');
    expect(bodyText).not.toMatch(/Students use the new reading room|By Maria Lopez|Subscribe|Privacy|analytics|Sport/);
  });

  it('uses the URL it is given over the canonical link', () => {
    expect(parseHtml(readFileSync(resolve(fixturesDir, 'page.html'), 'utf8'), 'x', 'https://example.org/a').url).toBe('https://example.org/a');
  });

  it('takes captions from containers whose class or id names one in camelCase, and drops a dek that repeats the lead', () => {
    const lead = 'The harbour board voted on Tuesday to close the old ferry terminal after forty years of service to the island.';
    const html = `<!doctype html><html><head><title>Ferry terminal to close</title>
      <meta name="description" content="${lead.slice(0, 70)}..."></head><body><article><h1>Ferry terminal to close</h1>
      <div id="captionContent"><div class="captionText"><p>Passengers board the last evening ferry at the old terminal, May 3, 2024.</p></div></div>
      <p>${lead}</p><p>Board members said a new terminal would open on the mainland side next spring, once dredging is finished.</p>
      <p>Ferry users said they would miss the short walk from the town centre, and several asked for a shuttle bus.</p></article></body></html>`;
    const article = parseHtml(html, 'ferry.html');
    expect(article.caption).toBe('Passengers board the last evening ferry at the old terminal, May 3, 2024.');
    expect(article.paragraphs[0]!.text).toBe(lead);
    expect(article.dek).toBeNull();
  });

  it('takes the site name after the title\'s last pipe when the page names no site', () => {
    const html = `<!doctype html><html><head><title>Leaders agree debt plan | Global Ledger</title></head><body><article><h1>Leaders agree debt plan</h1>
      <p class="byline">By Anna Kowal and Rahul Mehta</p>
      <p>Leaders of the largest economies agreed on Tuesday to a plan to ease the debts of the poorest countries.</p>
      <p>Protesters marched outside the venue as the talks went on late into the night, police said.</p></article></body></html>`;
    const article = parseHtml(html, 'debt.html');
    expect(article).toMatchObject({ title: 'Leaders agree debt plan', publisher: 'Global Ledger', author: 'Anna Kowal and Rahul Mehta' });
  });

  it('takes a "Tags:" line at the foot of the story for the page\'s tags, not a paragraph', () => {
    const html = `<!doctype html><html><head><title>Bank raises rates</title></head><body><article><h1>Bank raises rates</h1>
      <p>The central bank raised its benchmark rate by a quarter point on Thursday, its third rise this year.</p>
      <p>The governor said further increases could not be ruled out if prices kept climbing through the summer.</p>
      <p class="tags">Tags: <a href="/tag/rates">Interest rates</a>, <a href="/tag/inflation">Inflation</a></p></article></body></html>`;
    const article = parseHtml(html, 'rates.html');
    expect(article.paragraphs.map((paragraph) => paragraph.text)).not.toContainEqual(expect.stringMatching(/^Tags:/));
    expect(article.tags).toEqual(['Interest rates', 'Inflation']);
  });

  it('starts the story at its dateline and drops a label repeated on every slide', () => {
    const html = `<!doctype html><html><head><title>Storm closes ports</title></head><body><article><h1>Storm closes ports</h1>
      <p>Sign up for our morning newsletter and never miss a story</p>
      <p>Storm gallery</p><p>Storm gallery</p><p>Storm gallery</p>
      <p>LISBON (Reuters) - A storm closed three ports along the coast on Friday, stranding dozens of cargo ships offshore.</p>
      <p>Port officials said the harbours would reopen once the wind dropped below gale force, probably on Sunday.</p>
      <p>Fishing crews said the closure would cost them a week of catches at the height of the season.</p></article></body></html>`;
    const article = parseHtml(html, 'storm.html');
    expect(article.paragraphs[0]!.text).toMatch(/^LISBON \(Reuters\) - A storm closed/);
    expect(article.dateline).toBe('LISBON (Reuters) -');
    expect(article.paragraphs.map((paragraph) => paragraph.text).join('\n')).not.toMatch(/newsletter|Storm gallery/);
  });

  it('keeps a numbered list split by <br> after its lead-in, and drops widget credits and a publication stamp', () => {
    const html = `<!doctype html><html><head><title>Towns ranked</title></head><body><article><h1>Towns ranked</h1>
      <p>A survey of residents ranked the county's towns on parks, schools, transport and the cost of housing.</p>
      <p>Powered by TownData.com</p>
      <p>The overall rankings of the towns were as follows:<br>1. Alston<br>2. Bray<br>3. Carrow Green</p>
      <p>Council leaders said the results would shape the next five-year plan for the county's spending.</p>
      <p>Gazette (Leeds) First published March 3, 2024: 9:15 AM ET</p></article></body></html>`;
    const texts = parseHtml(html, 'towns.html').paragraphs.map((paragraph) => paragraph.text);
    expect(texts).toEqual([
      "A survey of residents ranked the county's towns on parks, schools, transport and the cost of housing.",
      'The overall rankings of the towns were as follows:',
      '1. Alston',
      '2. Bray',
      '3. Carrow Green',
      "Council leaders said the results would shape the next five-year plan for the county's spending.",
    ]);
  });

  it('takes the story\'s h1 as its title over a shorter <title>, not as a section, and the date from <time>', () => {
    const paragraphs = Array.from({ length: 4 }, (_, index) => `<p>The judge spoke for ${index + 2} minutes before the sentence was read, and the court was silent as the family listened.</p>`).join('');
    const page = `<!doctype html><html><head><title>Driver gets 12 years in hit-and-run | The Ledger</title><meta property="og:site_name" content="The Ledger"></head>
      <body><article><h1>Driver gets 12 years in prison for hit-and-run that killed a student</h1>
      <p class="byline">By <span class="author">Elena Brooks</span> | <time datetime="2024-10-04">October 4, 2024</time></p>${paragraphs}</article></body></html>`;
    const parsed = parseHtml(page, 'ledger.html');
    expect(parsed).toMatchObject({ title: 'Driver gets 12 years in prison for hit-and-run that killed a student', published: '2024-10-04', sections: [] });
  });

  it("reads the writer's job from the page's byline line when Readability gives the name alone", () => {
    const paragraphs = Array.from({ length: 4 }, (_, index) => `<p>The final went to ${index + 3} sets before the crowd rose as one, and the champion climbed into the stands.</p>`).join('');
    const page = `<!doctype html><html><head><title>Final | The Ledger</title><meta name="author" content="Priya Raman"></head>
      <body><article><h1>A five-set final</h1><p class="byline">By <a href="/authors/priya-raman">Priya Raman</a>, Tennis Correspondent</p>${paragraphs}</article></body></html>`;
    expect(parseHtml(page, 'final.html')).toMatchObject({ author: 'Priya Raman', authorTitle: 'Tennis Correspondent' });
  });

  it('takes every writer from the byline line when the author meta tag names only the first', () => {
    const paragraphs = Array.from({ length: 4 }, (_, index) => `<p>Turnout reached ${index + 60} percent in the capital as voters queued for hours to cast their ballots in the runoff.</p>`).join('');
    const page = `<!doctype html><html><head><title>Runoff | The Meridian</title><meta name="author" content="Helen Marsh"></head>
      <body><article><h1>Runoff results</h1><p class="byline">By Helen Marsh and Tobias Wren</p>${paragraphs}</article></body></html>`;
    expect(parseHtml(page, 'runoff.html').author).toBe('Helen Marsh and Tobias Wren');
  });

  it('throws a clear reason when the page has no article body', () => {
    const empty = '<!doctype html><html><head><title>Nothing</title></head><body><nav><a href="/">Home</a></nav></body></html>';
    expect(() => parseHtml(empty, 'empty.html')).toThrow(ArticleParseError);
    expect(() => parseHtml(empty, 'empty.html')).toThrow('no article body found in the HTML');
  });
});

describe.skipIf(!hasShared)('parseHtml on the corpus pages', () => {
  const htmlDir = resolve(sharedDir, 'corpora/html');
  const page = (name: string): string => readFileSync(resolve(htmlDir, `${name}.html`), 'utf8');

  it('matches Readability’s expected title and byline on a New York Times page', () => {
    const meta = JSON.parse(readFileSync(resolve(htmlDir, 'readability-nytimes-1.meta.json'), 'utf8')) as { title: string; byline: string };
    const article = parseHtml(page('readability-nytimes-1'), 'readability-nytimes-1.html');
    expect(article.title).toBe(meta.title);
    expect(article.author).toBe(meta.byline);
    expect(article.caption).toMatch(/^United Nations peacekeepers at a refugee camp in Sudan/);
    expect(article.paragraphs.some((paragraph) => paragraph.text.includes('peacekeepers at a refugee camp'))).toBe(false);
  });

  it('strips the site name from the title, keeps headings as sections and stamps out of the body', () => {
    const hill = parseHtml(page('aeb-156770d676ce'), 'aeb-156770d676ce.html');
    expect(hill.title).toBe("South Dakota governor doubles down on 'meth, we're on it' anti-drug campaign");
    expect(hill.publisher).toBe('The Hill');
    const bbc = parseHtml(page('aeb-c7e39ac49fa1'), 'aeb-c7e39ac49fa1.html');
    expect(bbc.sections).toContain('What did the prosecutors say?');
    const express = parseHtml(page('aeb-624fcd903d56'), 'aeb-624fcd903d56.html');
    expect(express.paragraphs.some((paragraph) => /PUBLISHED:|UPDATED:/.test(paragraph.text))).toBe(false);
    expect(express.published).toBe('2019-11-19T10:48:00+00:00');
  });

  it('keeps a wire photo caption, the dated stamp and a truncated-lead dek out of the body', () => {
    const article = parseHtml(page('newspaper-reuters_com2'), 'newspaper-reuters_com2.html');
    expect(article.caption).toMatch(/Authorities monitor progress in the search/);
    expect(article.photoCredit).toBe('Reuters/Darren Whiteside');
    expect(article.paragraphs[0]!.text).toMatch(/^JAKARTA \(Reuters\) - Countries around Asia/);
    expect(article.published).toBe('2014-12-30');
    expect(article.dek).toBeNull();
  });

  it('takes numbered gallery captions out of the body and keeps gallery titles out of it', () => {
    const article = parseHtml(page('newspaper-cnn_article'), 'newspaper-cnn_article.html');
    expect(article.caption).toMatch(/^Police officers adjust a barricade/);
    expect(article.paragraphs[0]!.text).toMatch(/^\(CNN\) -- The Pennsylvania official/);
    expect(article.paragraphs.some((paragraph) => paragraph.text === 'Weather threatens holiday plans')).toBe(false);
  });
});
