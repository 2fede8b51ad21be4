import { describe, expect, it } from 'vitest';
import { articleFromPlainText } from '../../src/article/plain-text.js';
import { extractAttributions } from '../../src/nlp/attributions.js';
import { generationOf } from '../../src/nlp/kin-speaker.js';
import { parseRawText } from '../../src/article/parse-text.js';
import { extractPeople } from '../../src/nlp/people.js';
import { splitSentences } from '../../src/nlp/sentences.js';
import type { Attribution, Person } from '../../src/nlp/types.js';

function person(name: string, gender: Person['gender'], roles: string[] = []): Person {
  const surname = name.split(' ').at(-1)!;
  return {
    id: name.toLowerCase().replace(/\s+/g, '-'), name, aliases: [surname], roles, gender, paragraphs: [], mentionCount: 1,
  };
}

const lopez = person('Maria Lopez', 'female', ['finance minister']);
const becker = person('Tom Becker', 'male', ['defence attorney']);
const people = [lopez, becker];

/** Attributions of a text whose paragraphs are separated by blank lines. */
function attribute(text: string, cast: Person[] = people): Attribution[] {
  const article = articleFromPlainText('test', text);
  return extractAttributions(article, splitSentences(article.paragraphs), cast);
}

/** Attributions of a text with the people Byline finds in it, rather than a given cast. */
function attributeFound(text: string): { cast: Person[]; claims: Attribution[] } {
  const article = articleFromPlainText('test', text);
  const sentences = splitSentences(article.paragraphs);
  const cast = extractPeople(article, sentences);
  return { cast, claims: extractAttributions(article, sentences, cast) };
}

describe('reported speech', () => {
  it('X said (that) …: the sentence is the claim', () => {
    const text = 'Maria Lopez said that the bridge would reopen in May.';
    expect(attribute(text)).toEqual([
      { paragraph: 1, sentence: 0, speakerId: lopez.id, speaker: 'Maria Lopez', outlet: null, quote: text, kind: 'indirect' },
    ]);
    expect(attribute('Lopez said the bridge would reopen in May.')[0]?.speakerId).toBe(lopez.id);
  });

  it.each(['added', 'argued', 'warned', 'noted', 'stressed', 'claimed', 'insisted', 'says', 'told reporters'])(
    'X %s that …',
    (verb) => {
      expect(attribute(`Becker ${verb} that the case would collapse.`)[0]).toMatchObject({ speakerId: becker.id, kind: 'indirect' });
    },
  );

  it('a present-tense reporting verb at the end of a claim ("…, Amnesty International alleges in its report")', () => {
    const [claim] = attribute('Governments use the threat of terrorism to advance executions, the rights group alleges in its report.');
    expect(claim?.speaker).toBe('the rights group');
  });

  it.each(['admitted', 'urged the court', 'agreed'])('X %s … is a claim of X', (verb) => {
    expect(attribute(`Becker ${verb} that the case would collapse.`)[0]).toMatchObject({ speakerId: becker.id, kind: 'indirect' });
  });

  it('X described Y as …', () => {
    expect(attribute('Lopez described the budget as a turning point.')[0]).toMatchObject({ speakerId: lopez.id, kind: 'indirect' });
  });

  it('"…," said X\'s role, NAME: the name after the role is the speaker', () => {
    const [quote] = attribute('"The case will collapse," said the minister\'s adviser, Tom Becker, on Friday.');
    expect(quote).toMatchObject({ speakerId: becker.id, quote: 'The case will collapse', kind: 'direct' });
  });

  it('a quoted title stays part of the source ("a release from “Hour of Power” said")', () => {
    const [claim] = attribute('The show was cancelled in May, a release from "Morning With Maria" said.');
    expect(claim?.speaker).toBe('a release from "Morning With Maria"');
  });

  it('gives a source only its own claim when the report sits in a clause of time or cause', () => {
    expect(attribute('The minister resigned on Friday, days after Becker said the accounts were false.')).toMatchObject([
      { speakerId: becker.id, quote: 'the accounts were false.', kind: 'indirect' },
    ]);
    expect(attribute('After Lopez said that the bridge was unsafe, the council closed it.')).toMatchObject([
      { speakerId: lopez.id, quote: 'the bridge was unsafe' },
    ]);
    // "as X said" attributes the sentence.
    expect(attribute('The bridge was unsafe, as Lopez said.')[0]?.quote).toBe('The bridge was unsafe, as Lopez said.');
  });

  it('takes the subject before a parenthetical set off by dashes, never an adverbial opening', () => {
    const [claim] = attribute(
      'Shortly after the story aired, the Burn Relief Fund -- a charity based in Akron, Ohio, that helps victims -- said it would pay for the flights.',
    );
    expect(claim?.speaker).toBe('the Burn Relief Fund');
    expect(attribute('Shortly after the story aired Wednesday, donors agreed to help.')[0]?.speaker).toBe('donors');
    // A first name in -ly is no adverb.
    expect(attribute('Kelly said the flights were booked.')[0]?.speaker).toBe('Kelly');
  });

  it('X called Y "…": a direct quote after naming words is X\'s; a name in quotes right after "called" is not', () => {
    expect(attribute('Lopez called the ruling "a disgrace" on Tuesday.')[0]).toMatchObject({ speakerId: lopez.id });
    expect(attribute('A group called "Friends of the Earth" protested.')).toEqual([]);
    expect(attribute('Becker called the police after the attack.')).toEqual([]);
  });

  it.each([
    'Police arrested the alleged attacker on Monday.',
    'An agreed price was never reached.',
    'The man described by police as armed was held overnight.',
    'The inquiry will include alleged war crimes.',
    'Officials expect a visit by the president, a trip the president agreed to make in May.',
  ])('a reporting verb used as an adjective, a participle or inside a relative clause attributes nothing: %s', (text) => {
    expect(attribute(text)).toEqual([]);
  });

  it('the claim first, then ", Becker said, …"', () => {
    expect(attribute('The witness lied, Becker said, and the jury knew it.')[0]?.speakerId).toBe(becker.id);
  });

  it('does not read a passive "was said" as a speaker', () => {
    expect(attribute('The bridge was said to be unsafe.')).toEqual([]);
  });

  it('attributes nothing to speculation with no speaker', () => {
    expect(attribute('The move sparked speculation that the minister would resign.')).toEqual([]);
  });
});

describe('direct quotes', () => {
  it('"…," said X — inverted, straight quotes', () => {
    expect(attribute('"We are ready for the vote," said Maria Lopez.')[0]).toMatchObject({
      quote: 'We are ready for the vote', speakerId: lopez.id, kind: 'direct',
    });
  });

  it('"…," X said — curly quotes', () => {
    expect(attribute('“The plan is sound and fully costed,” Tom Becker said.')[0]).toMatchObject({
      quote: 'The plan is sound and fully costed', speakerId: becker.id, kind: 'direct',
    });
  });

  it('X said: "…" and a quote broken by the speaker', () => {
    const [first, second] = attribute('"We tried everything," Lopez said, "and the money still ran out."');
    expect(first).toMatchObject({ quote: 'We tried everything', speakerId: lopez.id });
    expect(second).toMatchObject({ quote: 'and the money still ran out.', speakerId: lopez.id });
    expect(attribute('Becker said: "Nobody here will lose a job."')[0]).toMatchObject({ quote: 'Nobody here will lose a job.', speakerId: becker.id });
  });

  it('a quote spanning two sentences belongs to the speaker named at its end', () => {
    const [quote, ...rest] = attribute('"We tried. We failed badly," Lopez said.');
    expect(quote).toMatchObject({ quote: 'We tried. We failed badly', speakerId: lopez.id, sentence: 0 });
    expect(rest).toEqual([]);
  });

  it('a quote-only sentence continues the speaker of the previous sentence', () => {
    const [, quote] = attribute('Becker said the vote was close. "We lost by a handful of ballots."');
    expect(quote).toMatchObject({ quote: 'We lost by a handful of ballots.', speakerId: becker.id, kind: 'direct' });
  });

  it('an unclosed quote runs on, and the next paragraph\'s quote continues it', () => {
    const found = attribute('Lopez said: “The money is gone and it is not coming back.\n\n“Nobody will lose their job over this.”');
    expect(found.map(({ paragraph, speakerId, quote }) => ({ paragraph, speakerId, quote }))).toEqual([
      { paragraph: 1, speakerId: lopez.id, quote: 'The money is gone and it is not coming back.' },
      { paragraph: 2, speakerId: lopez.id, quote: 'Nobody will lose their job over this.' },
    ]);
  });

  it('a scare-quoted phrase inside reported speech keeps the whole sentence as the claim', () => {
    const text = 'Lopez said the plan was "a disaster" for the town.';
    expect(attribute(text)[0]).toMatchObject({ quote: text, kind: 'indirect', speakerId: lopez.id });
  });

  it('ignores speech verbs inside the quote', () => {
    const found = attribute('"Officials said nothing to us for weeks," Becker told the court.');
    expect(found).toHaveLength(1);
    expect(found[0]?.speakerId).toBe(becker.id);
  });
});

