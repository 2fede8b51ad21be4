import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../src/search/query.js';
import { findConcepts, scanTokens, textTerms } from '../../src/search/tokens.js';
import { articleFromBlocks, prepareForTest } from './seed-article.js';

const forms = (question: string): string[][] => analyzeQuestion(question).groups.map((group) => group.forms);

describe('query processing', () => {
  it('drops question words and stop words, keeping content words', () => {
    expect(forms('Who is the professor at the university?')).toEqual([['professor'], ['univers']]);
    expect(forms('What did they say?')).toEqual([['say']]);
  });

  it('maps irregular verbs and inflections to one form', () => {
    expect(textTerms('She said')).toEqual(textTerms('says'));
    expect(textTerms('munitions')).toEqual(textTerms('munition'));
    expect(textTerms('they told him')).toEqual(textTerms('tell'));
    expect(textTerms('containers')).toEqual(textTerms('container'));
    // Past participles a stemmer cannot reach: "ridden" is "ride", "upheld" is "uphold".
    expect(textTerms('ridden')).toEqual(textTerms('rode'));
    expect(textTerms('upheld')).toEqual(textTerms('upholds'));
    expect(textTerms('withdrawn')).toEqual(textTerms('withdrew'));
  });

  it('folds accents and keeps dotted acronyms as one token', () => {
    expect(textTerms('Bogotá')).toEqual(textTerms('Bogota'));
    expect(scanTokens('the U.S. said').map((token) => token.surface)).toEqual(['the', 'U.S.', 'said']);
  });

  it('gives UN, U.N. and United Nations one concept, but not the "Un" of a name', () => {
    const concept = (text: string): string[] => findConcepts(scanTokens(text)).flatMap((span) => span.concepts);
    expect(concept('the UN said')).toEqual(concept('the United Nations said'));
    expect(concept('U.N. resolutions')).toEqual(concept('UN resolutions'));
    expect(concept('leader Kim Jong-Un')).toEqual([]);
  });

  it('links the United States to U.S., America and Americans, and capitals to their countries', () => {
    const concept = (text: string): string[] => findConcepts(scanTokens(text)).flatMap((span) => span.concepts);
    const unitedStates = concept('the United States');
    expect(unitedStates).toHaveLength(1);
    for (const other of ['the U.S.', 'America', 'Americans', 'US officials']) expect(concept(other)).toEqual(unitedStates);
    expect(concept('Beijing')).toEqual(concept('China'));
    expect(concept('Moscow')).toEqual(concept('Russian'));
  });

  it('splits hyphenated words and also keeps them whole', () => {
    expect(textTerms('Leif-Eric')).toEqual(['leif', 'eric', ...textTerms('Leiferic')]);
  });

  it('reads the answer type from the question', () => {
    expect(analyzeQuestion('How many people died?').answerType).toBe('number');
    expect(analyzeQuestion('When did she arrive?').answerType).toBe('date');
    expect(analyzeQuestion('Who is the minister?').answerType).toBe('person');
    expect(analyzeQuestion('Where was it shot?').answerType).toBe('place');
    expect(analyzeQuestion('Why did they leave?').answerType).toBe('reason');
  });
});

describe('fuzzy and prefix matching', () => {
  const prepared = prepareForTest(
    articleFromBlocks('fuzzy', ['The meeting went on for three hours.', 'Her son arrived from the coast.', 'Analysts thank the organisers.'].join('\n\n')),
  );
  const top = (question: string): string | undefined => {
    const hit = prepared.index.searchSentences(question, 1)[0];
    return hit ? prepared.sentences[hit.sentenceId]!.text : undefined;
  };

  it('never lets short words match by fuzziness (son → on, thank → than)', () => {
    const hits = prepared.index.searchSentences('son', 5);
    expect(hits[0]?.sentenceId).toBe(1);
    // The other sentences are still ranked (by meaning), but no word of theirs matched "son".
    expect(hits.filter((hit) => hit.matchedTerms.length > 0).map((hit) => hit.sentenceId)).toEqual([1]);
    expect(prepared.index.searchSentences('than', 5)).toEqual([]);
  });

  it('tolerates a typo in a long word and completes the last word as a prefix', () => {
    expect(top('When did the meetting happen?')).toBe('The meeting went on for three hours.');
    expect(top('Who are the organ')).toBe('Analysts thank the organisers.');
  });
});

describe('question analysis for re-ranking', () => {
  it('lets a name of several capitalised words count once, and keeps every question word for answer checks', () => {
    const asked = analyzeQuestion('What is the oldest structure at Notre Dame?');
    expect(asked.groups.map((group) => [group.primary, group.share])).toEqual([
      ['oldest', 1],
      ['structur', 1],
      ['notr', 0.5],
      ['dame', 0.5],
    ]);
    expect(asked.words.has('notre')).toBe(true);
  });
});

describe('re-ranking on a Wikipedia-style article', () => {
  const prepared = prepareForTest(
    articleFromBlocks(
      'college',
      [
        'Notre Dame has a long history. Notre Dame students run a newspaper. Old College, the oldest building on campus, houses seminarians.',
        'The library was completed in 1963 after years of work. Notre Dame also opened a museum. Notre Dame hosts a football team.',
      ].join('\n\n'),
    ),
  );
  const top = (question: string): string | undefined => {
    const hit = prepared.index.searchSentences(question, 1)[0];
    return hit ? prepared.sentences[hit.sentenceId]!.text : undefined;
  };

  it('prefers the sentence with the rare question word over one that only repeats a multi-word name', () => {
    expect(top('What is the oldest structure at Notre Dame?')).toMatch(/^Old College/);
  });

  it('prefers a sentence holding an answer of the asked kind that the question does not already contain', () => {
    expect(top('In what year was the library completed?')).toBe('The library was completed in 1963 after years of work.');
  });
});

describe('questions worded unlike the article', () => {
  const prepared = prepareForTest(
    articleFromBlocks(
      'paraphrase',
      [
        'The council met on Tuesday to discuss the budget for next year.',
        'A soldier died in the attack near the border, officials said.',
        'Shops in the town centre stayed open late for the festival.',
        'The festival drew thousands of visitors from nearby villages.',
      ].join('\n\n'),
    ),
  );
  const top = (question: string): string | undefined => {
    const hit = prepared.index.searchSentences(question, 1)[0];
    return hit ? prepared.sentences[hit.sentenceId]!.text : undefined;
  };

  it('still reach the sentence that answers them, through word meaning, when no word matches', () => {
    expect(top('Who perished in the assault?')).toMatch(/^A soldier died/);
    expect(top('How many tourists came?')).toMatch(/^The festival drew/);
    expect(top('What did lawmakers debate?')).toMatch(/^The council met/);
  });
});
