import { describe, expect, it } from 'vitest';
import { lcsLength, rouge, rougeTokens } from '../../eval/rouge.js';

describe('rougeTokens', () => {
  it('lowercases and keeps only runs of letters and digits', () => {
    expect(rougeTokens("Police said: 'It's 10,000 U.S. troops!'")).toEqual([
      'police', 'said', 'it', 's', '10', '000', 'u', 's', 'troops',
    ]);
  });
});

describe('rouge (hand-computed)', () => {
  it('scores one substituted word', () => {
    // unigram overlap 5 of 6 each side; bigrams share "the cat", "on the", "the mat" (3 of 5); LCS 5.
    const scores = rouge('the cat sat on the mat', 'the cat was on the mat');
    expect(scores.rouge1).toBeCloseTo(5 / 6, 10);
    expect(scores.rouge2).toBeCloseTo(3 / 5, 10);
    expect(scores.rougeL).toBeCloseTo(5 / 6, 10);
  });

  it('clips repeated n-grams at their count in the reference', () => {
    // "the" x4 against one "the": overlap 1, P = 1/4, R = 1/2, F1 = 1/3.
    const scores = rouge('the the the the', 'the cat');
    expect(scores.rouge1).toBeCloseTo(1 / 3, 10);
    expect(scores.rouge2).toBe(0);
    expect(scores.rougeL).toBeCloseTo(1 / 3, 10);
  });

  it('separates bag-of-words overlap from word order', () => {
    // Same words, reordered: ROUGE-1 is perfect, no bigram survives, the LCS is 2 of 4.
    const scores = rouge('a b c d', 'b d a c');
    expect(scores.rouge1).toBe(1);
    expect(scores.rouge2).toBe(0);
    expect(scores.rougeL).toBeCloseTo(0.5, 10);
  });

  it('ignores case and punctuation', () => {
    expect(rouge('Police SAID: "hello, world!"', 'police said hello world')).toEqual({ rouge1: 1, rouge2: 1, rougeL: 1 });
  });

  it('scores empty text as zero', () => {
    expect(rouge('', 'a reference')).toEqual({ rouge1: 0, rouge2: 0, rougeL: 0 });
    expect(rouge('a candidate', '')).toEqual({ rouge1: 0, rouge2: 0, rougeL: 0 });
  });
});

describe('lcsLength', () => {
  it('finds the longest common subsequence, not substring', () => {
    expect(lcsLength(['a', 'x', 'b', 'y', 'c'], ['a', 'b', 'c'])).toBe(3);
    expect(lcsLength(['a', 'b', 'c', 'b', 'd', 'a', 'b'], ['b', 'd', 'c', 'a', 'b', 'a'])).toBe(4);
  });
});