describe('who the speaker is', () => {
  it('"This would be done quietly, he added": the pronoun is the previous speaker', () => {
    const found = attribute('Becker said the firm would sell its stake. This would be done quietly, he added.');
    expect(found.map((claim) => claim.speakerId)).toEqual([becker.id, becker.id]);
  });

  it('a pronoun goes to the most recent person of the matching gender', () => {
    const found = attribute('Maria Lopez met Tom Becker on Monday. She said the talks went well.');
    expect(found[0]?.speakerId).toBe(lopez.id);
  });

  it('takes the name, not the last noun, around an appositive on either side', () => {
    expect(attribute('Tom Becker, a professor at Leeds University, said the data were flawed.')[0]?.speakerId).toBe(becker.id);
    expect(attribute('A professor at Leeds University, Tom Becker, said the data were flawed.')[0]?.speakerId).toBe(becker.id);
    expect(attribute('Treasury spokesman Tom Becker said the data were flawed.')[0]?.speakerId).toBe(becker.id);
    expect(attribute('Lopez, speaking after the vote, said she was relieved.')[0]?.speakerId).toBe(lopez.id);
  });

  it('"a spokesman for X" is not X', () => {
    expect(attribute('A spokesman for Maria Lopez said the talks would resume.')[0]).toMatchObject({
      speaker: 'a spokesman for Maria Lopez', speakerId: null,
    });
  });

  it('"the attorney said": a role noun refers to the person who holds that role', () => {
    expect(attribute('Becker filed an appeal. The ruling was unfair, the attorney said.')[0]?.speakerId).toBe(becker.id);
  });

  it('keeps non-person speakers as the text names them', () => {
    expect(attribute('The ministry said it would appeal the ruling.')[0]).toMatchObject({ speaker: 'the ministry', speakerId: null });
    expect(attribute('The talks collapsed, the White House said.')[0]).toMatchObject({ speaker: 'the White House', speakerId: null });
    expect(attribute('Analysts say the currency will fall further.')[0]?.speaker).toBe('analysts');
    expect(attribute('Banks say the currency will fall further.')[0]?.speaker).toBe('Banks');
  });

  it('writes a determiner that opened the sentence in lower case, as a citation reads it ("said by the report")', () => {
    expect(attribute('A new study suggests the river is recovering.')[0]?.speaker).toBe('a new study');
  });

  it('keeps a surname that is also a modal or a month ("Theresa May said")', () => {
    const cast = [person('Theresa May', 'female', ['prime minister'])];
    const found = attribute('Prime Minister Theresa May said the deal was done. Mrs May later told reporters she was happy.', cast);
    expect(found.map((claim) => claim.speaker)).toEqual(['Theresa May', 'Theresa May']);
  });

  it('X, an appositive, said the Y "…": the subject speaks, not the noun after the verb', () => {
    const found = attribute('Maria Lopez, a senator from Virginia, said the stopgap "buys time, nothing more."');
    expect(found.map((claim) => [claim.speaker, claim.quote])).toEqual([['Maria Lopez', 'buys time, nothing more.']]);
    expect(attribute('"We lost," said the coach.')[0]?.speaker).toBe('the coach');
  });

  it('gives a surname two people share to the one an honorific or the latest full mention points to', () => {
    const tom = person('Tom Ellery', 'male', ['MP']);
    const sarah = person('Sarah Ellery', 'female', ['spokesperson']);
    const cast = [tom, sarah];
    const text = 'Tom Ellery said the tax was unfair.\n\nSarah Ellery said the party would oppose it.\n\n"Families pay too much," Ms Ellery said. "It is wrong," Mr Ellery said.\n\n"We will win," Ellery said.';
    expect(attribute(text, cast).map((claim) => claim.speaker)).toEqual(['Tom Ellery', 'Sarah Ellery', 'Sarah Ellery', 'Tom Ellery', 'Sarah Ellery']);
  });

  it('gives a shared surname, well after the last full mention, to the person the article names most', () => {
    const rafael = { ...person('Rafael Silva', 'male'), mentionCount: 9 };
    const paulo = { ...person('Paulo Silva', 'male'), mentionCount: 2 };
    const text = [
      'Rafael Silva joined the club at 11.',
      "Silva's father, Paulo Silva, said his son was devastated.",
      'The club said talks were going well.',
      'The deal was agreed on Friday.',
      'Fans welcomed the news.',
      'Late on Friday, Silva broke his silence. "I have never cheated," Silva said.',
    ].join('\n\n');
    expect(attribute(text, [rafael, paulo]).at(-1)?.speaker).toBe('Rafael Silva');
  });

  it('reads no speaker in hearsay, a clause after "said", or a dateline', () => {
    expect(attribute('The Chancellor faces a revolt, with as many as 40 backbenchers said to be ready to vote against it.')).toEqual([]);
    const lead = attribute('The lead author, Dr Maria Lopez, said the findings suggested that walking helps.');
    expect(lead.map((claim) => claim.speaker)).toEqual(['Maria Lopez']);
    const dateline = attribute('SAN JOSE, California — Shares of Veltrix fell 18% on Wednesday, after the chipmaker cut its forecast and warned that demand was cooling.');
    expect(dateline.map((claim) => claim.speaker)).not.toContain('SAN JOSE');
    expect(dateline.map((claim) => claim.speaker)).not.toContain('Shares of Veltrix fell 18%');
  });

  it('X did something, saying / calling it "…": the participle reports the main subject\'s words', () => {
    expect(attribute('Maria Lopez defended the rise on Sunday, saying the money would fix roads.').map((claim) => claim.speaker)).toEqual(['Maria Lopez']);
    const calling = attribute('Tom Becker asked for the maximum sentence, calling the shooting "an execution over a lane change."');
    expect(calling.map((claim) => [claim.speaker, claim.quote])).toEqual([['Tom Becker', 'an execution over a lane change.']]);
    expect(attribute('Tom Becker asked for a review, calling for calm.')).toEqual([]);
  });

  it('reads figures and acts as no speech, and a naming verb\'s object as no speaker', () => {
    expect(attribute('The film added $67.9 million from 52 markets.')).toEqual([]);
    expect(attribute('Maria Lopez, who toured the area, declared a state disaster emergency.')).toEqual([]);
    const named = attribute('The shadow health secretary, Maria Lopez, called the plan "re-heated promises" and said ministers had cut the budget.');
    expect(named.map((claim) => claim.speaker)).not.toContain('the plan');
    expect(named[0]?.speaker).toBe('Maria Lopez');
  });

  it('finds the outlet a speaker writes for or spoke to: "X of The Atlantic", "told Variety", "in an interview with"', () => {
    const cast = [person('Tessa Marlowe', 'female'), person('Daniel Reyes', 'male')];
    const found = attribute(
      '"The script sinks," wrote Tessa Marlowe of The Atlantic.\n\nReyes told Variety the film was personal.\n\nDaniel Reyes said in an interview with The Associated Press that he nearly quit.',
      cast,
    );
    expect(found.map((claim) => [claim.speaker, claim.outlet])).toEqual([
      ['Tessa Marlowe', 'The Atlantic'],
      ['Daniel Reyes', 'Variety'],
      ['Daniel Reyes', 'The Associated Press'],
    ]);
  });

  it('reads the speaker after a title with a period, and after "ROLE, NAME," rejects a clause as the inverted speaker', () => {
    const cast = [person('Elena Vasquez', 'female'), person('Jeff Fleming', 'male'), person('Tomas Vasquez', 'male')];
    const found = attribute(
      [
        '"We saw the same signature three times," said Dr. Elena Vasquez, a planetary scientist.',
        'A spokesman for the mayor, Jeff Fleming, said Johnson expected to sign it next week.',
        'The flyby was planned by engineers, according to the laboratory.',
        '"My sister gets the headlines, I get the bug reports," Tomas Vasquez joked.',
      ].join('\n\n'),
      cast,
    );
    expect(found.map((claim) => claim.speaker)).toEqual(['Elena Vasquez', 'Jeff Fleming', 'the laboratory', 'Tomas Vasquez']);
  });

  it('names the outlet, not its description, and reads call signs ("told the Norwegian newspaper Aftenposten", "WISN-TV")', () => {
    const found = attribute('Lopez told the Norwegian newspaper Aftenposten that it was fine.\n\nBecker told WISN-TV the cuts were dangerous.');
    expect(found.map((claim) => claim.outlet)).toEqual(['Aftenposten', 'WISN-TV']);
  });

  it('gives a source only its own claim in a relative clause ("a tax that X said was unavoidable")', () => {
    const found = attribute('The council approved a tax that Maria Lopez said was unavoidable.');
    expect(found.map((claim) => [claim.speaker, claim.quote])).toEqual([['Maria Lopez', 'was unavoidable.']]);
  });

  it('"it said" refers back to the organisation that spoke last', () => {
    const found = attribute('The ministry said the figures were wrong. In a statement, it said a review had begun.');
    expect(found.map((claim) => claim.speaker)).toEqual(['the ministry', 'the ministry']);
  });

  it('X declined to comment', () => {
    expect(attribute('Becker declined to comment on the verdict.')[0]).toMatchObject({ kind: 'no-comment', speakerId: becker.id });
  });
});

