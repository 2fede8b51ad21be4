import { describe, expect, it } from 'vitest';
import { articleKey, decodeButton, encodeButton, type ButtonAction } from '../../src/discord/custom-id.js';

const owner = '123456789012345678';

describe('button custom ids', () => {
  it('round-trips a page turn and a "show full paragraph"', () => {
    const actions: ButtonAction[] = [
      { kind: 'page', command: 'quote', page: 3, ownerId: owner, articleKey: articleKey('some-article'), subject: 'military equipment' },
      { kind: 'page', command: 'who', page: 0, ownerId: owner, articleKey: articleKey('some-article'), subject: 'jane-doe' },
      { kind: 'page', command: 'quote', page: 1, ownerId: owner, articleKey: null, subject: 'a | b: c' },
      { kind: 'paragraph', articleKey: articleKey('some-article'), paragraph: 12 },
    ];
    for (const action of actions) {
      const id = encodeButton(action);
      expect(id.length).toBeLessThanOrEqual(100);
      expect(decodeButton(id)).toEqual(action);
    }
  });

  it('stays within 100 characters for a 200-character term, keeping its start', () => {
    const term = 'é'.repeat(200);
    const id = encodeButton({ kind: 'page', command: 'quote', page: 99, ownerId: owner, articleKey: articleKey('x'.repeat(300)), subject: term });
    expect([...id].length).toBeLessThanOrEqual(100);
    const decoded = decodeButton(id);
    expect(decoded?.kind === 'page' && term.startsWith(decoded.subject) && decoded.subject.length > 40).toBe(true);
  });

  it('keys long article ids short and stable', () => {
    const id = 'a-very-long-article-title-slug-'.repeat(5);
    expect(articleKey(id)).toBe(articleKey(id));
    expect(articleKey(id).length).toBeLessThanOrEqual(7);
    expect(articleKey(id)).not.toBe(articleKey(`${id}2`));
  });

  it('ignores ids that are not ours or are malformed', () => {
    for (const id of ['article:confirm:abc', 'pg|x|1|u|k|t', 'pg|q|-1|u|k|t', 'pg|q|1||k|t', 'para|k|0', 'para||3', '']) {
      expect(decodeButton(id)).toBeNull();
    }
  });
});
