// Four short articles written for these tests (tests/fixtures/articles/unseen-*.txt). The expected answers
// below were written by hand from the text before Byline was run on it; no rule in src/ names these people.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRawText } from '../../src/article/parse-text.js';
import { extractAttributions } from '../../src/nlp/attributions.js';
import { extractPeople } from '../../src/nlp/people.js';
import { splitSentences } from '../../src/nlp/sentences.js';
import type { Attribution, Person, Sentence } from '../../src/nlp/types.js';

const repoRoot = path.resolve(import.meta.dirname, '../..');

interface Read {
  sentences: Sentence[];
  people: Person[];
  attributions: Attribution[];
}

function read(file: string): Read {
  const article = parseRawText(readFileSync(path.join(repoRoot, 'tests/fixtures/articles', file), 'utf8'), file);
  const sentences = splitSentences(article.paragraphs);
  const people = extractPeople(article, sentences);
  return { sentences, people, attributions: extractAttributions(article, sentences, people) };
}

function person(people: Person[], name: string): Person {
  const found = people.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`${name} not found among ${people.map((candidate) => candidate.name).join(', ')}`);
  return found;
}

/** The one attribution whose quote contains `words`. */
function claim(attributions: Attribution[], words: string): Attribution {
  const found = attributions.filter((attribution) => attribution.quote.includes(words));
  if (found.length !== 1) throw new Error(`${found.length} attributions contain "${words}"`);
  return found[0]!;
}

const names = (people: Person[]): string[] => people.map((candidate) => candidate.name).sort();
const sentenceWith = (sentences: Sentence[], words: string): string | undefined => sentences.find((sentence) => sentence.text.includes(words))?.text;

describe('a court story: judge, lawyers, a defendant and his wife', () => {
  const { sentences, people, attributions } = read('unseen-court-verdict.txt');

  it('finds the six people in the story, not the byline or the photo credit', () => {
    expect(names(people)).toEqual(
      ['Carol Whitcombe', 'Daniel Kovacs', 'Gerald Whitcombe', 'Miriam Feld', 'Rosalind Achebe', 'Tanya Brooks'].sort(),
    );
  });

  it('reads roles before the name, after it, and as a possessive appositive', () => {
    expect(person(people, 'Gerald Whitcombe').roles).toContain('the former treasurer of Greene County');
    expect(person(people, 'Rosalind Achebe').roles[0]).toBe('U.S. District Judge');
    expect(person(people, 'Daniel Kovacs').roles[0]).toBe('Assistant U.S. Attorney');
    expect(person(people, 'Miriam Feld').roles[0]).toBe("Whitcombe's lawyer");
    expect(person(people, 'Carol Whitcombe').roles[0]).toBe("Gerald Whitcombe's wife");
    expect(person(people, 'Tanya Brooks').roles[0]).toBe('an auditor');
  });

  it('gives the shared surname to the man introduced first, and "Mr." to him too', () => {
    expect(person(people, 'Gerald Whitcombe').aliases).toContain('Whitcombe');
    expect(person(people, 'Carol Whitcombe').aliases).not.toContain('Whitcombe');
    expect(person(people, 'Gerald Whitcombe').paragraphs).toEqual(expect.arrayContaining([1, 2, 4, 5]));
    expect(person(people, 'Carol Whitcombe').gender).toBe('female');
    expect(person(people, 'Miriam Feld').gender).toBe('female');
  });

  it('keeps "Feb. 14" and the dateline inside their sentences', () => {
    expect(sentenceWith(sentences, 'DAYTON')).toMatch(/^DAYTON, Ohio \(Reuters\) — A federal jury .* six years\.$/);
    expect(sentenceWith(sentences, 'Feb.')).toMatch(/^U\.S\. District Judge .* his passport\.$/);
  });

  it('ties inverted, multi-sentence and split quotes to their speakers', () => {
    expect(claim(attributions, 'The evidence showed a pattern')).toMatchObject({ speaker: 'Daniel Kovacs', kind: 'direct' });
    expect(claim(attributions, 'Every dollar was traced')).toMatchObject({ speaker: 'Daniel Kovacs', kind: 'direct' });
    expect(claim(attributions, 'her client would appeal').speaker).toBe('Miriam Feld');
    expect(claim(attributions, 'We respect the jury').speaker).toBe('Miriam Feld');
    expect(claim(attributions, 'admitted the bank records').speaker).toBe('Miriam Feld');
    expect(claim(attributions, 'lake house').speaker).toBe('Daniel Kovacs');
    expect(claim(attributions, 'bookkeeping').speaker).toBe('Miriam Feld');
  });

  it('separates a newspaper from a person: "according to The Columbus Dispatch", "told the Dayton Daily News"', () => {
    expect(claim(attributions, 'roads that did not exist')).toMatchObject({ speaker: null, outlet: 'The Columbus Dispatch' });
    expect(claim(attributions, 'within 30 days')).toMatchObject({ speaker: 'Miriam Feld', outlet: 'the Dayton Daily News' });
    expect(claim(attributions, 'flagged the account twice')).toMatchObject({ speaker: 'Tanya Brooks', outlet: null });
  });

  it('records who declined to comment', () => {
    expect(claim(attributions, 'declined to comment')).toMatchObject({ speaker: 'Carol Whitcombe', kind: 'no-comment' });
  });
});