describe('outlets', () => {
  it('according to ABC News: an outlet, not a speaker', () => {
    expect(attribute('The ship left port at night, according to ABC News.')[0]).toMatchObject({
      speaker: null, outlet: 'ABC News', kind: 'according-to',
    });
  });

  it('according to a person or a body: a speaker', () => {
    expect(attribute('The deficit doubled, according to Lopez.')[0]).toMatchObject({ speakerId: lopez.id, outlet: null });
    expect(attribute('Prices rose by a third, according to the central bank.')[0]).toMatchObject({ speaker: 'the central bank' });
  });

  it('as per the Associated Press; the Associated Press reported; said Fox News', () => {
    expect(attribute('Two people were hurt, as per the Associated Press.')[0]?.outlet).toBe('the Associated Press');
    expect(attribute('Two people were hurt, the Associated Press reported.')[0]).toMatchObject({ speaker: null, outlet: 'the Associated Press' });
    expect(attribute('The deal is worth three billion dollars, said Fox News.')[0]).toMatchObject({ speaker: null, outlet: 'Fox News' });
  });

  it('names the outlet, not the words around it', () => {
    const text = '"It is over," the lawyer said, according to the Saturday edition of The Salt Lake Tribune.';
    expect(attribute(text)[0]?.outlet).toBe('The Salt Lake Tribune');
    expect(attribute('The envoy was greeted warmly, according to footage broadcast by Iranian state television.')[0]?.outlet)
      .toBe('Iranian state television');
  });

  it('reads an initialism told something as an outlet ("told IGN last month"), not "told EU leaders" or "told NATO"', () => {
    expect(attribute('Becker told IGN last month that the team had cut a planet.')[0]).toMatchObject({ speakerId: becker.id, outlet: 'IGN' });
    expect(attribute('"It was terrible," Becker told ERT.')[0]).toMatchObject({ speakerId: becker.id, outlet: 'ERT' });
    expect(attribute('Becker told EU leaders the plan was dead.')[0]?.outlet).toBeNull();
    expect(attribute('Becker told NATO that it would not.')[0]?.outlet).toBeNull();
  });

  it('X told CNN / X spoke to the BBC: the speaker with the outlet', () => {
    expect(attribute('Becker told CNN that his client was innocent.')[0]).toMatchObject({ speakerId: becker.id, outlet: 'CNN' });
    expect(attribute('Lopez spoke to the BBC about the budget.')[0]).toMatchObject({ speakerId: lopez.id, outlet: 'the BBC' });
  });

  it("does not give a named speaker's words to an outlet the paragraph cites for something else", () => {
    const found = attribute('Becker said the plant would close. The closure will cost 300 jobs, according to Reuters.');
    expect(found.map((claim) => claim.outlet)).toEqual([null, 'Reuters']);
    expect(found[0]?.speakerId).toBe(becker.id);
    const told = attribute('The charity welcomed the study. Becker told the BBC that it mattered. Lopez said it did not.');
    expect(told.map((claim) => [claim.speaker, claim.outlet])).toEqual([['Tom Becker', 'the BBC'], ['Maria Lopez', null]]);
  });

  it('reads "X reported" as an outlet, but not a company reporting its results', () => {
    expect(attribute('Kompas reported that the minister resigned.')[0]).toMatchObject({ speaker: null, outlet: 'Kompas' });
    expect(attribute('Veltrix reported a net loss of $3 million.')[0]).toMatchObject({ speaker: 'Veltrix', outlet: null });
  });

  it("carries \"X told CNN\" to X's other quotes in the paragraph", () => {
    const found = attribute('Becker told CNN the plant would close. "It is over," Becker said.');
    expect(found.map((claim) => [claim.speaker, claim.outlet])).toEqual([['Tom Becker', 'CNN'], ['Tom Becker', 'CNN']]);
  });

  it('does not carry "X told Reuters" back to what X said before it', () => {
    const found = attribute('Becker said the plant had been losing money for years. "We knew in January," he told Reuters. "It is over," he added.');
    expect(found.map((claim) => [claim.speaker, claim.outlet])).toEqual([['Tom Becker', null], ['Tom Becker', 'Reuters'], ['Tom Becker', 'Reuters']]);
  });

  it('does not carry an outlet into the next paragraph', () => {
    const found = attribute('Two people were hurt, according to Reuters.\n\nBecker said the plant would close.');
    expect(found[1]?.outlet).toBeNull();
  });
});

describe('speakers described rather than named', () => {
  it('gives "he said" to the man a previous sentence described ("His father said …"), not to the last named person', () => {
    const text = [
      'Tom Becker met the family on Monday.',
      'His father said he was at work when the call came.',
      '"We just want to thank everyone," he said.',
    ].join('\n\n');
    const quote = attribute(text).find((claim) => claim.quote.startsWith('We just want'));
    expect(quote?.speaker).toBe('his father');
    expect(quote?.speakerId).toBeNull();
  });

  it('gives "he said" inside a sentence to its subject named before it, not to the last speaker', () => {
    const text = ['"We won," Maria Lopez said.', 'Tom Becker conceded defeat on Sunday, though he said his party would seek a recount.'].join('\n\n');
    expect(attribute(text).find((claim) => claim.paragraph === 2)).toMatchObject({ speakerId: becker.id });
  });

  it('gives "he said" after a sentence about a person described ("The champion climbed …") to that description', () => {
    const text = [
      '"It was a long night," Tom Becker said.',
      "Maria Lopez's son flew in on Friday. The champion climbed into the stands to embrace her.",
      '"She has never seen me win," he said.',
    ].join('\n\n');
    const quote = attribute(text).find((claim) => claim.quote.startsWith('She has never'));
    expect(quote?.speaker).toBe('the champion');
    expect(quote?.speakerId).toBeNull();
  });

  it('names the one person whose role is the description ("The striker" → the striker)', () => {
    const striker = person('Leo Hart', 'male', ['striker']);
    const text = [
      '"It was a long night," Tom Becker said.',
      'The striker scored twice after the break.',
      '"I just kept running," he said.',
    ].join('\n\n');
    const quote = attribute(text, [...people, striker]).find((claim) => claim.quote.startsWith('I just kept'));
    expect(quote?.speaker).toBe('Leo Hart');
  });

  it('leaves an adverb out of the speaker ("The family eventually told CNN")', () => {
    const [claim] = attribute('The family eventually told CNN that the boy was attacked outside their home.');
    expect(claim?.speaker).toBe('the family');
    expect(claim?.outlet).toBe('CNN');
  });
});

