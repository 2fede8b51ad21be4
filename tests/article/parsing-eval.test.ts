import { describe, expect, it } from 'vitest';
import { evaluateParsing, extractionScores, stripTags } from '../../eval/parsing.js';
import { hasShared, repoRoot, sharedDir } from './paths.js';

describe('parsing measurement helpers', () => {
  it('scores token overlap as a multiset', () => {
    const scores = extractionScores('the cat sat sat Photo Getty', 'The cat sat on the mat');
    expect(scores.recovered).toBeCloseTo(3 / 6);
    expect(scores.junk).toBeCloseTo(3 / 6);
  });

  it('strips tags, scripts and styles and decodes entities for the baseline', () => {
    expect(stripTags('<p>Fish &amp; chips<script>var x = 1;</script><style>p{}</style> &#8220;ok&#x201D;</p>').replace(/\s+/g, ' ').trim()).toBe(
      'Fish & chips “ok”',
    );
  });
});

describe.skipIf(!hasShared)('evaluateParsing on the shared corpus', () => {
  it('recovers the article text with far less junk than tag stripping, and leaks no raw-text metadata', async () => {
    const metrics = await evaluateParsing(sharedDir, repoRoot);
    expect(metrics.html.pages).toBeGreaterThanOrEqual(50);
    expect(metrics.html.failures).toBe(0);
    expect(metrics.html.parser.recovered).toBeGreaterThan(0.95);
    expect(metrics.html.parser.junk).toBeLessThan(metrics.html.baseline.junk / 5);
    expect(metrics.rawText.files).toBeGreaterThanOrEqual(4);
    expect(metrics.rawText.leakedLines).toBe(0);
  });
});