describe('a sports story: a coach, players, two men called Alvarez', () => {
  const { people, attributions } = read('unseen-sports-final.txt');

  it('finds the six people, not the clubs, the league or the photographer', () => {
    expect(names(people)).toEqual(['Anita Sharma', 'Chris Alvarez', 'Jonas Lindqvist', 'Lindiwe Dube', 'Mateo Alvarez', "Ryan O'Connell"].sort());
  });

  it('reads capitalised and lower-case titles and possessive appositives', () => {
    expect(person(people, 'Mateo Alvarez').roles).toContain('Forward');
    expect(person(people, 'Lindiwe Dube').roles[0]).toBe('coach');
    expect(person(people, "Ryan O'Connell").roles[0]).toBe("Northvale's captain");
    expect(person(people, 'Jonas Lindqvist').roles).toContain('defender');
    expect(person(people, 'Chris Alvarez').roles[0]).toBe('Northvale manager');
    expect(person(people, 'Anita Sharma').roles[0]).toBe('Club president');
  });

  it('links "him" in "coach Dube sent him on" to the player, and no quoted pronoun to the coach', () => {
    expect(person(people, 'Lindiwe Dube').gender).toBeNull();
    expect(person(people, 'Mateo Alvarez').gender).toBe('male');
  });

  it('gives "Alvarez" before the manager appears to the player only', () => {
    expect(person(people, 'Mateo Alvarez').aliases).toContain('Alvarez');
    expect(person(people, 'Chris Alvarez').aliases).not.toContain('Alvarez');
  });

  it('ties quotes, pronoun quotes and continued quotes to their speakers', () => {
    expect(claim(attributions, 'I told him to shoot').speaker).toBe('Lindiwe Dube');
    expect(claim(attributions, 'He listened for once').speaker).toBe('Lindiwe Dube');
    expect(claim(attributions, 'had not slept').speaker).toBe('Mateo Alvarez');
    expect(claim(attributions, 'too nervous to eat').speaker).toBe('Mateo Alvarez');
    expect(claim(attributions, 'sleep for a week').speaker).toBe('Mateo Alvarez');
    expect(claim(attributions, 'stopped playing').speaker).toBe("Ryan O'Connell");
    expect(claim(attributions, 'kept buying tickets').speaker).toBe('Anita Sharma');
    expect(claim(attributions, 'We will enjoy tonight').speaker).toBe('Lindiwe Dube');
    expect(claim(attributions, 'Then we start again').speaker).toBe('Lindiwe Dube');
  });

  it('names the outlet told or cited, and who declined to comment', () => {
    expect(claim(attributions, 'perfect way to finish')).toMatchObject({ speaker: 'Jonas Lindqvist', outlet: 'ESPN' });
    expect(claim(attributions, 'hold a parade')).toMatchObject({ speaker: null, outlet: 'the Los Angeles Times' });
    expect(claim(attributions, 'declined to comment')).toMatchObject({ speaker: 'Chris Alvarez', kind: 'no-comment' });
  });
});