describe('sources named with their setting, a title or a piece of writing', () => {
  const chief = person('Dan Okoye', 'male', ['Battalion Chief']);
  const critic = person('Ruth Amsel', 'female', ['critic']);
  const director = person('Priti Nair', 'female', ['director']);
  const cast = [chief, critic, director, lopez];

  it('leaves where the speaker spoke out of an inverted "…," said X', () => {
    const found = attribute('"The wind turned twice," said Battalion Chief Dan Okoye at a news briefing in Yreka.', cast);
    expect(found[0]).toMatchObject({ speakerId: chief.id, kind: 'direct' });
    const official = attribute('"It is over," said a senior official in Brussels on condition of anonymity.', cast);
    expect(official[0]?.speaker).toBe('a senior official in Brussels');
  });

  it('reads "…, telling X that" and "…, writing that" as the subject\'s words, X as the audience', () => {
    const told = attribute('Maria Lopez praised the result, telling state radio that "the voters have spoken."', cast);
    expect(told[0]).toMatchObject({ speakerId: lopez.id, kind: 'direct' });
    expect(attribute('Maria Lopez thanked the crews, telling CNN the town would rebuild.', cast)[0]).toMatchObject({ speakerId: lopez.id, outlet: 'CNN' });
    expect(attribute('Maria Lopez congratulated him online, writing that she looked forward to working together.', cast)[0]?.speakerId).toBe(lopez.id);
    expect(attribute('Maria Lopez spent years in Paris, writing novels about the war.', cast)).toEqual([]);
  });

  it('gives the outlet of a review or an op-ed to its writer', () => {
    const found = attribute('In her review for The New York Times, Ruth Amsel called the film "a handsome, hollow spectacle."', cast);
    expect(found[0]).toMatchObject({ speakerId: critic.id, outlet: 'The New York Times' });
  });

  it('finds the subject before a quoted title ("X, whose film was “…,” said")', () => {
    const found = attribute('Nair, 41, whose last film was the drama "Salt Flats," said in an interview that she shot at sea.', cast);
    expect(found[0]).toMatchObject({ speakerId: director.id, kind: 'indirect' });
  });

  it('reads "the agency said" as the organisation named just before', () => {
    const text = 'The U.S. Food and Drug Administration, which was not involved, welcomed the study. "It adds to the evidence," the agency said.';
    expect(attribute(text, cast)[0]?.speaker).toBe('the U.S. Food and Drug Administration');
    const two = attribute('Acme Corp and the Transport Workers Union met on Monday.\n\nThe union said talks would resume.', cast);
    expect(two[0]?.speaker).toBe('the Transport Workers Union');
    const airline = attribute('A Harbor Airlines jet landed safely on Sunday.\n\nThe crew reported a loud bang, the airline said.', cast);
    expect(airline[0]?.speaker).toBe('Harbor Airlines');
  });

  it('reads "the city said" as no body whose name only holds the word ("Harbour City Police Department")', () => {
    const text = 'Three fans were arrested, according to the Harbour City Police Department.\n\nA parade is planned for Wednesday, the city said.';
    expect(attribute(text, cast)[1]?.speaker).toBe('the city');
    const justice = attribute('The Department of Justice sued. The case is strong, the department said.', cast);
    expect(justice[0]?.speaker).toBe('the Department of Justice');
  });

  it('keeps a long organisation name whole', () => {
    const found = attribute('The United Nations Office for the Coordination of Humanitarian Affairs said cholera was a growing risk.', cast);
    expect(found[0]?.speaker).toBe('the United Nations Office for the Coordination of Humanitarian Affairs');
  });
});

describe('"according to" sources without their date', () => {
  it.each([
    ['according to preliminary results released by the election commission early Monday', 'preliminary results released by the election commission'],
    ['according to a study published on Tuesday in the journal Neurology', 'a study published in the journal Neurology'],
    ['according to studio estimates released Sunday', 'studio estimates'],
    ['according to a research firm, Caldwell Analytics', 'a research firm'],
    ['according to data released in March 2024 by the statistics office', 'data released by the statistics office'],
    ['according to figures released on Friday', 'figures released on Friday'],
  ])('%s', (source, expected) => {
    expect(attribute(`The party won 34 percent, ${source}.`)[0]?.speaker).toBe(expected);
  });
});

describe('a role noun naming its holder', () => {
  const judge = person('Ruth Okonjo', 'female', ['Judge']);
  const director = person('Ann Fry', 'female', ['executive director of the Harbour Burn Foundation']);

  it('reads "the judge said" far from her introduction as the one judge the article names', () => {
    const filler = Array.from({ length: 8 }, (_, i) => `The hearing went on for the ${i + 1}th hour.`);
    const text = ['Judge Ruth Okonjo opened the hearing.', ...filler, 'He will be eligible for release after seven years, the judge said.'].join('\n\n');
    expect(attribute(text, [judge]).at(-1)?.speakerId).toBe(judge.id);
  });

  it('never gives "the foundation" to the director of the foundation', () => {
    const text = 'Ann Fry runs the Harbour Burn Foundation.\n\nThe foundation says it will cover all medical costs.';
    expect(attribute(text, [director]).at(-1)?.speakerId).toBeNull();
  });
});

describe('a shared surname in a story about one of its holders', () => {
  it('gives "she said" after a bare surname to the person the headline names', () => {
    const article = parseRawText(
      [
        'Ruth Calder, pioneering geologist, dies at 91',
        'Ruth Calder, a geologist, died on Monday.',
        'Professor Ann Calder, her sister-in-law, said she was tireless. "She never stopped," Ann Calder said.',
        'Calder led the Deep Ocean Survey from 1970 to 1990.',
        'In a 2015 interview with NPR, she said she had never expected to be proved right.',
      ].join('\n\n'),
      'obituary.txt',
    );
    const sentences = splitSentences(article.paragraphs);
    const claims = extractAttributions(article, sentences, extractPeople(article, sentences));
    expect(claims.at(-1)).toMatchObject({ speaker: 'Ruth Calder', outlet: 'NPR' });
  });
});

describe('who reports: an outlet or a group of people', () => {
  it('reads "Residents of X reported" as people speaking, "Kompas reported" as an outlet', () => {
    expect(attribute('Residents of Dunmore reported that the town was quiet overnight.')[0]).toMatchObject({ speaker: 'residents of Dunmore', outlet: null });
    expect(attribute('Kompas reported that the talks had failed.')[0]).toMatchObject({ speaker: null, outlet: 'Kompas' });
  });
});

describe('sports and trade outlets', () => {
  it.each(['Sky Sports', 'BBC Sport', 'DAZN', 'Handelsblatt'])('"X told %s" names the outlet', (outlet) => {
    expect(attribute(`"I just attacked the ball," Becker told ${outlet}.`)[0]).toMatchObject({ speakerId: becker.id, outlet });
  });
});

