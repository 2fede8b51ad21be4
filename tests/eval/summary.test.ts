import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateSummaries, summarizeThreeWays } from '../../eval/summary.js';
import { articleFromPlainText } from '../../src/article/plain-text.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const sharedDir = path.resolve(repoRoot, '../shared');

describe('summarizeThreeWays', () => {
  it('gives lead-n as the first n sentences and every summary in article order', () => {
    const article = articleFromPlainText(
      'harbour',
      [
        'The city council approved a plan on Monday to rebuild the harbour bridge within two years.',
        'Engineers found last spring that the steel supports of the old harbour bridge had corroded badly.',
        'The state transport agency will pay for most of the harbour bridge work, according to the council.',
        'Ferry operators expect more passengers while the bridge is closed to traffic.',
      ].join('\n\n'),
      false,
    );
    const summaries = summarizeThreeWays(article, 2);
    expect(summaries.lead).toBe(`${article.paragraphs[0]!.text} ${article.paragraphs[1]!.text}`);
    for (const summary of [summaries.byline, summaries.textRank]) {
      const positions = article.paragraphs.map((paragraph) => summary.indexOf(paragraph.text)).filter((at) => at >= 0);
      expect(positions).toHaveLength(2);
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
    }
  });
});

describe.skipIf(!existsSync(sharedDir))('evaluateSummaries on the shared news corpus', () => {
  const report = existsSync(sharedDir) ? evaluateSummaries(sharedDir) : null;

  it('reports CNN/ReCoRD and XSum separately, with 3- and 1-sentence summaries', () => {
    expect(report!.highlights).toMatchObject({ articles: 25, sentences: 3 });
    expect(report!.xsum).toMatchObject({ articles: 15, sentences: 1 });
  });

  it('meets the targets against the highlights: ROUGE-1 at or above lead-3, ROUGE-2 within a point', () => {
    const { byline, lead } = report!.highlights;
    expect(byline.rouge1).toBeGreaterThanOrEqual(lead.rouge1);
    expect(byline.rouge2).toBeGreaterThanOrEqual(lead.rouge2 - 0.01);
  });

  it('beats plain TextRank on the highlights', () => {
    const { byline, textRank } = report!.highlights;
    expect(byline.rouge1).toBeGreaterThan(textRank.rouge1);
    expect(byline.rougeL).toBeGreaterThan(textRank.rougeL);
  });
});