describe('a business story: a CEO, analysts and a spokesman', () => {
  const { people, attributions } = read('unseen-business-forecast.txt');

  it('finds the five people, not the companies', () => {
    expect(names(people)).toEqual(['Eli Navarro', 'Marcus Lee', 'Priyanka Desai', 'Sandra Okonkwo', 'Tom Becker']);
  });

  it('reads roles in all their forms', () => {
    expect(person(people, 'Sandra Okonkwo').roles[0]).toBe('Chief Executive Officer');
    expect(person(people, 'Marcus Lee').roles[0]).toBe("the company's finance chief");
    expect(person(people, 'Priyanka Desai').roles[0]).toBe('a semiconductor analyst at Halvorsen Capital');
    expect(person(people, 'Tom Becker').roles[0]).toBe('an analyst');
    expect(person(people, 'Eli Navarro').roles[0]).toBe('Company spokesman');
  });

  it('links Mr. and Ms. references and pronouns', () => {
    expect(person(people, 'Marcus Lee').aliases).toContain('Lee');
    expect(person(people, 'Marcus Lee').paragraphs).toContain(9);
    expect(person(people, 'Sandra Okonkwo').gender).toBe('female');
  });

  it('ties each claim to its speaker', () => {
    expect(claim(attributions, 'fallen off a cliff')).toMatchObject({ speaker: 'Sandra Okonkwo', outlet: null });
    expect(claim(attributions, 'cut about 600 jobs').speaker).toBe('Sandra Okonkwo');
    expect(claim(attributions, 'We did not see this coming').speaker).toBe('Sandra Okonkwo');
    expect(claim(attributions, 'through downturns before').speaker).toBe('Sandra Okonkwo');
    expect(claim(attributions, 'inventory would return').speaker).toBe('Marcus Lee');
    expect(claim(attributions, 'guidance cut is bigger').speaker).toBe('Priyanka Desai');
    expect(claim(attributions, 'job cuts would save').speaker).toBe('Tom Becker');
    expect(claim(attributions, 'on schedule').speaker).toBe('Marcus Lee');
  });

  it('keeps outlets apart from speakers', () => {
    expect(claim(attributions, 'take a bonus')).toMatchObject({ speaker: 'Eli Navarro', outlet: 'Bloomberg News' });
    expect(claim(attributions, 'risen 40%')).toMatchObject({ speaker: null, outlet: 'the Wall Street Journal' });
    expect(claim(attributions, 'declined to comment')).toMatchObject({ speaker: 'a spokeswoman for Calvert Partners', speakerId: null });
  });
});

describe('an international story: transliterated names, al- and bin, a UN envoy', () => {
  const { sentences, people, attributions } = read('unseen-un-truce-talks.txt');

  it('finds the six people with their particles', () => {
    expect(names(people)).toEqual(
      ['Abdullah al-Rashidi', 'Amina Yusuf', 'Fatima al-Saqqaf', 'Hans-Dieter Falk', 'Mohammed bin Salem al-Hakimi', 'Saad al-Mutairi'].sort(),
    );
  });

  it('reads roles on either side of the name', () => {
    const falk = person(people, 'Hans-Dieter Falk');
    expect(falk.roles).toContain('the United Nations special envoy');
    expect(falk.roles.some((role) => role.startsWith('a German diplomat'))).toBe(true);
    expect(person(people, 'Abdullah al-Rashidi').roles[0]).toBe('Foreign Minister');
    expect(person(people, 'Mohammed bin Salem al-Hakimi').roles[0]).toBe('a senior negotiator');
    expect(person(people, 'Fatima al-Saqqaf').roles[0]).toBe("the head of the World Food Programme's office in Aden");
    expect(person(people, 'Saad al-Mutairi').roles).toContain('a spokesman for the Saudi-led coalition');
    expect(person(people, 'Amina Yusuf').roles[0]).toBe("Falk's deputy");
  });

  it('links a sentence-initial "Al-" surname to the full name', () => {
    expect(person(people, 'Abdullah al-Rashidi').aliases).toContain('Al-Rashidi');
    expect(person(people, 'Mohammed bin Salem al-Hakimi').aliases).toContain('Al-Hakimi');
  });

  it('does not split after "Col."', () => {
    expect(sentenceWith(sentences, 'Col.')).toMatch(/^A spokesman .* on the talks\.$/);
  });

  it('ties each claim to its speaker or outlet', () => {
    expect(claim(attributions, 'stalled over the exchange').speaker).toBe('Hans-Dieter Falk');
    expect(claim(attributions, 'agreed in principle').speaker).toBe('Hans-Dieter Falk');
    expect(claim(attributions, 'The will is there').speaker).toBe('Hans-Dieter Falk');
    expect(claim(attributions, 'The lists are not').speaker).toBe('Hans-Dieter Falk');
    expect(claim(attributions, 'at the last minute')).toMatchObject({ speaker: 'Abdullah al-Rashidi', outlet: 'Al Jazeera' });
    expect(claim(attributions, 'We handed over our list').speaker).toBe('Mohammed bin Salem al-Hakimi');
    expect(claim(attributions, 'still waiting for theirs').speaker).toBe('Mohammed bin Salem al-Hakimi');
    expect(claim(attributions, 'trucks had waited').speaker).toBe('Fatima al-Saqqaf');
    expect(claim(attributions, 'one meal a day').speaker).toBe('Fatima al-Saqqaf');
    expect(claim(attributions, 'declined to comment')).toMatchObject({ speaker: 'Saad al-Mutairi', kind: 'no-comment' });
    expect(claim(attributions, 'brief the U.N. Security Council')).toMatchObject({ speaker: null, outlet: 'Reuters' });
    expect(claim(attributions, 'second round of talks').speaker).toBe('Amina Yusuf');
  });
});