describe('clauses that say nothing, or say it through a relative pronoun', () => {
  const bright = person('Kate Bright', 'female', ['Solicitor-General']);
  const farouk = person('Nadia Farouk', 'female', ['journalist']);
  const breen = person('Tom Breen', 'male', ['journalist']);
  const cast = [bright, farouk, breen, lopez];

  it('gives "X, who argued the case, had told the court that …" to X, not to "the case"', () => {
    const text = 'Solicitor-General Kate Bright, who argued the case for the state, had told the court in March that the data solved crimes.';
    expect(attribute(text, cast)[0]).toMatchObject({ speakerId: bright.id });
  });

  it('credits no single source with what "X and Y, who argued …" argued', () => {
    const text = 'The case was brought by two journalists, Nadia Farouk and Tom Breen, who argued the law let police track anyone.';
    expect(attribute(text, cast)).toEqual([]);
  });

  it('reads "declined to say" as saying nothing, and "responded by cutting" as an act', () => {
    const refused = attribute('Maria Lopez said talks would go on. She declined to say whether the company would hire replacements.', cast);
    expect(refused.map((claim) => [claim.speaker, claim.kind])).toEqual([['Maria Lopez', 'indirect'], ['Maria Lopez', 'no-comment']]);
    expect(attribute('Acme, its main rival, responded within hours by cutting the price by $100.', cast)).toEqual([]);
  });
});

describe('names after a role, and surnames alone', () => {
  const brennan = person('Jeff Brennan', 'male', ['consultant']);
  const park = { ...person('Elena Park', 'female', ['president of the label']), aliases: [] };

  it('gives "Aviation safety consultant X, a former investigator, said <claim>" to X, not to the claim', () => {
    const found = attribute('Aviation safety consultant Jeff Brennan, a former investigator, said smoke events on the jets were rare.', [brennan]);
    expect(found[0]?.speakerId).toBe(brennan.id);
  });

  it('gives "said Park" to the one Park named in full, even without the alias', () => {
    const found = attribute('Elena Park, president of the label, said sales were strong.\n\n"We planned for a big week," said Park.', [park]);
    expect(found.map((claim) => claim.speakerId)).toEqual([park.id, park.id]);
  });
});

describe('a piece written for an outlet', () => {
  it('gives "Writing in Y, X said …" the outlet Y', () => {
    expect(attribute('Writing in Gadget Weekly, Maria Lopez said the headset was too heavy.')[0]).toMatchObject({ speakerId: lopez.id, outlet: 'Gadget Weekly' });
  });
});

describe('a hyphenated title before a speaker', () => {
  it('never reads the "in" of "Investigator-in-charge" as a preposition', () => {
    const kessler = person('Laura Kessler', 'female', ['Investigator-in-charge']);
    expect(attribute('Investigator-in-charge Laura Kessler said the board would look at the unit.', [kessler])[0]?.speakerId).toBe(kessler.id);
  });
});

describe('a source described at length', () => {
  it('gives "a man from Sudan who asked not to be named because … said" to the man, and his "he said" after', () => {
    const found = attribute(
      'At a hostel, a 27-year-old man from Sudan who asked not to be named because his claim is pending said he had paid smugglers.\n\n"I did not come here to take anything," he said.',
      [],
    );
    expect(found.map((claim) => claim.speaker)).toEqual(['a 27-year-old man from Sudan', 'a 27-year-old man from Sudan']);
  });

  it('reads "police said" as police', () => {
    expect(attribute('The man who shot the mayor was arrested, police said.', [])[0]?.speaker).toBe('police');
  });
});

describe('a verb that is also a plural noun', () => {
  it('never takes "who bought Acme notes" for a speaker', () => {
    const found = attribute('According to court records, 2,300 investors lost money, including retirees who bought Acme notes online.', []);
    expect(found.map((claim) => claim.speaker)).toEqual(['court records']);
  });
});

describe('a relative clause after an appositive, and conceding defeat', () => {
  const reyes = person('Paul Reyes', 'male', ["Acme's former head of risk"]);
  it('gives "X, Acme\'s former head of risk, who testified that …" to X', () => {
    const text = "The key witness was Paul Reyes, Acme's former head of risk, who testified that he had warned the founder.";
    expect(attribute(text, [reyes])[0]?.speakerId).toBe(reyes.id);
  });
  it('reads "conceded defeat" as an act, not words', () => {
    expect(attribute('Maria Lopez, 58, conceded defeat in a brief statement outside parliament.')).toEqual([]);
  });
});

describe('review 9: figures, reports and acts', () => {
  const owner = person('Margaret Lind', 'female', ['Owner']);
  it('reads "Owner X, 71, said the rent for the 2,400-square-foot shop …" as X\'s, never "the rent for the 2"', () => {
    const found = attribute('Owner Margaret Lind, 71, said the monthly rent for the 2,400-square-foot shop will rise.', [owner]);
    expect(found[0]?.speakerId).toBe(owner.id);
  });
  it('credits the report, not the people it describes, with "According to the report, the two men had argued …"', () => {
    expect(attribute('According to the report, the two men had argued inside the bar.', [])[0]).toMatchObject({ speaker: 'the report', kind: 'according-to' });
  });
  it('reads "agreed on Tuesday to a framework" and "admitted 212 patients" as acts; "agreed to cooperate" stays', () => {
    expect(attribute('Leaders of the Group of 20 agreed on Tuesday to a framework for taxing billionaires.', [])).toEqual([]);
    expect(attribute('The hospital admitted 212 patients over the weekend, according to spokeswoman Maria Lopez.')[0]?.speakerId).toBe(lopez.id);
    expect(attribute('Maria Lopez agreed to cooperate with investigators.')[0]?.speakerId).toBe(lopez.id);
  });
  it('reads "The coach said" as the coach named before ("his older brother and his coach since childhood"), not one named later', () => {
    const { cast, claims } = attributeFound(
      [
        '"The noise was unbelievable," said Chidi Okafor, the player\'s older brother and his coach since childhood.',
        'The coach said the turning point came in the sixth game.',
        'Lin\'s coach, Wang Jun, declined to comment after the match.',
      ].join('\n\n'),
    );
    const chidi = cast.find((person) => person.name === 'Chidi Okafor')!;
    expect(claims.find((claim) => claim.paragraph === 2)?.speakerId).toBe(chidi.id);
    const later = attributeFound(['Okafor won the final.', 'The coach said the sixth game was the turning point.', 'The crowd was loud.', 'The hall was full.', "Lin's coach, Wang Jun, declined to comment."].join('\n\n'));
    expect(later.claims.find((claim) => claim.paragraph === 2)?.speaker).toBe('the coach');
  });

  it('gives "X, who led the operation …, said the three suspects surrendered" and "Another analyst, X of Y, said the …" to X', () => {
    const led = attributeFound('Detective Superintendent Michael Brennan, who led the operation, said the three suspects, aged 24 and 31, surrendered.');
    expect(led.claims[0]?.speaker).toBe('Michael Brennan');
    const analyst = attributeFound("Another analyst, Sarah Park of Wedbush, said the Arc's price cut in May had helped volume.");
    expect(analyst.claims[0]?.speaker).toBe('Sarah Park');
  });

  it('gives a shout in narration no speaker from the next sentence\'s subject ("…!" Whitfield turns toward him)', () => {
    const { claims } = attributeFound(
      'Sergeant Kyle Brandt shot Jamal Whitfield.\n\nThe footage shows him shouting "Show me your hands!" Whitfield turns toward him, and Brandt fires.\n\n"It was a joke," Tom Vasquez joked. "Every night?" Ann Lee asked her.',
    );
    expect(claims.filter((claim) => claim.paragraph === 2).map((claim) => claim.speaker)).not.toContain('Jamal Whitfield');
    expect(claims.filter((claim) => claim.paragraph === 3).map((claim) => claim.speaker)).toEqual(['Tom Vasquez', 'Ann Lee']);
  });

  it('reads "told ESPNcricinfo" as an outlet, and "told Smith" as none', () => {
    expect(attribute('"We lost our nerve," Tom Becker told ESPNcricinfo.')[0]?.outlet).toBe('ESPNcricinfo');
    expect(attribute('"We lost," Tom Becker told Smith.')[0]?.outlet).toBeNull();
  });

  it('gives "a decision he said was made …" to "he", and "X said by phone" to X', () => {
    const decision = attributeFound('Captain Vikram Nair won the toss and chose to bat, a decision he said was made before the rain.');
    expect(decision.claims[0]?.speaker).toBe('Vikram Nair');
    const phone = attributeFound('"I am happy to get the medal, but not in this way," Timothy Kiptoo said by phone.');
    expect(phone.claims[0]?.speaker).toBe('Timothy Kiptoo');
  });

  it('reads "co-wrote every song" and "reported the payments to the SEC" as no report with a made-up speaker', () => {
    expect(attribute('Maria Lopez co-wrote every song, and most were produced in Stockholm.')).toEqual([]);
    const reported = attributeFound('The case began when a former compliance manager, Paulo Mendes, reported the payments in Brazil to the SEC.');
    expect(reported.claims.map((claim) => claim.speaker)).not.toContain('the payments in Brazil to the SEC');
  });

  it('reads "urged X\'s board to engage" as no speaker, and "writes about the sea the way …" as no words', () => {
    const urged = attribute('Hollis Chief Executive Tom Becker said the offer was "full and fair" and urged Tarrant\'s board to engage.');
    expect(urged.map((claim) => claim.speakerId)).toEqual([becker.id]);
    expect(attribute('Maria Lopez writes about the sea the way other novelists write about weather, as a mood that shapes everything.')).toEqual([]);
    expect(attribute('Maria Lopez wrote about the trial that it was a farce.')[0]?.speakerId).toBe(lopez.id);
  });
  it('reads "recalled 95,000 trucks" and "recalled its ambassador" as recalls; "recalled that" stays a report', () => {
    expect(attribute('In February, Tom Becker recalled 95,000 pickup trucks over a camera fault.')).toEqual([]);
    expect(attribute('Maria Lopez recalled its ambassador on Friday.')).toEqual([]);
    expect(attribute('Maria Lopez recalled that the water rose fast.')[0]?.speakerId).toBe(lopez.id);
  });
});

