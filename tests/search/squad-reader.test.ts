import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateSquad } from '../../eval/qa.js';
import { repoRoot } from './seed-article.js';

describe('evaluateSquad on a SQuAD v1.1 sample', () => {
  const report = evaluateSquad(path.join(repoRoot, 'tests/fixtures/squad/sample-v1.1.json'));

  it('reads every answerable question and reports fractions with the plain-MiniSearch baseline', () => {
    expect(report.questions).toBe(11);
    for (const value of [report.top1, report.top3, report.mrr, report.baseline.top1, report.baseline.top3, report.baseline.mrr]) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(1);
    }
    expect(report.top3).toBeGreaterThanOrEqual(report.top1);
    expect(report.mrr).toBeGreaterThanOrEqual(report.top1);
  });

  it('finds the answer sentence first for most questions, and at least as often as the baseline', () => {
    expect(report.top1).toBeGreaterThanOrEqual(0.8);
    expect(report.top1).toBeGreaterThanOrEqual(report.baseline.top1);
  });
});
