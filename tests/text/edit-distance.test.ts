import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/text/edit-distance.js';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', 'abc')).toBe(0);
  });

  it('counts two neighbouring letters swapped as one slip ("Micheal", "Marhs")', () => {
    expect(editDistance('micheal', 'michael')).toBe(1);
    expect(editDistance('marhs', 'marsh')).toBe(1);
    expect(editDistance('ab', 'ba')).toBe(1);
  });
});
