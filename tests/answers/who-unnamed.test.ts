import { describe, expect, it } from 'vitest';
import { answerWho } from '../../src/answers/who.js';
import { unnamedSpeakerById, unnamedSpeakerId } from '../../src/answers/unnamed-speakers.js';
import { prepareArticle } from '../../src/core/prepare.js';
import { articleFromBlocks } from '../search/seed-article.js';

const clinic = prepareArticle(
  articleFromBlocks(
    'clinic',
    [
      'A doctor at the clinic told reporters that six patients were treated for smoke inhalation.',
      '"We ran out of oxygen by noon," the doctor said.',
      'A police spokesman said the fire started in a kitchen, and Mayor Ana Ruiz visited the site.',
      'A fire brigade spokesman said crews worked through the night.',
    ].join('\n\n'),
  ),
);

describe('/who for sources the article quotes without a name', () => {
  it('finds them by what they are, with every description and everything they said', () => {
    const answer = answerWho([clinic], 'doctor');
    expect(answer.kind).toBe('who');
    if (answer.kind !== 'who') return;
    expect(answer.name).toBe('A doctor at the clinic');
    expect(answer.aliases).toEqual(['the doctor']);
    expect(answer.roles).toEqual([]);
    expect(answer.said.map((quote) => quote.citation.paragraph)).toEqual([1, 2]);
    expect(answer.said[1]!.text).toBe('We ran out of oxygen by noon');
  });

  it('keeps two different spokesmen apart, and still prefers a named person', () => {
    const police = answerWho([clinic], 'police spokesman');
    expect(police.kind === 'who' && police.said.map((quote) => quote.citation.paragraph)).toEqual([3]);
    const mayor = answerWho([clinic], 'mayor');
    expect(mayor.kind === 'who' && mayor.name).toBe('Ana Ruiz');
  });

  it('finds a source by a fuller description than the article gives ("the Chinese Embassy" → "the embassy")', () => {
    const embassy = prepareArticle(
      articleFromBlocks('embassy', ['Tokyo protested on Monday. "The patrols are lawful," the embassy said.'].join('\n\n')),
    );
    expect(answerWho([embassy], 'the Chinese Embassy')).toMatchObject({ kind: 'who', name: 'The embassy' });
    // Named just before, "the embassy" is that body.
    const named = prepareArticle(
      articleFromBlocks('named', ['The Chinese Embassy in Tokyo rejected the protest. "The patrols are lawful," the embassy said.'].join('\n\n')),
    );
    expect(answerWho([named], 'the embassy')).toMatchObject({ kind: 'who', name: 'The Chinese Embassy' });
    expect(answerWho([clinic], 'the Chinese Embassy').kind).toBe('not-found');
  });

  it('finds an organisation quoted by its spelled-out name from its initials ("the FDA")', () => {
    const agency = prepareArticle(
      articleFromBlocks('fda', ['The Food and Drug Administration, which was not involved, welcomed the study. "It adds to the evidence," the agency said.'].join('\n\n')),
    );
    expect(answerWho([agency], 'FDA')).toMatchObject({ kind: 'who', name: 'The Food and Drug Administration' });
    expect(answerWho([agency], 'the FTC').kind).toBe('not-found');
  });

  it('takes "the diplomat" after "A senior Western diplomat" for the same source, with both quotes', () => {
    const talks = prepareArticle(
      articleFromBlocks(
        'talks',
        [
          'A senior Western diplomat, who spoke on condition of anonymity, said the road had been the sticking point.',
          '"In the end they left it to monitors," the diplomat said.',
        ].join('\n\n'),
      ),
    );
    const answer = answerWho([talks], 'the diplomat');
    expect(answer).toMatchObject({ kind: 'who', name: 'A senior Western diplomat', aliases: ['the diplomat'], ambiguousWith: [] });
    expect(answer.kind === 'who' && answer.said.map((quote) => quote.citation.paragraph)).toEqual([1, 2]);
  });

  it('finds a body by its own name before the spokesman whose role names it', () => {
    const airline = prepareArticle(
      articleFromBlocks(
        'airline',
        [
          'Kestrel Air said on Tuesday it would cut 300 jobs.',
          '"This was a painful decision," Kestrel spokesman Tom Reyes said.',
        ].join('\n\n'),
      ),
    );
    expect(answerWho([airline], 'Kestrel')).toMatchObject({ kind: 'who', name: 'Kestrel Air' });
    expect(answerWho([airline], 'spokesman')).toMatchObject({ kind: 'who', name: 'Tom Reyes' });
    expect(answerWho([airline], 'Kestrel spokesman')).toMatchObject({ kind: 'who', name: 'Tom Reyes' });
  });

  it('are found again by their id, as a page-turn button asks', () => {
    const id = unnamedSpeakerId('the doctor');
    expect(id).toBe(unnamedSpeakerId('A doctor at the clinic'));
    expect(unnamedSpeakerById(clinic, id)?.name).toBe('A doctor at the clinic');
    expect(unnamedSpeakerById(clinic, 'ana-ruiz')).toBeUndefined();
  });
});