describe('a long subject: title, name and affiliation', () => {
  it('gives "Co-author Dr. X of the National University of Y said …" to X', () => {
    const pol = person('Diego Pol', 'male', ['Co-author']);
    expect(attribute('Co-author Dr. Diego Pol of the National University of La Plata said the species was new.', [pol])[0]?.speakerId).toBe(pol.id);
  });
});

describe('several people speaking at once', () => {
  const lowe = person('Ann Lowe', 'female');
  const diaz = person('Mark Diaz', 'male');
  const tran = person('Kim Tran', 'female');
  const cast = [lowe, diaz, tran];

  it('records every name of the list, the first leading', () => {
    for (const text of [
      'Two pilots, Ann Lowe and Mark Diaz, said they learned of the cuts from the news.',
      'Ann Lowe and Mark Diaz, both pilots, said they were angry.',
      '"We were shocked," said Ann Lowe and Mark Diaz.',
    ]) {
      expect(attribute(text, cast)[0]).toMatchObject({ speakerId: lowe.id, coSpeakerIds: [diaz.id], speaker: 'Ann Lowe and Mark Diaz' });
    }
    expect(attribute('Ann Lowe, Mark Diaz and Kim Tran said the plan failed.', cast)[0]).toMatchObject({
      speaker: 'Ann Lowe, Mark Diaz and Kim Tran',
      coSpeakerIds: [diaz.id, tran.id],
    });
  });

  it('keeps one speaker when the others are told, or only named before a comma', () => {
    expect(attribute('Ann Lowe told Mark Diaz and Kim Tran that the plan failed.', cast)[0]).toMatchObject({ speaker: 'Ann Lowe' });
    expect(attribute('Unlike Ann Lowe, Mark Diaz said the plan failed.', cast)[0]).toMatchObject({ speaker: 'Mark Diaz' });
    expect(attribute('Unlike Ann Lowe, Mark Diaz said the plan failed.', cast)[0]?.coSpeakerIds).toBeUndefined();
  });

  it('lets "they" carry on the whole list', () => {
    const said = attribute('Ann Lowe and Mark Diaz, both pilots, said they were angry. "It is over," they said.', cast);
    expect(said.at(-1)).toMatchObject({ speaker: 'Ann Lowe and Mark Diaz', quote: 'It is over' });
  });
});

describe('outlets described, deals struck, titles and documents', () => {
  it('reads "state media reported" and "local television said" as outlets', () => {
    for (const outlet of ['state media', 'local television', 'the state-run news agency']) {
      expect(attribute(`Nine workers were rescued on Friday, ${outlet} reported.`)[0]).toMatchObject({ speaker: null, outlet, kind: 'according-to' });
    }
  });

  it('takes "agreed a fee" for a deal struck, and "agreed the deal was fair" for words', () => {
    const [deal] = attribute('Northfield have agreed a fee of 40 million euros with Castor for the striker, the clubs said on Monday.');
    expect(deal).toMatchObject({ speaker: 'the clubs' });
    expect(attribute('The union agreed the deal was fair.')[0]).toMatchObject({ speaker: 'the union' });
  });

  it('reads a title-case quotation after a comma as a title, and a list as a document cited', () => {
    const [cited] = attribute('The stolen works include a sketch by Anna Berg, "Pears on a Red Plate," according to a list released by the gallery.');
    expect(cited).toMatchObject({ speaker: 'a list released by the gallery', kind: 'according-to' });
    expect(attribute('Maria Lopez said, "Thank You All So Much."')[0]).toMatchObject({ kind: 'direct', speakerId: lopez.id });
  });

  it('credits the outlet spoken to, also for the quote running on into the next paragraph', () => {
    const said = attribute('Speaking to the sports newspaper Marca on Thursday, Becker said: "He wanted this move.\n\n"Now he must prove himself."');
    expect(said.map((claim) => claim.outlet)).toEqual(['Marca', 'Marca']);
  });

  it('reads an outlet described before its name ("the newspaper El Comercio", "The broadcaster RPP") as that outlet', () => {
    const { cast, claims } = attributeFound('According to the Lima newspaper El Comercio, the commandos had rehearsed for a week.\n\nThe broadcaster RPP reported that the raid began at dawn.');
    expect(claims.map((claim) => [claim.speaker, claim.outlet, claim.kind])).toEqual([
      [null, 'El Comercio', 'according-to'],
      [null, 'RPP', 'according-to'],
    ]);
    expect(cast).toEqual([]);
  });

  it('words a source opening the sentence as a reader would, and drops the full stop after an outlet', () => {
    expect(attribute('Two district officials said the offer was final.')[0]?.speaker).toBe('two district officials');
    expect(attribute('Western diplomats said the offer was final.')[0]?.speaker).toBe('Western diplomats');
    expect(attribute('"We are ready," Becker said in an interview with Italian broadcaster RAI. "It is time."')[0]?.outlet).toBe('RAI');
  });
});

describe('"according to" closing a sentence', () => {
  it('sources the whole sentence, over a claim inside one of its clauses, with the outlet that saw the document', () => {
    const [claim] = attribute('Five lawmakers backed the bill after the government agreed to restore farm aid, according to a copy of the deal seen by Reuters.');
    expect(claim).toMatchObject({ speaker: 'a copy of the deal', outlet: 'Reuters', kind: 'according-to' });
  });
});

describe('review 13: abbreviations, names that look like descriptions, deals', () => {
  it('keeps "the U.S. …" whole after "according to"', () => {
    expect(attribute('The heaters caused 37 fires, according to the U.S. Consumer Product Safety Commission.')[0]?.speaker).toBe(
      'the U.S. Consumer Product Safety Commission',
    );
  });

  it('keeps the capitals of a name opening the sentence, and lowers a description', () => {
    expect(attribute('Save the Elephants, a conservation group, said the raid was a success.')[0]?.speaker).toBe('Save the Elephants');
    expect(attribute('Friends of the Earth said the plan was too timid.')[0]?.speaker).toBe('Friends of the Earth');
    expect(attribute("Rating agency Moody's said the deficit was too high.")[0]?.speaker).toBe("rating agency Moody's");
  });

  it('reads "agreed to buy" as a deal, not words', () => {
    expect(attribute('Harlow Freight agreed on Tuesday to buy rival Castor Logistics for $9.4 billion.')).toEqual([]);
  });
});

