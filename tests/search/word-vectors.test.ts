import { describe, expect, it } from 'vitest';
import { foldWord, stemWord } from '../../src/search/normalize.js';
import { directionSimilarity, meanDirection, stemSimilarity } from '../../src/search/word-vectors.js';

const stem = (word: string): string => stemWord(foldWord(word));
const similarity = (a: string, b: string): number => stemSimilarity(stem(a), stem(b));

describe('word vectors', () => {
  it('put words of like meaning close and unrelated words apart', () => {
    expect(similarity('purchased', 'bought')).toBeGreaterThan(0.6);
    expect(similarity('singer', 'musician')).toBeGreaterThan(0.6);
    expect(similarity('killed', 'died')).toBeGreaterThan(0.6);
    expect(similarity('purchased', 'river')).toBeLessThan(0.2);
    expect(similarity('singer', 'tax')).toBeLessThan(0.2);
  });

  it('give 1 for the same stem and 0 for a word they do not know', () => {
    expect(similarity('donations', 'donated')).toBe(1);
    expect(stemSimilarity('qwertyuiop', stem('river'))).toBe(0);
    expect(stemSimilarity('constructor', '__proto__')).toBe(0);
  });

  it('compare bags of words by their mean direction', () => {
    const question = meanDirection(['purchas', 'hous'].map(stem));
    const close = meanDirection(['bought', 'home'].map(stem));
    const far = meanDirection(['river', 'flood'].map(stem));
    expect(directionSimilarity(question, close)).toBeGreaterThan(directionSimilarity(question, far));
    expect(meanDirection(['qwertyuiop'])).toBeNull();
    expect(directionSimilarity(null, close)).toBe(0);
  });
});
