import { describe, expect, it } from 'vitest';
import { stemWord } from '../../src/search/normalize.js';

describe('word lookups', () => {
  it.each(['constructor', '__proto__', 'tostring', 'hasownproperty', 'valueof'])(
    'treats the Object.prototype name "%s" as an ordinary word',
    (word) => {
      expect(typeof stemWord(word)).toBe('string');
    },
  );
});