describe('review 14 and 15: who asked, who welcomed, who only spoke', () => {
  const holloway = person('Margaret Holloway', 'female', ['Chief Justice']);
  const blackwell = person('Theodore Blackwell', 'male', ['lawyer']);
  const kamara = person('Idris Kamara', 'male');

  it('gives "…?" she asked to the woman named before, not the last man', () => {
    const said = attribute('Chief Justice Margaret Holloway pressed Blackwell on the fines. "So the city may fine someone every night?" she asked.', [holloway, blackwell]);
    expect(said.at(-1)).toMatchObject({ speakerId: holloway.id, kind: 'direct' });
  });

  it('never takes a name inside a relative clause for the subject', () => {
    const [claim] = attribute('Amnesty International, which had designated Kamara a prisoner of conscience, welcomed the release but said it was overdue.', [kamara]);
    expect(claim).toMatchObject({ speakerId: null, speaker: 'Amnesty International' });
  });

  it('reads "spoke to reporters" as a report only when it says what', () => {
    expect(attribute('His daughter, Maria Lopez, spoke to reporters on the courthouse steps.')).toEqual([]);
    expect(attribute('Maria Lopez spoke to reporters about the ruling.')[0]).toMatchObject({ speakerId: lopez.id });
  });

  it('reads acts as no report: reporting irregularities, adding little, conceding at an hour', () => {
    expect(attribute('The inquiry began after an employee, Maria Lopez, reported irregularities in the permits.').map((claim) => claim.speaker)).not.toContain('irregularities');
    expect(attribute('The catalogue is handsome but adds little that the show does not already say.')).toEqual([]);
    expect(attribute('Becker, a 61-year-old developer who spent $4 million on the race, conceded shortly after 10 p.m.')).toEqual([]);
  });

  it('gives a report to the name after a role in a relative clause ("a move that X\'s campaign manager, Y, said")', () => {
    const found = attribute("Becker later endorsed the plan, a move that Becker's campaign manager, Maria Lopez, said had helped them win.");
    expect(found[0]).toMatchObject({ speakerId: lopez.id });
  });

  it('reads "Initial estimates put …" as a noun, not a report by "Initial"', () => {
    expect(attribute('Initial estimates put the damage at about $450 million, officials said.')[0]).toMatchObject({ speaker: 'officials' });
  });

  it('reads "testified" as a report only when it says what', () => {
    expect(attribute('Maria Lopez testified under a grant of immunity.')).toEqual([]);
    expect(attribute('Maria Lopez testified against her cousin on Monday.')).toEqual([]);
    expect(attribute('Maria Lopez testified that her cousin had called her that night.')[0]).toMatchObject({ speakerId: lopez.id });
  });

  it('gives "the former governor said" to the one "former central bank governor"', () => {
    const governor = person('Peter Solberg', 'male', ['a former central bank governor']);
    const [claim] = attribute('"There is no room left," the former governor said.', [...people, governor]);
    expect(claim).toMatchObject({ speakerId: governor.id });
  });

  it('gives "the outgoing finance minister said" to the finance minister, but not "the former" one', () => {
    expect(attribute('"We lost," the outgoing finance minister said.')[0]).toMatchObject({ speakerId: lopez.id });
    expect(attribute('"We lost," the former finance minister said.')[0]).toMatchObject({ speakerId: null });
  });

  it('takes the one told for an outlet when an appositive says so ("told ERT, the state broadcaster") or it is a website', () => {
    expect(attribute('"People were fighting," Tom Becker told ERT, the state broadcaster.')[0]).toMatchObject({ speakerId: becker.id, outlet: 'ERT' });
    expect(attribute('"It was close," Maria Lopez told Chess.com.')[0]).toMatchObject({ speakerId: lopez.id, outlet: 'Chess.com' });
    expect(attribute('"We will strike again," Maria Lopez told Radio North.')[0]).toMatchObject({ speakerId: lopez.id, outlet: 'Radio North' });
    expect(attribute('"I wanted readers to feel it," Maria Lopez said in an interview with The Meridian Review.')[0]).toMatchObject({ outlet: 'The Meridian Review' });
    expect(attribute('"It was close," Maria Lopez told Tom Becker, a friend.')[0]).toMatchObject({ speakerId: lopez.id, outlet: null });
  });

  it('keeps an outlet\'s desk or channel in its name ("told ITV Racing", "told BBC Radio 4"), not a day after it', () => {
    expect(attribute('"I\'m shaking," Maria Lopez told ITV Racing.')[0]).toMatchObject({ outlet: 'ITV Racing' });
    expect(attribute('"We will strike," Maria Lopez told BBC Radio 4 on Monday.')[0]).toMatchObject({ outlet: 'BBC Radio 4' });
    expect(attribute('"We will strike," Maria Lopez told CNN Tuesday.')[0]).toMatchObject({ outlet: 'CNN' });
  });

  it('never takes what a verb is about for its speaker ("but warned against further cuts")', () => {
    const [claim] = attribute('Tom Becker, a former governor, said the budget was "broadly sensible" but warned against further cuts.');
    expect(claim).toMatchObject({ speakerId: becker.id });
  });

  it('reads "responded with" a move as an act, and "responded with a statement" as words', () => {
    expect(attribute('Tom Becker responded with a swift counterattack, and the match was over.')).toEqual([]);
    expect(attribute('Tom Becker responded with a statement saying the claims were false.')[0]).toMatchObject({ speakerId: becker.id });
  });

  it('cites a memo reviewed by an outlet as the memo, and an estimate in a relative clause as the estimate only', () => {
    expect(attribute('The attackers demanded 75 bitcoin, according to a memo sent to hospital staff and reviewed by The Lakeshore Ledger.')[0]).toMatchObject({
      speaker: 'a memo sent to hospital staff',
      outlet: 'The Lakeshore Ledger',
    });
    expect(attribute('The mayor cut the ribbon in front of a crowd that the city estimated at 4,000 people.')[0]).toMatchObject({
      speaker: 'the city',
      quote: 'at 4,000 people.',
    });
  });

  it('credits a report joined by ", and" with its own clause only', () => {
    expect(attribute('The European Union pledged 5 million euros in aid, and the United States said it would send a rescue team.')[0]).toMatchObject({
      speaker: 'the United States',
      quote: 'it would send a rescue team.',
    });
    expect(attribute('The plan is fair, and it works, Maria Lopez said.')[0]).toMatchObject({ speakerId: lopez.id });
  });
});

describe('review 16: saying nothing, naming complements, a relative speaking', () => {
  it('reads "says almost nothing" as no report, and "described as" as no close of the sentence', () => {
    expect(attribute('In the scene Ruth sits with her son and says almost nothing.')).toEqual([]);
    const [claim] = attribute('Diplomats said on condition of anonymity that Egypt wanted 40 billion cubic metres, a figure officials described as impossible.');
    expect(claim).toMatchObject({ speaker: 'diplomats' });
  });

  it('gives "he said" to a relative described just before, over a man named further back', () => {
    const keller = person('Stefan Keller', 'male');
    const said = attribute(
      "Stefan Keller said he was flying to Kathmandu.\n\nNowak's partner, speaking to TVN24, said she had called him. \"The first thing she asked was about the guide,\" he said.",
      [keller],
    );
    expect(said.at(-1)).toMatchObject({ speakerId: null, speaker: "Nowak's partner", kind: 'direct' });
  });
});

describe('a body named with the day it spoke', () => {
  it('keeps the day out of its name', () => {
    const said = attribute('The European Commission on Tuesday fined three drugmakers. Vireo was fined 131 million euros, the Commission said.');
    expect(said.at(-1)?.speaker).toBe('the European Commission');
  });
});

describe('a verb of saying with only a time after it', () => {
  it('is narration opening a sentence, and a report closing one', () => {
    expect(attribute('Maria Lopez conceded on Wednesday morning.')).toEqual([]);
    expect(attribute('The bridge will reopen, Maria Lopez announced Friday.')[0]).toMatchObject({ speakerId: lopez.id });
  });
});

