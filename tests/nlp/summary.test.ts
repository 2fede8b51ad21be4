import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { articleFromPlainText } from '../../src/article/plain-text.js';
import { answerSummary } from '../../src/answers/summary.js';
import { parseRawText } from '../../src/article/parse-text.js';
import type { Article } from '../../src/article/types.js';
import { prepareArticle } from '../../src/core/prepare.js';
import { splitSentences } from '../../src/nlp/sentences.js';
import { rankSummarySentences } from '../../src/nlp/summary.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const seedFile = path.join(repoRoot, 'data', 'lavrov-pyongyang-visit.txt');
const newsDir = path.resolve(repoRoot, '../shared/corpora/news');

/** An article whose paragraphs are taken as given, with no parsing of titles, captions or tags. */
const articleOf = (paragraphs: string[]): Article => articleFromPlainText('test', paragraphs.join('\n\n'), false);

function rank(article: Article) {
  const sentences = splitSentences(article.paragraphs);
  return { sentences, ranking: rankSummarySentences(article, sentences) };
}

describe('rankSummarySentences on the seed article', () => {
  const article = parseRawText(readFileSync(seedFile, 'utf8'), 'lavrov-pyongyang-visit.txt');
  const { sentences, ranking } = rank(article);
  const top3 = ranking.slice(0, 3).map((id) => sentences[id]!);

  it('returns every sentence id at most once', () => {
    expect(new Set(ranking).size).toBe(ranking.length);
    expect(ranking.every((id) => sentences[id] !== undefined)).toBe(true);
  });

  it('picks verbatim body sentences, led by the news lead', () => {
    expect(top3).toHaveLength(3);
    for (const sentence of top3) {
      const paragraph = article.paragraphs.find((candidate) => candidate.number === sentence.paragraph)!;
      expect(paragraph.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    }
    expect(top3.some((sentence) => sentence.text.startsWith('Russian Foreign Minister Sergey Lavrov arrived in Pyongyang'))).toBe(true);
  });

  it('never includes caption, credit or tag text', () => {
    const summary = top3.map((sentence) => sentence.text).join(' ');
    expect(summary).not.toContain('Photo:');
    expect(summary).not.toContain('KCNA via Reuters');
    expect(summary).not.toContain('is greeted by');
    expect(summary).not.toContain('Tags:');
  });
});

describe('rankSummarySentences defends against unparsed page furniture', () => {
  // The raw file split only at blank lines: title, dek, caption and credit share paragraph 1; tags are a paragraph.
  const article = articleFromPlainText('seed', readFileSync(seedFile, 'utf8'), false);
  const { sentences, ranking } = rank(article);

  it('drops a paragraph that carries a photo credit, and the tags line', () => {
    const ranked = ranking.map((id) => sentences[id]!.text);
    expect(ranked.some((text) => text.includes('Photo: KCNA via Reuters'))).toBe(false);
    expect(ranked.some((text) => text.includes('is greeted by'))).toBe(false);
    expect(ranked.some((text) => text.startsWith('Tags:'))).toBe(false);
  });
});

describe('rankSummarySentences readability rules', () => {
  const body = [
    'The city council approved a plan on Monday to rebuild the harbour bridge within two years.',
    'Engineers found last spring that the steel supports of the old bridge had corroded badly.',
    'The state transport agency will pay for most of the work, according to the council.',
    'Ferry operators expect more passengers while the bridge is closed to traffic.',
  ];

  it("puts a review's labelled verdict among its first sentences", () => {
    const review = articleOf([
      ...body,
      'The new lights along the walkway will be switched on in the spring.',
      'Verdict: a sensible plan, late but welcome.',
    ]);
    const { sentences, ranking } = rank(review);
    expect(ranking.slice(0, 2).map((id) => sentences[id]!.text)).toContain('Verdict: a sensible plan, late but welcome.');
  });

  it('keeps the rating that ends a labelled verdict\'s paragraph with the verdict', () => {
    const review = articleOf([...body, 'Verdict: a sensible plan, late but welcome. Four stars out of five.']);
    const { sentences, ranking } = rank(review);
    const top = ranking.slice(0, 3).map((id) => sentences[id]!.text);
    expect(top).toContain('Verdict: a sensible plan, late but welcome.');
    expect(top).toContain('Four stars out of five.');
  });

  it("puts a review's short rating line among its first sentences, and not a short line with a figure", () => {
    const review = articleOf([...body, 'The new lights along the walkway will be switched on in the spring. Four stars out of five.']);
    const { sentences, ranking } = rank(review);
    expect(ranking.slice(0, 2).map((id) => sentences[id]!.text)).toContain('Four stars out of five.');
    const poll = articleOf([...body, 'The new lights along the walkway will be switched on in the spring. Four out of five residents agreed.']);
    const polled = rank(poll);
    expect(polled.ranking.slice(0, 2).map((id) => polled.sentences[id]!.text)).not.toContain('Four out of five residents agreed.');
  });

  it('leads a review that opens on its stars with the sentence after them, and gives one rating only', () => {
    const review = articleOf(['★★★★☆', ...body, 'The new lights along the walkway will be switched on in the spring. Four stars out of five.']);
    const { sentences, ranking } = rank(review);
    const top = ranking.slice(0, 3).map((id) => sentences[id]!.text);
    expect(top).toContain(body[0]);
    expect(top.filter((text) => text === '★★★★☆' || text === 'Four stars out of five.')).toHaveLength(1);
  });

  it('keeps a question out of the summary when statements are available', () => {
    const article = articleOf(['Who will pay for the new harbour bridge the council approved?', ...body]);
    const { sentences, ranking } = rank(article);
    expect(ranking.slice(0, 3).map((id) => sentences[id]!.text)).not.toContain(article.paragraphs[0]!.text);
  });

  it('keeps out page furniture left in the body ("Media playback is not supported on this device")', () => {
    const article = articleOf(['Media playback is not supported on this device', ...body, 'Media playback is not supported on this device']);
    const { sentences, ranking } = rank(article);
    expect(ranking.slice(0, 3).map((id) => sentences[id]!.text)).not.toContain('Media playback is not supported on this device');
  });

  it('keeps out a line without a full stop: a caption or a link label', () => {
    const caption = 'Engineers inspect the corroded steel supports of the old harbour bridge in Millbrook';
    const article = articleOf([body[0]!, caption, ...body.slice(1), 'Watch engineers inspect the old harbour bridge »']);
    const { sentences, ranking } = rank(article);
    const top = ranking.slice(0, 3).map((id) => sentences[id]!.text);
    expect(top).not.toContain(caption);
    expect(top).not.toContain('Watch engineers inspect the old harbour bridge »');
  });

  it('keeps out a sentence about the pictures on the page ("The one below is …")', () => {
    const layout = 'The one below is a full colour view of the old harbour bridge on this page.';
    const article = articleOf([body[0]!, layout, ...body.slice(1)]);
    const { sentences, ranking } = rank(article);
    expect(ranking.slice(0, 3).map((id) => sentences[id]!.text)).not.toContain(layout);
  });

  it('keeps out a sentence that only introduces a list ("… as follows:")', () => {
    const article = articleOf(['The council listed the harbour bridge repairs it approved on Monday as follows:', ...body]);
    const { sentences, ranking } = rank(article);
    expect(ranking.slice(0, 3).map((id) => sentences[id]!.text)).not.toContain(article.paragraphs[0]!.text);
  });

  it('lets a sentence opening with a pronoun in only after the sentence it refers back to', () => {
    const article = articleOf([
      'Mayor Jane Ortiz spoke to reporters at city hall after a long meeting on Monday evening. She said the council approved a plan to rebuild the harbour bridge within two years.',
      ...body.slice(1),
    ]);
    const { ranking } = rank(article);
    // Sentence 1 opens with "She" and carries the news; sentence 0 names the mayor.
    expect(ranking.indexOf(0)).toBeGreaterThanOrEqual(0);
    expect(ranking.indexOf(1)).toBeGreaterThan(ranking.indexOf(0));
  });

  it('drops a sentence that repeats one already chosen', () => {
    const article = articleOf([body[0]!, ...body.slice(1), body[0]!]);
    const { sentences, ranking } = rank(article);
    const texts = ranking.map((id) => sentences[id]!.text);
    expect(texts.filter((text) => text === body[0])).toHaveLength(1);
  });

  it('ranks a quote without its speaker below sentences that stand alone', () => {
    const quote = '"Nobody in this city should wait two more years for a safe harbour bridge."';
    const article = articleOf([quote, ...body]);
    const { sentences, ranking } = rank(article);
    expect(ranking.map((id) => sentences[id]!.text).indexOf(quote)).toBeGreaterThanOrEqual(body.length);
  });

  it('still summarises an article made only of weak sentences', () => {
    const article = articleOf(['Why now?', 'He left.', 'They stayed behind.']);
    const { ranking } = rank(article);
    expect(ranking).toHaveLength(3);
  });

  it('returns nothing for an article without sentences', () => {
    expect(rank(articleOf([])).ranking).toEqual([]);
  });
});

describe.skipIf(!existsSync(newsDir))('rankSummarySentences on the shared news corpus', () => {
  const files = existsSync(newsDir) ? readdirSync(newsDir).filter((file) => /^[a-z]+-[\w-]+\.txt$/.test(file) && !file.endsWith('.summary.txt')) : [];

  it.each(files)('%s: a 3-sentence summary of distinct, standalone sentences', (file) => {
    const article = parseRawText(readFileSync(path.join(newsDir, file), 'utf8'), file);
    const { sentences, ranking } = rank(article);
    expect(new Set(ranking).size).toBe(ranking.length);
    const top3 = ranking.slice(0, 3);
    expect(top3.length).toBe(Math.min(3, sentences.length));
    // Very short pieces may have nothing better than a weak sentence.
    if (sentences.length < 10) return;
    for (const id of top3) {
      const text = sentences[id]!.text;
      expect(text).not.toMatch(/\?["”']?$/);
      // A sentence opening with a pronoun comes only with the sentence before it.
      if (/^(?:He|She|They|It|This|But)\b/.test(text)) expect(top3).toContain(id - 1);
    }
  });
});

describe('answerSummary on the seed article', () => {
  const prepared = prepareArticle(parseRawText(readFileSync(seedFile, 'utf8'), 'lavrov-pyongyang-visit.txt'));
  const { article } = prepared;

  it.each([
    ['short', 3],
    ['medium', 5],
    ['long', 8],
  ] as const)('%s gives %i verbatim, cited sentences in article order', (length, count) => {
    const answer = answerSummary(prepared, length);
    expect(answer).toMatchObject({ kind: 'summary', articleId: article.id, articleTitle: article.title, length });
    // Consecutive sentences of one paragraph are one quote: count the sentences the quotes hold.
    const quoted = prepared.sentences.filter((sentence) => answer.quotes.some((quote) => quote.citation.paragraph === sentence.paragraph && quote.text.includes(sentence.text)));
    expect(quoted).toHaveLength(count);
    const offsets = answer.quotes.map((quote) => {
      const paragraph = article.paragraphs.find((candidate) => candidate.number === quote.citation.paragraph)!;
      expect(quote.paragraphText).toBe(paragraph.text);
      expect(paragraph.text).toContain(quote.text);
      expect(quote.citation).toMatchObject({ articleId: article.id, publisher: 'The Global Desk', section: paragraph.section });
      return [paragraph.number, paragraph.text.indexOf(quote.text)] as const;
    });
    const inOrder = offsets.every(([number, at], i) => i === 0 || number > offsets[i - 1]![0] || (number === offsets[i - 1]![0] && at > offsets[i - 1]![1]));
    expect(inOrder).toBe(true);
  });

  it('carries the dek and keeps caption, credit and tags out', () => {
    const answer = answerSummary(prepared, 'long');
    expect(answer.dek).toBe(article.dek);
    expect(answer.dek).toMatch(/^Sergey Lavrov's two-day visit/);
    const text = answer.quotes.map((quote) => quote.text).join(' ');
    for (const furniture of [article.caption, article.photoCredit, ...article.tags.map((tag) => `Tags: ${tag}`)]) {
      if (furniture) expect(text).not.toContain(furniture);
    }
  });

  it('names the speaker of a quoted sentence when the article says who spoke', () => {
    const answer = answerSummary(prepared, 'long');
    const kirby = answer.quotes.find((quote) => quote.text.startsWith('"We condemn the DPRK'));
    expect(kirby?.citation.speaker).toMatch(/John Kirby/);
  });

  it('does not give a sentence to a source that only said part of it ("…, days after the United States said …")', () => {
    const lead = answerSummary(prepared, 'short').quotes.find((quote) => quote.citation.paragraph === 1);
    expect(lead?.text).toMatch(/days after the United States said/);
    expect(lead?.citation.speaker).toBeNull();
  });
});

describe('rankSummarySentences on a news story', () => {
  it("opens with a dated lead, and lets a quantifier counting the sentence before's things in only after it", () => {
    const article = articleOf([
      'Regulators on Tuesday approved a monthly injection that slows memory decline in early dementia.',
      'In a trial of 1,740 patients the injection slowed decline by 31 percent, the company said.',
      'Brain swelling was seen in 12 percent of patients receiving it. Most cases caused no symptoms, but three patients died during the study.',
      'Doctors said the risk should be weighed case by case against the benefit of slower decline.',
      'The company will list the injection at $28,500 a year, and insurers are expected to cover most of the cost for patients.',
    ]);
    const { sentences, ranking } = rank(article);
    expect(ranking[0]).toBe(0);
    const most = sentences.findIndex((sentence) => sentence.text.startsWith('Most cases'));
    // Only after the sentence that says which cases.
    expect(ranking.indexOf(most)).toBeGreaterThan(ranking.indexOf(most - 1));
  });
});
