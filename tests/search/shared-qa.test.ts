import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateSharedQa } from '../../eval/qa.js';
import { repoRoot, seedArticle } from './seed-article.js';

const sharedDir = path.resolve(repoRoot, '../shared');

describe.skipIf(!existsSync(path.join(sharedDir, 'corpora/qa')))('evaluateSharedQa on the shared QA sets', () => {
  const report = evaluateSharedQa(sharedDir, {
    handWritten: [{ name: 'seed', questionsFile: path.join(repoRoot, 'tests/fixtures/qa/seed.jsonl'), article: seedArticle() }],
  });

  it('reads NewsQA (plain and tokenized), ReCoRD, MultiRC and the seed questions', () => {
    expect(Object.keys(report.sets).sort()).toEqual(['multirc', 'newsqa', 'newsqa_tokenized', 'record', 'seed']);
    expect(report.sets.newsqa_tokenized!.questions).toBe(14);
    expect(report.overall.questions).toBeGreaterThan(60);
  });

  it('ranks the answer sentence in the top 3 for most questions, and abstains on the off-topic ones', () => {
    expect(report.overall.ours.top3).toBeGreaterThan(0.7);
    expect(report.sets.seed!.ours.top1).toBeGreaterThanOrEqual(0.9);
    expect(report.sets.seed!.abstained).toBe(report.sets.seed!.unanswerable);
    expect(report.sets.seed!.falseAbstentions).toBe(0);
  });
});