describe('a participle describing the subject', () => {
  it('is no report: "The cuts, announced in a memo, will fall …" has no speaker', () => {
    expect(attribute('The cuts, announced in a memo to staff from chief executive Maria Lopez, will fall mostly on sales.')).toEqual([]);
    expect(attribute('Maria Lopez, a spokeswoman, added on Monday that the cuts would fall on sales.')[0]).toMatchObject({ speakerId: lopez.id });
  });
});

describe('"she said" after a relative clause with "him"', () => {
  it('keeps "she" for the woman whose relative clause says "not related to him"', () => {
    const text = [
      'Her neighbour, Josef Lindo, said the family had packed their car.',
      "Samuel Oduya's deputy, Grace Oduya, who is not related to him, said 300 soldiers had been deployed.",
      '"We have 40,000 masks in the warehouse," she said.',
    ].join('\n\n');
    expect(attributeFound(text).claims.map((claim) => claim.speaker)).toEqual(['Josef Lindo', 'Grace Oduya', 'Grace Oduya']);
  });
});

describe('"her son said" when the article has said whose mother she is', () => {
  it('gives the quote to the son, whose mother the role names', () => {
    const text = [
      'Dominik Kovacs won the final on Sunday.',
      "Kovacs's mother, Erzsebet Kovacs, a former junior champion who was his first coach, wept in the players' box.",
      '"She put a racket in my hand before I could walk," her son said later.',
    ].join('\n\n');
    const { cast, claims } = attributeFound(text);
    expect(cast.find((person) => person.name === 'Erzsebet Kovacs')?.gender).toBe('female');
    expect(claims.map((claim) => claim.speaker)).toEqual(['Dominik Kovacs']);
  });
});

describe('"the younger Okafor said" of a father and son', () => {
  it('gives the words to the son, whom the father\'s role names, and nothing to a daughter-in-law', () => {
    const text = [
      'Guard Terrence Okafor scored 38 points.',
      "The last title came in 1993, when Okafor's father, Samuel Okafor, was an assistant coach.",
      '"He told me to stop passing," the younger Okafor said.',
    ].join('\n\n');
    expect(attributeFound(text).claims.map((claim) => claim.speaker)).toEqual(['Terrence Okafor']);
    const father = person('Robert Schuller', 'male');
    const inLaw = person('Donna Schuller', 'female', ["Schuller's daughter-in-law"]);
    expect(generationOf([father, inLaw], 'Schuller', true)).toBeNull();
  });
});

describe('writing, adding or keeping a thing is no report', () => {
  it('reads "wrote the majority opinion", "added a penalty" and "which owns and maintains it" as acts, and "wrote that" as a report', () => {
    expect(attribute('Justice Maria Lopez wrote the majority opinion, joined by four others.')).toEqual([]);
    expect(attribute('Becker converted both and added a penalty.')).toEqual([]);
    expect(attribute('The bridge carries 40,000 cars a day, according to the transport agency, which owns and maintains it.').map((claim) => claim.speaker)).toEqual(['the transport agency']);
    expect(attribute('Lopez wrote that the record was clear.')[0]).toMatchObject({ speakerId: lopez.id });
    expect(attribute('Becker added a caveat: the data were thin.')[0]).toMatchObject({ speakerId: becker.id });
  });
});

describe('a quotation running on into the next paragraph', () => {
  it('credits an open quotation nobody is named for to the speaker of the paragraph that continues it', () => {
    const text = ['In her speech, Lopez paid tribute to her rivals. "Tom Becker ran a serious campaign, and I respect him for it.', '"His volunteers knocked on more doors than anyone," she said.'].join('\n\n');
    expect(attribute(text).map((claim) => [claim.paragraph, claim.speaker, claim.quote])).toEqual([
      [1, 'Maria Lopez', 'Tom Becker ran a serious campaign, and I respect him for it.'],
      [2, 'Maria Lopez', 'His volunteers knocked on more doors than anyone'],
    ]);
  });
});

describe('a quotation left open after a sentence that introduces its speaker', () => {
  it('credits the one the paragraph introduces and the next paragraph names, not the last speaker', () => {
    const text = [
      'Tom Becker said the fire was out.',
      'Maria Lopez returned to the microphones in the evening. "I have spoken with the families of the men who died. They deserve an answer.',
      '"We will not rest until they have it," Lopez said.',
    ].join('\n\n');
    expect(attribute(text).map((claim) => [claim.paragraph, claim.speaker])).toEqual([
      [1, 'Tom Becker'],
      [2, 'Maria Lopez'],
      [3, 'Maria Lopez'],
    ]);
  });

  it('with no paragraph after it, credits the one the sentence before introduced', () => {
    const text = ['Tom Becker said the fire was out.', 'Maria Lopez returned to the microphones. "I have spoken with the families.'].join('\n\n');
    expect(attribute(text).map((claim) => claim.speaker)).toEqual(['Tom Becker', 'Maria Lopez']);
  });
});

describe('a nationality for a person ("The Swede added")', () => {
  it('gives "The Swede" and the "he" after it to the man the article tied to Sweden, whoever was named last', () => {
    const text = ["Sweden's Tom Becker lost to Maria Lopez of Spain.", 'The Swede added that he would rest. "I need some weeks away," he said.'].join('\n\n');
    expect(attribute(text).map((claim) => claim.speaker)).toEqual(['Tom Becker', 'Tom Becker']);
    expect(attribute('Tom Becker, a 31-year-old Spaniard, lost. The Spaniard said he would rest.')[0]?.speaker).toBe('Tom Becker');
  });

  it('credits no one when no one is tied to that nation, rather than a person called "Swede" or an outlet "The Italian"', () => {
    expect(attribute('Tom Becker lost. The Swede said he would rest.').map((claim) => claim.speaker)).not.toContain('Swede');
    expect(attribute('Tom Becker lost. The Italian added that he would return.').map((claim) => claim.outlet)).not.toContain('The Italian');
  });
});

describe('a haul claimed and a pronoun reporting', () => {
  it('reads "claimed two for 51" as no report, and "claimed that" as one', () => {
    expect(attribute('Spinner Maria Lopez claimed two for 51.')).toEqual([]);
    expect(attribute('The storm claimed 40 lives.')).toEqual([]);
    expect(attribute('Maria Lopez claimed that the vote was rigged.')[0]).toMatchObject({ speakerId: lopez.id });
  });

  it('reads "closer than opinion polls had predicted" as a comparison, not a report', () => {
    expect(attribute('Maria Lopez won a race that was closer than opinion polls had predicted.')).toEqual([]);
    expect(attribute('Sales were higher than analysts expected, the company said.').map((attribution) => attribution.speaker)).toEqual(['the company']);
  });

  it('never takes "He" for an outlet ("He reported the find to the police")', () => {
    const said = attribute('Maria Lopez found the hoard. He reported the find to the police.');
    expect(said.map((attribution) => attribution.outlet)).not.toContain('He');
  });
});

describe('a surname two people share, told apart by a title', () => {
  it('gives "Professor Vogel said" to the professor and "Dr. Vogel said" to the doctor, whoever was named last', () => {
    const henrik = { ...person('Henrik Vogel', 'male'), aliases: [] };
    const lena = { ...person('Lena Vogel', 'female'), aliases: [] };
    const said = attribute(
      'The prize went to Professor Henrik Vogel of ETH Zurich and Dr. Lena Vogel of Copenhagen.\n\nProfessor Vogel said the work belonged to his students.\n\nDr. Vogel said she was delighted.',
      [henrik, lena],
    );
    expect(said.map((attribution) => attribution.speaker)).toEqual(['Henrik Vogel', 'Lena Vogel']);
  });
});

describe('a relative clause with no "that"', () => {
  it('gives "a move supporters say will …" to the supporters, for their clause only', () => {
    const [claim] = attribute('The council voted to ban cars, a move supporters say will revive the area.');
    expect(claim).toMatchObject({ speaker: 'supporters', quote: 'will revive the area.' });
  });
});
