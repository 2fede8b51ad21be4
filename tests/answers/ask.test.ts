import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerAsk } from '../../src/answers/ask.js';
import { answerWho } from '../../src/answers/who.js';
import { parseMarkdown } from '../../src/article/parse-markdown.js';
import { parseRawText } from '../../src/article/parse-text.js';
import { prepareArticle } from '../../src/core/prepare.js';
import { articleFromBlocks, prepareForTest, repoRoot, seedArticle } from '../search/seed-article.js';

interface SeedQuestion {
  question: string;
  answers: string[];
}

const seedQuestions: SeedQuestion[] = readFileSync(path.join(repoRoot, 'tests/fixtures/qa/seed.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as SeedQuestion);
const prepared = prepareForTest(seedArticle());

describe('answerAsk on the seed article', () => {
  const answerable = seedQuestions.filter((question) => question.answers.length > 0);
  const answeredRight = (question: SeedQuestion): boolean => {
    const answer = answerAsk([prepared], question.question);
    if (answer.kind !== 'ask') return false;
    const first = answer.quotes[0]!;
    expect(first.paragraphText).toContain(first.text);
    expect(answer.confidence).toBeGreaterThan(0);
    return question.answers.some((gold) => first.text.toLowerCase().includes(gold.toLowerCase()));
  };

  it.each(['How many containers were delivered?', 'Who is Leif-Eric Easley?', 'What did Peskov say?', 'Which resolutions would an arms trade violate?'])(
    'answers "%s" with the right sentence first',
    (question) => {
      expect(answeredRight(answerable.find((candidate) => candidate.question === question)!)).toBe(true);
    },
  );

  it('answers at least 90% of the hand-written seed questions with the right sentence first', () => {
    const right = answerable.filter(answeredRight).length;
    expect(right / answerable.length).toBeGreaterThanOrEqual(0.9);
  });

  it.each(seedQuestions.filter((question) => question.answers.length === 0))('abstains on the off-topic "$question"', ({ question }) => {
    const answer = answerAsk([prepared], question);
    expect(answer).toMatchObject({ kind: 'not-found', command: 'ask', query: question });
    if (answer.kind === 'not-found') expect(answer.message).toMatch(/^The article does not (?:say|name)/);
  });

  it('bolds the question words found in the sentence', () => {
    const answer = answerAsk([prepared], 'How many containers were delivered?');
    if (answer.kind !== 'ask') throw new Error('expected an answer');
    const quote = answer.quotes[0]!;
    expect(quote.highlights.map(([start, end]) => quote.text.slice(start, end))).toEqual(['delivered', 'containers']);
  });

  it('answers a question that names nothing to look for ("What happened?") with the article\'s gist', () => {
    const full = prepareArticle(seedArticle());
    for (const question of ['What happened?', 'What is this about?']) {
      const answer = answerAsk([full], question);
      expect(answer.kind, question).toBe('ask');
      if (answer.kind === 'ask') expect(answer.quotes[0]!.text).toBe(full.sentences[full.summaryRanking[0]!]!.text);
    }
  });

  it('abstains on an empty question', () => {
    expect(answerAsk([prepared], '  ').kind).toBe('not-found');
    expect(answerAsk([], 'Who is Easley?').kind).toBe('not-found');
  });
});

describe('answerAsk on long and cloze questions', () => {
  const prepared = prepareForTest(
    articleFromBlocks(
      'bolivar',
      [
        'Simon Bolivar led the independence wars of several South American countries against Spain.',
        'In 1819, Bolivar founded Gran Colombia, a federation of what is now Venezuela, Colombia, Panama and Ecuador.',
        'A new mausoleum to house his remains is under construction in Caracas, the government said on Monday.',
      ].join('\n\n'),
    ),
  );

  it('answers a cloze statement whose words the article mostly paraphrases', () => {
    const answer = answerAsk([prepared], 'The federation @placeholder created in 1819 united today\'s Venezuela, Colombia, Panama and Ecuador, historians recall.');
    expect(answer.kind).toBe('ask');
    if (answer.kind === 'ask') expect(answer.quotes[0]!.text).toMatch(/^In 1819, Bolivar founded Gran Colombia/);
  });

  it('still abstains on a question the article does not speak of', () => {
    expect(answerAsk([prepared], 'How tall is Mount Everest?').kind).toBe('not-found');
  });
});

describe('answerAsk with an answer that opens with a pronoun', () => {
  const prepared = prepareForTest(
    articleFromBlocks(
      'obituary',
      [
        'Tom Brandt, the founder of the Harbour Choir, died on Thursday at his home in Millbrook.',
        'He was 88 years old.',
        'The choir will sing at a memorial service next month, its director said.',
      ].join('\n\n'),
    ),
  );

  it('quotes the answer, then the paragraph before naming who "he" is', () => {
    const answer = answerAsk([prepared], 'How old was Brandt?');
    expect(answer.kind === 'ask' && answer.quotes.map((quote) => quote.text)).toEqual([
      'He was 88 years old.',
      'Tom Brandt, the founder of the Harbour Choir, died on Thursday at his home in Millbrook.',
    ]);
  });

  it('reads on from the sentence naming "he" into the answer when they stand together', () => {
    const together = prepareArticle(
      articleFromBlocks('obituary', ['Tom Brandt, the founder of the Harbour Choir, died on Thursday at his home. He was 88 years old.', 'The choir will sing at a memorial.'].join('\n\n')),
    );
    const answer = answerAsk([together], 'How old was Brandt?');
    expect(answer.kind === 'ask' && answer.quotes.map((quote) => quote.text).join(' ')).toBe(
      'Tom Brandt, the founder of the Harbour Choir, died on Thursday at his home. He was 88 years old.',
    );
  });
});

describe('answerAsk with an answer in the middle of a quotation', () => {
  const prepared = prepareArticle(
    articleFromBlocks(
      'fuel',
      [
        'The Conservative shadow chancellor, Sir Michael Dunmore, accused the government of breaking a promise.',
        '"They told voters there would be no new taxes. A fuel duty rise is exactly that," said Sir Michael, speaking outside his office in Hampshire.',
      ].join('\n\n'),
    ),
  );

  it('quotes the start of the quotation first, as one quote credited to the speaker', () => {
    const answer = answerAsk([prepared], 'Where was Sir Michael speaking?');
    expect(answer.kind).toBe('ask');
    if (answer.kind !== 'ask') return;
    expect(answer.quotes.map((quote) => [quote.text, quote.citation.speaker])).toEqual([
      ['"They told voters there would be no new taxes. A fuel duty rise is exactly that," said Sir Michael, speaking outside his office in Hampshire.', 'Michael Dunmore'],
    ]);
  });
});

describe('answerAsk for "What did X say?"', () => {
  const prepared = prepareArticle(
    articleFromBlocks(
      'fuel',
      [
        'The Chancellor, Rachel Harwood, defended the fuel duty rise on Sunday, saying the money would fix roads.',
        'Tom Ellery, a Labour MP, said the rise would hit rural families. Sarah Ellery, a Liberal Democrat, said it was unfair.',
        '"Families already pay too much at the pump," Ms Ellery told Sky News. Harwood was not in the studio.',
        'Assistant Prosecutor Kevin Lindqvist, who was not involved, asked for a review, calling the plan "a tax on work."',
      ].join('\n\n'),
    ),
  );
  const answerTo = (question: string): string[] => {
    const answer = answerAsk([prepared], question);
    return answer.kind === 'ask' ? answer.quotes.map((quote) => `${quote.citation.speaker}: ${quote.text}`) : [answer.kind];
  };

  it('quotes what the article credits to them, not sentences that only mention them', () => {
    expect(answerTo('What did Harwood say?')).toEqual([
      'Rachel Harwood: The Chancellor, Rachel Harwood, defended the fuel duty rise on Sunday, saying the money would fix roads.',
    ]);
  });

  it('picks, among their words, what the rest of the question asks about', () => {
    expect(answerTo('What did Ms Ellery tell Sky News?')).toEqual([
      'Sarah Ellery: "Families already pay too much at the pump," Ms Ellery told Sky News.',
    ]);
  });

  it('picks, of two people sharing the surname typed, the one whose words are about what is asked', () => {
    const bank = prepareArticle(
      articleFromBlocks(
        'bank',
        [
          '"This deal gives us scale," said Michael Tran, the chief executive.',
          'Karen Tran, an analyst at Keefe, was less sure. "Integration is where these deals go to die," she said.',
        ].join('\n\n'),
      ),
    );
    const answer = answerAsk([bank], 'What did Tran say about integration?');
    expect(answer.kind === 'ask' && answer.quotes[0]).toMatchObject({ text: expect.stringContaining('Integration is where'), citation: { speaker: 'Karen Tran' } });
  });

  it('picks the words the verb asked for names ("What did X warn about?")', () => {
    const volcano = prepareArticle(
      articleFromBlocks(
        'volcano',
        [
          '"This is a large eruption, and it is not over," said Dr. Ratna Wulan, a volcanologist at the centre.',
          'Wulan said lava was flowing down the south-western flank.',
          'Wulan warned that heavy rain could turn the fresh ash into mudflows in the coming days.',
          'Wulan added that the airport would stay shut.',
        ].join('\n\n'),
      ),
    );
    const answer = answerAsk([volcano], 'What did Wulan warn about?');
    expect(answer.kind === 'ask' && answer.quotes[0]!.text).toMatch(/^Wulan warned that heavy rain/);
    const added = answerAsk([volcano], 'What did Wulan add?');
    expect(added.kind === 'ask' && added.quotes[0]!.text).toMatch(/^Wulan added that/);
  });

  it('finds the speaker by role', () => {
    expect(answerTo('What did the prosecutor call the plan?')).toEqual([
      'Kevin Lindqvist: Assistant Prosecutor Kevin Lindqvist, who was not involved, asked for a review, calling the plan "a tax on work."',
    ]);
  });
});

describe('answerAsk for a section heading and for a role nobody holds', () => {
  const prepared = prepareArticle(
    parseMarkdown(
      [
        '---',
        'title: Walking and memory',
        '---',
        'People who walk more have a lower risk of dementia, a study found. The authors wrote to the prime minister.',
        '',
        '## What happens next',
        '',
        'The team now plans a randomised trial with 2,000 older adults. It will last three years.',
      ].join('\n'),
      'walking.md',
    ),
  );

  it('answers "What happens next?" with the opening of the section so headed', () => {
    const answer = answerAsk([prepared], 'What happens next?');
    expect(answer.kind === 'ask' && answer.quotes.map((quote) => quote.text)).toEqual(['The team now plans a randomised trial with 2,000 older adults. It will last three years.']);
  });

  it('leaves "Who is the victim?" to the text when a sentence names someone beside the word', () => {
    const stabbing = prepareArticle(
      articleFromBlocks('stabbing', ['A man was charged on Sunday.', 'The victim, identified as 27-year-old Tyler Brennan of Harbor City, was stabbed twice.'].join('\n\n')),
    );
    const answer = answerAsk([stabbing], 'Who is the victim?');
    expect(answer.kind === 'ask' && answer.quotes[0]!.text).toMatch(/Tyler Brennan/);
  });

  it('answers "How heavy …?" and "How deep …?" with a weight or depth in units', () => {
    const lander = prepareArticle(
      articleFromBlocks(
        'lander',
        [
          'India landed a spacecraft near the moon\'s south pole on Wednesday.',
          'The space agency said the 1,750-kilogram lander touched down at 6:04 p.m. after a 19-minute descent.',
          'A tremor struck the test site last year at a depth of 12 kilometres, the agency said.',
          'The lander carries a rover and four instruments.',
        ].join('\n\n'),
      ),
    );
    const first = (question: string): string => {
      const answer = answerAsk([lander], question);
      return answer.kind === 'ask' ? answer.quotes[0]!.text : answer.kind;
    };
    expect(first('How heavy is the lander?')).toMatch(/1,750-kilogram lander/);
    expect(first('How deep was the tremor?')).toMatch(/depth of 12 kilometres/);
  });

  it('follows a lead describing people ("Two inmates escaped") with the sentence that names them, for "Who …?"', () => {
    const escape = prepareArticle(
      articleFromBlocks(
        'escape',
        [
          'Police were searching on Friday for two convicted murderers who escaped from a prison in south Georgia.',
          'Dwayne Hollis, 38, and Terrence Boyd, 44, were missing at the morning count.',
          'The prison was locked down.',
        ].join('\n\n'),
      ),
    );
    const answer = answerAsk([escape], 'Who escaped from the prison?');
    expect(answer.kind === 'ask' && answer.quotes.map((quote) => quote.text)).toEqual([
      'Police were searching on Friday for two convicted murderers who escaped from a prison in south Georgia.',
      'Dwayne Hollis, 38, and Terrence Boyd, 44, were missing at the morning count.',
    ]);
  });

  it('answers "What did the jockey say?" with the one jockey the article quotes', () => {
    const race = prepareArticle(
      articleFromBlocks(
        'race',
        [
          'Red Lantern, ridden by Irish jockey Dara Finn, won the cup on Saturday.',
          'The favourite fell at the second fence. His jockey, Cal Rooke, was taken to hospital, and jockey Ian Voss pulled up.',
          'Rooke and Voss were both later cleared of injury.',
          '"I thought, this is it, this is the day," Finn said.',
        ].join('\n\n'),
      ),
    );
    const answer = answerAsk([race], 'What did the jockey say?');
    expect(answer.kind === 'ask' && answer.quotes[0]!.citation.speaker).toBe('Dara Finn');
  });

  it('answers "What did the fan say?" with the quote after a sentence about fans', () => {
    const club = prepareArticle(
      articleFromBlocks(
        'club',
        [
          'Northfield signed a new striker on Thursday.',
          'Fans gathered outside the stadium in the evening. "We waited years for this," said Mia Holt, a season-ticket holder.',
        ].join('\n\n'),
      ),
    );
    const museum = prepareArticle(
      articleFromBlocks('museum', ['The thieves left in under seven minutes, according to Le Monde.', '"We will not rest," said Ana Roux, the museum director.'].join('\n\n')),
    );
    const outlet = answerAsk([museum], 'What does Le Monde say?');
    expect(outlet.kind === 'ask' && outlet.quotes[0]!.citation.paragraph).toBe(1);
    const answer = answerAsk([club], 'What did the fan say?');
    expect(answer).toMatchObject({ kind: 'ask', quotes: [{ text: '"We waited years for this," said Mia Holt, a season-ticket holder.' }] });
  });

  it('asks for a question when only common words are typed', () => {
    expect(answerAsk([prepared], 'the')).toMatchObject({ kind: 'not-found', message: 'Ask a question about the article.' });
  });

  it('leaves "Who was the runner-up?" to the text when a sentence names them by surname beside the word', () => {
    const final = prepareArticle(
      articleFromBlocks('final', ['Teenager Arjun Rao won the rapid chess title on Sunday, beating Magnus Berg.', 'Rao collects $250,000, while Berg, 31, takes home $150,000 as runner-up.'].join('\n\n')),
    );
    const answer = answerAsk([final], 'Who was the runner-up?');
    expect(answer.kind === 'ask' && answer.quotes[0]!.text).toMatch(/as runner-up/);
  });

  it('says the article does not name someone it only mentions by role', () => {
    expect(answerAsk([prepared], 'Who is the Prime Minister?')).toMatchObject({ kind: 'not-found', message: 'The article does not name the prime minister.' });
    expect(answerAsk([prepared], 'Who is the mayor of Springfield?')).toMatchObject({ message: 'The article does not name the mayor of Springfield.' });
    expect(answerAsk([prepared], 'What is the name of the NASA administrator?')).toMatchObject({ message: 'The article does not name the NASA administrator.' });
  });

  it('never says the article does not name a part in the events or a relative, which it may name without the word', () => {
    const answer = answerAsk([prepared], 'Who was the victim?');
    expect(answer.kind === 'not-found' && answer.message).not.toMatch(/does not name the victim/);
    const husband = answerAsk([prepared], 'Who was her husband?');
    expect(husband.kind === 'not-found' && husband.message).not.toMatch(/does not name/);
  });
});

describe('answerAsk for a labelled paragraph', () => {
  it('answers "What is the critic\'s verdict?" with the paragraph labelled "Verdict:"', () => {
    const review = prepareArticle(
      articleFromBlocks(
        'review',
        [
          'The band recorded the album over six weeks in a chapel in Wales.',
          'The songs are tighter than before, and the drumming is the best on any record this year.',
          'Verdict: the sound of a good band becoming a great one. Four stars out of five.',
        ].join('\n\n'),
      ),
    );
    const answer = answerAsk([review], "What is the critic's verdict?");
    expect(answer.kind === 'ask' && answer.quotes.map((quote) => quote.text).join(' ')).toBe('Verdict: the sound of a good band becoming a great one. Four stars out of five.');
  });

  it('answers "What was the critic\'s verdict?" with the rating line and the judgement before it', () => {
    const review = prepareArticle(
      articleFromBlocks(
        'opera',
        ['The Northern Opera opens its season with a dark new staging of Tosca.', 'Not everything works. The final scene is rushed.', 'Still, this is the strongest staging the company has offered in years. Four stars out of five.'].join('\n\n'),
      ),
    );
    const answer = answerAsk([review], "What was the critic's verdict?");
    expect(answer.kind === 'ask' && answer.quotes.map((quote) => quote.text).join(' ')).toBe('Still, this is the strongest staging the company has offered in years. Four stars out of five.');
    const alone = prepareArticle(articleFromBlocks('ballet', ['The company revives Giselle.', 'This is a Giselle of real intelligence.', 'Rating: four stars out of five.'].join('\n\n')));
    const answerAlone = answerAsk([alone], "What was the critic's verdict?");
    expect(answerAlone.kind === 'ask' && answerAlone.quotes.map((quote) => quote.text)).toEqual(['This is a Giselle of real intelligence.', 'Rating: four stars out of five.']);
  });

  it('answers "What rating did the reviewer give?" with a labelled sentence inside a paragraph', () => {
    const review = prepareArticle(
      articleFromBlocks('car', ['The car charges fast and rides well on long trips.', 'Verdict: the best affordable electric car this year. Rating: 4 out of 5 stars.'].join('\n\n')),
    );
    const answer = answerAsk([review], 'What rating did the reviewer give?');
    expect(answer.kind === 'ask' && answer.quotes[0]!.text).toBe('Rating: 4 out of 5 stars.');
  });
});

describe('answerAsk for a surname two people share', () => {
  it('does not answer about the relative named in full with a sentence about the one the surname means', () => {
    const ban = prepareArticle(
      articleFromBlocks(
        'ban',
        [
          'ROME (Reuters) - Italian cyclist Marco Vellani has been banned for four years after testing positive for EPO.',
          'The 29-year-old climber, who rides for the Belgian team Corvanta, was also stripped of two stage wins.',
          'Vellani denied taking any banned substance, his lawyer said.',
          "Vellani's younger brother, Luca Vellani, who rides for the development team Corvanta Next, was not implicated.",
        ].join('\n\n'),
      ),
    );
    const answer = answerAsk([ban], 'Which team did Vellani ride for?');
    expect(answer.kind === 'ask' && answer.quotes[0]!.text).toMatch(/Belgian team Corvanta/);
  });
});

describe('answerAsk by the words news uses for the same thing', () => {
  it('answers "Who is the competitor?" with the sentence saying whom it competes with', () => {
    const startup = prepareArticle(
      articleFromBlocks(
        'startup',
        [
          'NAIROBI (Reuters) - Farm-data startup Grainfield has raised $85 million, it said on Tuesday.',
          'The company sells yield forecasts to seed makers and lenders.',
          'Grainfield competes with Cropwise, a California company that raised $120 million last year.',
        ].join('\n\n'),
      ),
    );
    const answer = answerAsk([startup], "Who is Grainfield's competitor?");
    expect(answer.kind === 'ask' && answer.quotes[0]!.text).toMatch(/competes with Cropwise/);
  });
});

describe('answerAsk never ends inside a quotation', () => {
  const prepared = prepareArticle(
    articleFromBlocks(
      'court',
      [
        'Deputy District Attorney Samuel Kwon asked for the full 12 years.',
        '"This was not a panic. This was a plan," Kwon said outside the courtroom.',
      ].join('\n\n'),
    ),
  );

  it('quotes a quotation to its end when the answer opens it', () => {
    const answer = answerAsk([prepared], 'What did Kwon say outside the courtroom?');
    expect(answer.kind === 'ask' && answer.quotes.map((quote) => quote.text)).toEqual(['"This was not a panic. This was a plan," Kwon said outside the courtroom.']);
    const [quote] = answer.kind === 'ask' ? answer.quotes : [];
    expect(quote!.highlights.map(([start, end]) => quote!.text.slice(start, end))).toContain('Kwon');
  });
});

describe('answerAsk for a figure the best sentence lacks', () => {
  const prepared = prepareArticle(
    articleFromBlocks(
      'poll',
      [
        'The prime minister has faced falling approval ratings since taking office in October. A Kyodo poll this month put support for the cabinet at 31 percent.',
        'The opposition welcomed the poll.',
      ].join('\n\n'),
    ),
  );

  it('quotes the next sentence of the paragraph when it holds the kind of figure asked for', () => {
    const answer = answerAsk([prepared], "What is the prime minister's approval rating?");
    expect(answer.kind === 'ask' && answer.quotes.map((quote) => quote.text)).toEqual([
      'The prime minister has faced falling approval ratings since taking office in October. A Kyodo poll this month put support for the cabinet at 31 percent.',
    ]);
  });
});

describe('answerAsk on a person\'s age', () => {
  const prepared = prepareArticle(
    articleFromBlocks(
      'ages',
      [
        'CLAYTON, Ohio (AP) — A jury on Friday convicted former landlord Victor Slade of arson.',
        'Jurors voted 12-0 to convict Slade, 61, on both counts after two days.',
        'The cast includes Nora Whitlock (lead, 34) and the 72-year-old actor Bernard Quaid.',
        'Judge Helen Marsh said sentencing would follow in May.',
      ].join('\n\n'),
    ),
  );
  const first = (question: string): string | undefined => {
    const answer = answerAsk([prepared], question);
    return answer.kind === 'ask' ? answer.quotes[0]?.text : answer.kind === 'not-found' ? `not found: ${answer.message}` : answer.kind;
  };

  it('quotes the sentence giving the age beside the name, however the name is written', () => {
    expect(first('How old is Victor Slade?')).toMatch(/^Jurors voted 12-0 to convict Slade, 61/);
    expect(first("What is Nora Whitlock's age?")).toMatch(/Nora Whitlock \(lead, 34\)/);
    expect(first('How old is Quaid?')).toMatch(/72-year-old actor Bernard Quaid/);
  });

  it('tells a brother\'s age from the player\'s, and reads "the 21-year-old" standing for the one named', () => {
    const transfer = prepareArticle(
      articleFromBlocks(
        'transfer',
        [
          'Northfield signed midfielder Tomas Varga on Thursday, making the 21-year-old the costliest player in the club\'s history.',
          'Varga scored 14 goals last season.',
          'Varga\'s older brother, Pavel Varga, 25, plays as a defender.',
        ].join('\n\n'),
      ),
    );
    const age = (question: string): string | undefined => {
      const answer = answerAsk([transfer], question);
      return answer.kind === 'ask' ? answer.quotes[0]?.text : answer.kind;
    };
    expect(age('How old is Varga?')).toMatch(/^Northfield signed midfielder Tomas Varga/);
    const laureates = prepareArticle(
      articleFromBlocks(
        'prize',
        ['The prize goes to Professor Henrik Vogel of ETH Zurich and Dr. Lena Vogel of Copenhagen.', 'Professor Vogel, 57, said the work was his students\'.'].join('\n\n'),
      ),
    );
    const shark = prepareArticle(
      articleFromBlocks('shark', ['A 17-year-old surfer was bitten by a shark on Sunday.', 'Fellow surfer Liam Beck, 29, helped him to shore.'].join('\n\n')),
    );
    const surfer = answerAsk([shark], 'How old was the surfer?');
    expect(surfer.kind === 'ask' && surfer.quotes[0]!.text).toMatch(/^A 17-year-old surfer was bitten/);
    const henrik = answerAsk([laureates], 'How old is Henrik Vogel?');
    expect(henrik.kind === 'ask' && henrik.quotes[0]!.text).toMatch(/^Professor Vogel, 57/);
    const record = prepareArticle(
      articleFromBlocks('record', ['Swimmer Ada Obi broke the world record on Sunday.', 'The 19-year-old took half a second off the mark set by Mia Long.'].join('\n\n')),
    );
    const mentor = prepareArticle(articleFromBlocks('mentor', ['Chef Lea Roux trained under Jean-Luc Marchal at Maison Marchal.', 'Marchal, now 71 and retired in Lyon, remembers her well.'].join('\n\n')));
    const marchal = answerAsk([mentor], 'How old is Marchal?');
    expect(marchal.kind === 'ask' && marchal.quotes[0]!.text).toMatch(/^Marchal, now 71/);
    expect(answerAsk([mentor], "Who is Roux's coach?")).toMatchObject({ message: "The article does not name Roux's coach." });
    expect(answerAsk([mentor], "Who is the chef's coach?")).toMatchObject({ message: "The article does not name the chef's coach." });
    const answer = answerAsk([record], 'How old is Obi?');
    expect(answer.kind === 'ask' && answer.quotes.map((quote) => quote.citation.paragraph)).toEqual([1, 2]);
    expect(age('How old is Pavel Varga?')).toMatch(/Pavel Varga, 25/);
    // Named first, beside a rival, she is who "the 23-year-old" is.
    const final = prepareArticle(
      articleFromBlocks('final', ['Daria Koval of Ukraine won the title on Saturday, beating Giulia Marchi 6-4, 3-6, 7-5.', 'The 23-year-old, seeded fourth, broke serve in the 11th game.'].join('\n\n')),
    );
    const koval = answerAsk([final], 'How old is Koval?');
    expect(koval.kind === 'ask' && koval.quotes.map((quote) => quote.citation.paragraph)).toEqual([1, 2]);
    expect(answerAsk([final], 'How old is Marchi?')).toMatchObject({ kind: 'not-found' });
  });

  it('reads "X, the 27-year-old Swede" and "How old was X when she died?"', () => {
    const final = prepareArticle(
      articleFromBlocks(
        'final',
        [
          'MELBOURNE (Reuters) - Erik Lind lost the final on Sunday.',
          'Lind, the 27-year-old Swede who had not dropped a set, struggled with a blister.',
          'LOS ANGELES (AP) - The actress Ada Vale died Sunday at her home. She was 84.',
          'Her death was caused by pneumonia, her publicist said.',
        ].join('\n\n'),
      ),
    );
    const lind = answerAsk([final], 'How old is Lind?');
    expect(lind.kind === 'ask' && lind.quotes[0]!.text).toMatch(/^Lind, the 27-year-old Swede/);
    const vale = answerAsk([final], 'How old was Ada Vale when she died?');
    expect(vale.kind === 'ask' && vale.quotes.map((quote) => quote.text).join(' ')).toMatch(/She was 84\./);
  });

  it('quotes the answer, then the sentence of another paragraph naming whom its pronoun stands for, past another pronoun', () => {
    const obituary = prepareArticle(
      articleFromBlocks('obituary', ['LOS ANGELES (AP) - The actress Ada Vale died Sunday at her home in Santa Barbara. She was 84.', 'Her death was caused by complications of pneumonia, her publicist said.'].join('\n\n')),
    );
    const answer = answerAsk([obituary], 'What did she die of?');
    expect(answer.kind === 'ask' && answer.quotes.map((quote) => quote.text)).toEqual([
      'Her death was caused by complications of pneumonia, her publicist said.',
      'LOS ANGELES (AP) - The actress Ada Vale died Sunday at her home in Santa Barbara.',
    ]);
    // The naming sentence holds the day asked for, the answer sentence none: it stays first.
    const when = answerAsk([obituary], 'When did she die?');
    expect(when.kind === 'ask' && when.quotes[0]!.text).toMatch(/died Sunday/);
  });

  it('reads "She was 87." after the sentence naming her, and "she" as the story\'s subject', () => {
    const obituary = prepareArticle(
      articleFromBlocks(
        'obituary',
        [
          'Ruth Calder, a geologist who mapped the seabed, died on Sunday at her home. She was 91.',
          'Her colleague Tom Weir said she was tireless.',
          'Anna Berg, a former student, died in 2019 at the age of 64.',
        ].join('\n\n'),
      ),
    );
    const ask = (question: string): string[] => {
      const answer = answerAsk([obituary], question);
      return answer.kind === 'ask' ? answer.quotes.map((quote) => quote.text) : [answer.kind];
    };
    expect(ask('How old was Ruth Calder?')).toEqual(['Ruth Calder, a geologist who mapped the seabed, died on Sunday at her home. She was 91.']);
    expect(ask('How old was she?')).toEqual(ask('How old was Ruth Calder?'));
    expect(ask('How old was Anna Berg?')).toEqual(['Anna Berg, a former student, died in 2019 at the age of 64.']);
  });

  it('says so when the article gives no age for the person asked', () => {
    expect(first('How old is Judge Marsh?')).toBe("not found: The article does not give Helen Marsh's age.");
  });
});

describe('answerAsk on what a relative of someone said', () => {
  const prepared = prepareArticle(
    articleFromBlocks(
      'relatives',
      [
        'CLAYTON, Ohio (AP) — A jury on Friday convicted former landlord Victor Slade of arson.',
        '"We respect the verdict," said Dana Kerr, Slade\'s defence attorney.',
        'Ellen Voss, the sister of one of the victims, said the family had waited two years.',
      ].join('\n\n'),
    ),
  );

  it('never answers with the words of the person whose relative is asked for', () => {
    const answer = answerAsk([prepared], "What did Slade's wife say?");
    expect(answer).toMatchObject({ kind: 'not-found', message: "The article does not quote Slade's wife." });
  });

  it('finds a source by the role noun typed when the rest of the description is the asker\'s own ("the sceptical attorney")', () => {
    const answer = answerAsk([prepared], 'What did the sceptical attorney say?');
    expect(answer.kind === 'ask' && answer.quotes[0]?.citation.speaker).toBe('Dana Kerr');
  });

  it('says the article does not quote a person it names but credits with no words, not a namesake\'s words', () => {
    const family = prepareArticle(
      articleFromBlocks(
        'namesakes',
        [
          'Photographer Nadia Ferrante opened her show in Leeds on Friday.',
          'Asked about the colour work, Ferrante said she had wanted a kinder light.',
          'Her partner, the filmmaker Tomas Ferrante, made a short film for a side room.',
        ].join('\n\n'),
      ),
    );
    expect(answerAsk([family], 'What did Tomas Ferrante say?')).toMatchObject({ kind: 'not-found', message: 'The article does not quote Tomas Ferrante.' });
    const nadia = answerAsk([family], 'What did Nadia Ferrante say?');
    expect(nadia.kind === 'ask' && nadia.quotes[0]?.text).toContain('kinder light');
  });

  it('still finds a relative or aide the article does quote', () => {
    const attorney = answerAsk([prepared], "What did Slade's attorney say?");
    expect(attorney.kind === 'ask' && attorney.quotes[0]?.citation.speaker).toBe('Dana Kerr');
  });
});

describe('answerAsk on figures the article does or does not give', () => {
  const prepared = prepareArticle(
    articleFromBlocks(
      'figures',
      [
        'LOS ANGELES (AP) — The storm drama opened to $48 million in North America this weekend, the studio said.',
        'Audiences gave the film a "B+" Zorbascore, and most ticket buyers were over 25.',
        'Its director, Lena Moss, said she had shot the sea scenes in a water tank in Malta.',
        'The studio raised its forecast by 10 percent after the opening.',
      ].join('\n\n'),
    ),
  );

  it('declines "how much" when the sentence that matches holds no sum of money', () => {
    expect(answerAsk([prepared], 'How much did Lena Moss earn from the film?').kind).toBe('not-found');
    const raised = answerAsk([prepared], 'By how much did the studio raise its forecast?');
    expect(raised.kind === 'ask' && raised.quotes[0]!.text).toMatch(/raised its forecast by 10 percent/);
    const opening = answerAsk([prepared], 'How much did the film make this weekend?');
    expect(opening.kind === 'ask' && opening.quotes[0]!.text).toMatch(/\$48 million/);
  });

  it('answers about a word no word list knows ("Zorbascore") by the sentence that has it', () => {
    const answer = answerAsk([prepared], 'What was the Zorbascore?');
    expect(answer.kind === 'ask' && answer.quotes[0]!.text).toMatch(/"B\+" Zorbascore/);
  });
});

describe('answerAsk on a paragraph opened by a short lead-in', () => {
  const prepared = prepareArticle(
    articleFromBlocks(
      'lead-in',
      [
        'The coalition won 40 percent of the vote on Sunday.',
        'Neighbours were quick to respond. The Danish prime minister, Ida Holm, called the result "a clear mandate."',
      ].join('\n\n'),
    ),
  );

  it('quotes the reason after a sentence that only repeats a "why" question', () => {
    const cafe = prepareArticle(
      articleFromBlocks('cafe', ['The café seats 22.', '"People ask me why we take no bookings," Ana Reis said. "The truth is that we like the queue."'].join('\n\n')),
    );
    const answer = answerAsk([cafe], "Why doesn't the café take bookings?");
    expect(answer.kind === 'ask' && answer.quotes.map((quote) => quote.text).join(' ')).toContain('The truth is that we like the queue.');
  });

  it('quotes the sentence after a heading-like opening, which says what it announces', () => {
    const answer = answerAsk([prepared], 'How did the neighbours respond?');
    expect(answer.kind === 'ask' && answer.quotes.map((quote) => quote.text)).toEqual([
      'Neighbours were quick to respond.',
      'The Danish prime minister, Ida Holm, called the result "a clear mandate."',
    ]);
  });
});

describe('answerAsk on a news story without a dateline', () => {
  const prepared = prepareArticle(
    articleFromBlocks(
      'match',
      [
        "Harbour United moved three points clear at the top of the league on Saturday after Tom Reed's late header sealed a 2-1 win over Castle Rovers.",
        'Castle had gone ahead in the 12th minute through a free kick.',
        '"We never stopped believing," Harbour manager Ann Doyle said. "This group wants to win every game."',
        '"We created more chances. On another day we win this game," said Castle captain Leo Marsh.',
      ].join('\n\n'),
    ),
  );

  it("reads a lead that names the day as the story's gist", () => {
    const answer = answerAsk([prepared], 'Who won the match?');
    expect(answer.kind === 'ask' && answer.quotes[0]!.citation.paragraph).toBe(1);
  });
});

describe('answerAsk for a final score', () => {
  it('quotes the sentence with the score over one with another figure', () => {
    const final = prepareArticle(
      articleFromBlocks(
        'final',
        [
          'MELBOURNE — Daniel Okafor won the Australian Open on Sunday, beating Erik Lind 6-7 (4), 6-3, 7-5 in the final.',
          'Okafor hit 41 aces, breaking the record for an Australian Open final, and won 88 percent of his first-serve points.',
          'Lind, the top seed, struggled with a blister.',
        ].join('\n\n'),
      ),
    );
    const answer = answerAsk([final], 'What was the final score of the match?');
    expect(answer.kind === 'ask' && answer.quotes[0]!.text).toMatch(/6-7 \(4\), 6-3, 7-5/);
  });

  it('answers "What was the score?", which names nothing else, with the first sentence giving a result', () => {
    const cup = prepareArticle(
      articleFromBlocks('cup', ['Harbour City won the National Cup on Saturday, beating Northgate 2-1 in front of 78,412 fans.', 'Striker Tomas Brandt opened the scoring in the 23rd minute.'].join('\n\n')),
    );
    const answer = answerAsk([cup], 'What was the score?');
    expect(answer.kind === 'ask' && answer.quotes[0]!.text).toMatch(/beating Northgate 2-1/);
  });
});

describe('answerAsk for a tally, a title and the weather', () => {
  it('answers "What was the vote?" with the tally, "What is the finale called?" with its title, and the weather with the conditions', () => {
    const ruling = prepareArticle(
      articleFromBlocks('ruling', ['WASHINGTON — The Supreme Court on Monday ruled 6-3 for the inventor.', 'Justice Maria Lopez wrote the opinion.'].join('\n\n')),
    );
    const finale = prepareArticle(
      articleFromBlocks('finale', ['The drama ended on Sunday night on BBC One.', 'The finale, titled "Slack Water," runs 75 minutes.'].join('\n\n')),
    );
    const race = prepareArticle(
      articleFromBlocks('race', ['Anna Berg won the marathon on Sunday in a course record.', 'Conditions were close to ideal, with a temperature of 9 degrees Celsius at the start.'].join('\n\n')),
    );
    const first = (article: typeof ruling, question: string): string | false => {
      const answer = answerAsk([article], question);
      return answer.kind === 'ask' && answer.quotes[0]!.text;
    };
    expect(first(ruling, 'What was the vote?')).toMatch(/ruled 6-3/);
    expect(first(finale, 'What is the finale called?')).toMatch(/Slack Water/);
    expect(first(race, 'What were conditions like?')).toMatch(/9 degrees/);
  });
});

describe('answerAsk for who holds a post', () => {
  const final = prepareArticle(
    articleFromBlocks(
      'final',
      [
        'HARBOR CITY — The Harbor City Gulls won the title on Sunday, beating Ridgeport 104-97.',
        'Gulls coach Patricia Holloway, in her third season, became the first woman to win it.',
        'Ridgeport coach Walter Brandt praised the Gulls but said his team had been worn down.',
        'The weather office warned of storms. Ram Shrestha, the chief district officer, said roads were shut.',
      ].join('\n\n'),
    ),
  );
  const first = (question: string): string | false => {
    const answer = answerAsk([final], question);
    return answer.kind === 'ask' && answer.quotes[0]!.text;
  };

  it('answers "Who coaches the Gulls?" as "Who is the Gulls coach?"', () => {
    expect(first('Who coaches the Gulls?')).toMatch(/^Gulls coach Patricia Holloway/);
    expect(first('Who coaches Ridgeport?')).toMatch(/^Ridgeport coach Walter Brandt/);
  });

  it('does not take "the weather office" for an officer', () => {
    expect(first('What did the weather office warn?')).toMatch(/^The weather office warned/);
  });
});

describe('answerAsk for "Who were the victims?"', () => {
  it('quotes the sentence naming them', () => {
    const trial = prepareArticle(
      articleFromBlocks(
        'trial',
        [
          'CEDAR RAPIDS, Iowa — A jury on Wednesday found Dylan Mercer guilty of killing two students and a teacher.',
          'The jury deliberated for about nine hours.',
          'The victims were Emma Larkin, 15, Jayden Ruiz, 16, and Thomas Alvarez, 47, a chemistry teacher.',
        ].join('\n\n'),
      ),
    );
    const answer = answerAsk([trial], 'Who were the victims?');
    expect(answer.kind === 'ask' && answer.quotes[0]!.text).toMatch(/^The victims were Emma Larkin/);
  });
});

describe('answerAsk for the dead and the injured', () => {
  it('answers "died" with the killings, not a "Fire Department", and "injured" with who was taken to hospital', () => {
    const collapse = prepareArticle(
      articleFromBlocks(
        'bridge',
        [
          'LOUISVILLE, Ky. (AP) — A section of a bridge over the Ohio River collapsed on Tuesday, sending 14 vehicles into the water and killing seven people, officials said.',
          'Another 23 people were taken to hospitals, four of them in critical condition, according to the Louisville Fire Department.',
        ].join('\n\n'),
      ),
    );
    const first = (question: string): number | false => {
      const answer = answerAsk([collapse], question);
      return answer.kind === 'ask' && answer.quotes[0]!.citation.paragraph;
    };
    expect(first('How many people died?')).toBe(1);
    expect(first('How many people were injured?')).toBe(2);
  });
});

describe('answerAsk for "Who won?"', () => {
  it('answers with the lead that names the winner, not a later sentence that only shares the word', () => {
    const match = prepareArticle(
      articleFromBlocks(
        'chess',
        [
          "SINGAPORE — Nigeria's Chidi Okafor became world chess champion on Sunday, beating Sweden's Erik Lindqvist in a tie-break.",
          'The decisive game lasted just under an hour.',
          'Lindqvist, 31, had been the favourite after winning the Candidates Tournament in Madrid last year.',
          '"He will win more of these," said Anna Berg, a former champion.',
        ].join('\n\n'),
      ),
    );
    const answer = answerAsk([match], 'who won?');
    expect(answer.kind === 'ask' && answer.quotes[0]!.citation.paragraph).toBe(1);
  });

  it('answers "Who won the fight?" with the lead, not the loser saying he "was winning that fight"', () => {
    const fight = prepareArticle(
      articleFromBlocks(
        'fight',
        [
          'NEW YORK — Chidi Okafor knocked out Mateo Reyes in the ninth round on Saturday night to win the WBC heavyweight title.',
          'The crowd of 19,000 stood for the last three rounds.',
          '"He caught me clean," Reyes told ESPN. "I want the rematch. I think I was winning that fight."',
        ].join('\n\n'),
      ),
    );
    const answer = answerAsk([fight], 'Who won the fight?');
    expect(answer.kind === 'ask' && answer.quotes[0]!.citation.paragraph).toBe(1);
  });

  it('leaves "Who was second?" to the sentence saying so, not a lead with "minutes" (a loose synonym)', () => {
    const race = prepareArticle(
      articleFromBlocks(
        'race',
        ["ROTTERDAM — Kenya's Daniel Kiprotich won the marathon on Sunday in 2 hours, 0 minutes and 19 seconds.", 'The crowd was large.', "Ethiopia's Tadesse Bekele finished second in 2:02:41."].join('\n\n'),
      ),
    );
    const answer = answerAsk([race], 'Who was second?');
    expect(answer.kind === 'ask' && answer.quotes[0]!.citation.paragraph).toBe(3);
  });
});

describe('answerAsk for a place in a race', () => {
  it('answers "Who was second?" with who finished second, not with "seconds" off a record', () => {
    const race = prepareArticle(
      articleFromBlocks(
        'race',
        ['Maria Lopez won the city marathon on Sunday in a course record.', 'She took 16 seconds off the previous mark.', 'Anna Berg finished second, a minute behind.'].join('\n\n'),
      ),
    );
    const answer = answerAsk([race], 'Who was second?');
    expect(answer.kind === 'ask' && answer.quotes[0]!.text).toMatch(/Anna Berg finished second/);
  });
});

describe('answerAsk for the crowd and the venue of an event', () => {
  const match = prepareArticle(
    articleFromBlocks(
      'match',
      [
        'Eastport won the county championship on Sunday, beating Millbrook 3-1 at Riverside Stadium.',
        '"I have waited ten years for this," said captain Joel Amani, who scored twice.',
        'A crowd of 23,406 watched Millbrook take the lead before half-time.',
        'Fans later gathered outside City Hall, where the mayor played the club anthem.',
      ].join('\n\n'),
    ),
  );
  const first = (question: string): string | false => {
    const answer = answerAsk([match], question);
    return answer.kind === 'ask' && answer.quotes[0]!.text;
  };

  it.each(['How many people attended?', 'How big was the crowd?', 'What was the attendance?', 'How many fans watched the final?'])('answers "%s" with the sentence counting the crowd', (question) => {
    expect(first(question)).toMatch(/A crowd of 23,406/);
  });

  it.each(['Where was the game played?', 'Where was the final held?', "Where was Sunday's match played?"])('answers "%s" with the sentence naming the venue', (question) => {
    expect(first(question)).toMatch(/at Riverside Stadium/);
  });

  it('leaves a question about the next event to ranking', () => {
    const withNext = prepareArticle(articleFromBlocks('next', [...match.article.paragraphs.map((paragraph) => paragraph.text), 'Next year the final moves to Lisbon.'].join('\n\n')));
    const answer = answerAsk([withNext], 'Where will the next final be held?');
    expect(answer.kind === 'ask' && answer.quotes[0]!.text).toMatch(/Lisbon/);
  });

  it('counts "in front of 78,412 fans" and "a crowd that police estimated at 4,000 people" as crowds', () => {
    const rally = prepareArticle(
      articleFromBlocks('rally', ['The mayor opened the park on Saturday.', 'She spoke in front of a crowd that police estimated at 4,000 people.'].join('\n\n')),
    );
    const answer = answerAsk([rally], 'How many people attended?');
    expect(answer.kind === 'ask' && answer.quotes[0]!.text).toMatch(/estimated at 4,000/);
  });
});

describe('answerAsk for a figure the lead does not hold', () => {
  it('quotes the sentence with the price over a lead about the same drug', () => {
    const drug = prepareArticle(
      articleFromBlocks(
        'drug',
        [
          'WASHINGTON (Reuters) - U.S. regulators on Tuesday approved Lumora, a monthly injection that slows memory decline.',
          'Lumora slowed decline by 31% over 18 months in a trial of 1,740 patients, the company said.',
          'The chief executive said the company would list the drug at $28,500 a year, below the price of rival treatments.',
        ].join('\n\n'),
      ),
    );
    const answer = answerAsk([drug], 'How much will Lumora cost?');
    expect(answer.kind === 'ask' && answer.quotes[0]!.text).toMatch(/\$28,500/);
  });
});

describe('answerAsk for a measure the best sentence lacks', () => {
  it('quotes the sentence with the speed over one that only says "too fast"', () => {
    const train = prepareArticle(
      articleFromBlocks(
        'train',
        [
          'HALVORSEN JUNCTION — Seven people were killed and 41 injured when an express train left the tracks on Sunday, the operator said.',
          'Data from the locomotive showed the train was travelling at 132 kilometres per hour on track limited to 80 km/h.',
          '"It felt like the train was going much too fast," said Ruth Okafor, a passenger.',
        ].join('\n\n'),
      ),
    );
    const answer = answerAsk([train], 'How fast was the train going?');
    expect(answer.kind === 'ask' && answer.quotes[0]!.text).toMatch(/132 kilometres per hour/);
  });
});

describe('answerAsk for a name that shares a word with another', () => {
  it('quotes the sentence naming the prize asked about over a lead naming its sister prize', () => {
    const festival = prepareArticle(
      articleFromBlocks(
        'festival',
        [
          'BERLIN (AP) — Chilean director Rosa Quintero won the Golden Bear at the Berlin film festival on Saturday for "The Salt Roads".',
          'Quintero, 38, is the first Chilean to win the top prize.',
          'The jury, led by actor Tomas Wirth, praised the film as "patient and furious".',
          'The Silver Bear for best director went to Korean filmmaker Han Ji-woo for the war drama "Embers".',
          'Han thanked his crew in a short speech.',
        ].join('\n\n'),
      ),
    );
    const answer = answerAsk([festival], 'Who won the Silver Bear?');
    expect(answer.kind === 'ask' && answer.quotes[0]!.text).toMatch(/^The Silver Bear for best director/);
    const golden = answerAsk([festival], 'Who won the Golden Bear?');
    expect(golden.kind === 'ask' && golden.quotes[0]!.text).toMatch(/Rosa Quintero won the Golden Bear/);
  });

  it('quotes the namesake asked about over the one the best sentence names', () => {
    const vote = prepareArticle(
      articleFromBlocks(
        'vote',
        [
          'SALEM (AP) — The state Senate passed a $17 minimum wage on Thursday after four hours of debate.',
          'State Senator Robert Hale, the Democrat who wrote the bill, voted for it and said the vote showed that patience had run out.',
          'Assemblyman Peter Hale, his brother and a Republican, has said he will vote against the measure in the lower house.',
          'Peter Hale told reporters that small businesses in rural counties would be hit hardest.',
        ].join('\n\n'),
      ),
    );
    const answer = answerAsk([vote], 'How did Peter Hale vote?');
    expect(answer.kind === 'ask' && answer.quotes[0]!.text).toMatch(/^Assemblyman Peter Hale/);
  });
});

describe('answerAsk for a count of something one sentence names', () => {
  it('quotes "Four stars out of five." for "How many stars …?" over a lead that counts other things', () => {
    const review = prepareArticle(
      articleFromBlocks(
        'review',
        [
          'LEEDS — The four-piece, led by singer Ana Ruiz, released their third album on Friday, recorded over six weeks in a chapel.',
          'On it, released by Kestrel Records, they finally sound like the band their fans hoped for.',
          'The songs are tighter than before, and the drumming is the best on any record this year.',
          'Verdict: the sound of a good band becoming a great one. Four stars out of five.',
        ].join('\n\n'),
      ),
    );
    const answer = answerAsk([review], 'How many stars did the album get?');
    expect(answer.kind === 'ask' && answer.quotes[0]!.text).toBe('Four stars out of five.');
  });
});

describe('answerAsk for a reaction and for a quote opening its paragraph', () => {
  const bank = prepareArticle(
    articleFromBlocks(
      'bank',
      [
        'OSLO (Reuters) - The central bank raised its key rate to 4.75 percent on Thursday, its fifth rise in a year.',
        'The currency, the krona, rose 0.6 percent against the euro after the announcement.',
        '"The governor sent a clear message that the bank is not done," said Sofia Berg, an economist at Nordbank.',
        'The cause of the rise in prices is under review.',
        '"It is far too early to say what happens next," said Ola Dahl, a board member.',
      ].join('\n\n'),
    ),
  );

  it('quotes the figure for how a market reacted, not the next quotation', () => {
    const answer = answerAsk([bank], 'How did the krona react to the rate rise?');
    expect(answer.kind === 'ask' && answer.quotes[0]!.text).toMatch(/krona, rose 0\.6 percent/);
  });

  it('quotes the speaker first, not the paragraph before their quote', () => {
    const answer = answerAsk([bank], 'Who said it was far too early to say what happens next?');
    expect(answer.kind === 'ask' && answer.quotes.map((quote) => quote.text)).toEqual(['"It is far too early to say what happens next," said Ola Dahl, a board member.']);
  });
});

describe('answerAsk for the words of someone who declined to comment', () => {
  it('quotes the refusal, not another speaker sharing the surname', () => {
    const strike = prepareArticle(
      articleFromBlocks(
        'strike',
        [
          'DETROIT (Reuters) - Workers at the Veltra plant entered a ninth day on strike on Monday.',
          'Her co-worker, Dwayne Foster, said morale remained high. His brother, Kevin Foster, a supervisor, has kept working.',
          'Kevin Foster declined to comment.',
        ].join('\n\n'),
      ),
    );
    const answer = answerAsk([strike], 'What did Kevin Foster say?');
    expect(answer.kind === 'ask' && answer.quotes.map((quote) => quote.text)).toEqual(['Kevin Foster declined to comment.']);
  });
});

describe('answerAsk for a body quoted as itself', () => {
  it('quotes "the union said", not the union representative', () => {
    const cuts = prepareArticle(
      articleFromBlocks(
        'cuts',
        [
          'SAN JOSE (Reuters) - Norvale Systems said on Tuesday it would cut 1,200 jobs despite record profit.',
          '"Workers who built these profits are being thrown away," the union said in a statement.',
          'Carla Mendes, a union representative at the Oregon plant, said members were angry.',
        ].join('\n\n'),
      ),
    );
    const answer = answerAsk([cuts], 'What did the union say?');
    expect(answer.kind === 'ask' && answer.quotes[0]!.text).toMatch(/the union said in a statement/);
  });
});

describe('answerAsk never takes words introduced by a colon for a label', () => {
  it('does not answer "Who said the police were investigating?" with another article\'s "He said: …"', () => {
    const nhs = prepareArticle(articleFromBlocks('nhs', ['LONDON (CNN) - Britons defended the health service on Monday.', 'He said: "The NHS should be scrapped."'].join('\n\n')));
    const crash = prepareArticle(articleFromBlocks('crash', ['DALLAS (AP) - A car hit a bus on Monday.', 'Police were investigating the cause, a spokesman said.'].join('\n\n')));
    const answer = answerAsk([nhs, crash], 'Who said the police were investigating?');
    expect(answer.kind === 'ask' && answer.quotes[0]!.citation.articleId).toBe('crash');
  });
});

describe('answerAsk for the name of a thing', () => {
  it('answers "What is the name of the village?" and "… the water utility?" with the sentence naming it', () => {
    const slide = prepareArticle(
      articleFromBlocks(
        'slide',
        [
          'JAKARTA (AFP) - A landslide killed 14 people after days of rain, officials said on Monday.',
          'Rescuers pulled 31 people alive from the mud in the village of Cibeureum, the disaster agency said.',
          'The utility, Cape Water, said the dams were low.',
          'The survivors were taken on Tuesday aboard the passenger ferry Agia Marina to the mainland.',
        ].join('\n\n'),
      ),
    );
    const village = answerAsk([slide], 'What is the name of the village?');
    expect(village.kind === 'ask' && village.quotes[0]!.text).toMatch(/the village of Cibeureum/);
    const utility = answerAsk([slide], 'What is the name of the water utility?');
    expect(utility.kind === 'ask' && utility.quotes[0]!.text).toMatch(/^The utility, Cape Water/);
    const ferry = answerAsk([slide], 'What was the name of the ferry?');
    expect(ferry.kind === 'ask' && ferry.quotes[0]!.text).toMatch(/passenger ferry Agia Marina/);
  });

  it('answers "What is the name of the album/lander?" with "Title, her fourth album" or "the Vikrant-2 lander"', () => {
    const review = prepareArticle(
      articleFromBlocks(
        'review',
        ['The singer toured for two years before recording.', 'On Salt Lines, her fourth studio album, she barely needs to raise her voice.', 'The album is short.'].join('\n\n'),
      ),
    );
    const album = answerAsk([review], 'What is the name of the album?');
    expect(album.kind === 'ask' && album.quotes[0]!.text).toMatch(/^On Salt Lines, her fourth studio album/);
    const moon = prepareArticle(
      articleFromBlocks('moon', ['India set the Vikrant-2 lander down near the south pole on Friday.', 'A rover named Pragati rolled off the lander hours later.'].join('\n\n')),
    );
    const lander = answerAsk([moon], 'What is the name of the lander?');
    expect(lander.kind === 'ask' && lander.quotes[0]!.text).toMatch(/Vikrant-2 lander/);
  });
});

describe('answerAsk for a yes/no question', () => {
  const startup = prepareArticle(
    articleFromBlocks(
      'startup',
      [
        'NAIROBI (Reuters) - Farm-data startup Grainfield has raised $85 million from investors led by Ardent Capital, it said on Tuesday.',
        'The company sells yield forecasts to seed makers and lenders in six countries.',
        'The two founders, Ama Osei and Kofi Osei, started Grainfield in 2019. The two are not related.',
        'Ama Osei said the money would pay for an office in Lagos.',
      ].join('\n\n'),
    ),
  );

  it('declines when no sentence says what is asked of the subject, rather than quoting the lead that names it', () => {
    expect(answerAsk([startup], 'Is Ardent Capital a bank?').kind).toBe('not-found');
  });

  it('quotes the sentence saying it, after the one naming the subject ("The two are not related.")', () => {
    const answer = answerAsk([startup], 'Are Ama Osei and Kofi Osei related?');
    expect(answer.kind === 'ask' && answer.quotes.map((quote) => quote.text)).toEqual([
      'The two founders, Ama Osei and Kofi Osei, started Grainfield in 2019. The two are not related.',
    ]);
  });

  it('keeps an answer beyond the lead that names the subject ("Is X injured?" → "X is in pain, but …")', () => {
    const stage = prepareArticle(
      articleFromBlocks(
        'stage',
        ['LUCHON, France (AP) - Dutch rider Sem van Dijk won the 14th stage of the Tour on Saturday.', 'Pieter Janssen fell on the descent. "Pieter is in pain, but there are no fractures," said Marc Delorme, the team doctor.'].join('\n\n'),
      ),
    );
    const answer = answerAsk([stage], 'Is Pieter Janssen injured?');
    expect(answer.kind === 'ask' && answer.quotes.map((quote) => quote.text).join(' ')).toMatch(/no fractures/);
  });

  it('reads "Could you tell me how many …?" as the question inside it', () => {
    const answer = answerAsk([startup], 'Could you tell me how many countries the company sells in?');
    expect(answer.kind === 'ask' && answer.quotes[0]!.text).toMatch(/six countries/);
  });
});

describe('answerAsk for a reason the lead does not give', () => {
  it('quotes the sentence giving a cause ("because …") over a lead that only tells what happened', () => {
    const attack = prepareArticle(
      parseRawText(
        [
          'Ransomware attack cripples hospital chain',
          'TOLEDO, Ohio — A ransomware attack crippled computer systems across Lakeview Health Partners on Tuesday, forcing the eight-hospital chain to divert ambulances from three of its emergency rooms and postpone hundreds of elective surgeries.',
          'The chain said it had restored email and was working to bring patient records back online.',
          'Cybersecurity experts said the attack bore the hallmarks of a known ransomware group.',
          '"Hospitals are the perfect target because every minute of downtime can cost a life, and the criminals know it," said Dana Ruiz, a researcher at Ohio State University.',
        ].join('\n\n'),
        'attack.txt',
      ),
    );
    const answer = answerAsk([attack], 'Why are hospitals targeted by ransomware?');
    expect(answer.kind === 'ask' && answer.quotes[0]!.text).toMatch(/perfect target because/);
  });
});

describe('answerAsk for who did something', () => {
  const ferry = prepareArticle(
    parseRawText(
      [
        'Ferry sinks off island',
        'PIRAEUS, Greece (AP) — At least 14 people died after the ferry Agia Marina sank off the island of Kalos early on Sunday, the coast guard said.',
        'The ferry was carrying 187 passengers and 23 crew members when it began taking on water shortly after 2 a.m., according to the coast guard.',
        'The Agia Marina, built in 1991, was operated by Aegean Blue Lines, a company based in Piraeus.',
        'The company declined to name the contractor that had serviced the engines.',
      ].join('\n\n'),
      'ferry.txt',
    ),
  );

  it('quotes the sentence saying by whom ("was operated by X") for "Who operated …?" and "Who is the … operator?"', () => {
    for (const question of ['Who operated the ferry?', 'Who is the ferry operator?']) {
      const answer = answerAsk([ferry], question);
      expect(answer.kind === 'ask' && answer.quotes[0]!.text).toMatch(/operated by Aegean Blue Lines/);
    }
  });

  it('still says plainly when a company holding the role goes unnamed', () => {
    expect(answerAsk([ferry], 'Who was the contractor?')).toMatchObject({ kind: 'not-found', message: expect.stringContaining('does not name the contractor') });
  });
});

describe('answerAsk for a review\'s rating', () => {
  it('quotes the rating line for "What rating did the critic give?", though the article never says "rating"', () => {
    const concert = prepareArticle(
      articleFromBlocks(
        'concert',
        [
          'MANCHESTER — Glass Tide played to a sold-out crowd of 14,200 at the Meridian Arena on Saturday night.',
          'The sound in the upper tiers was muddy for the first half hour.',
          'It was not a perfect show, but it was the sound of a good band becoming a great one. Four stars out of five.',
        ].join('\n\n'),
      ),
    );
    const answer = answerAsk([concert], 'What rating did the critic give?');
    expect(answer.kind === 'ask' && answer.quotes[0]!.text).toBe('Four stars out of five.');
    const starred = prepareArticle(articleFromBlocks('starred', ['★★★★☆', 'The band played for two hours.', 'Four stars out of five.'].join('\n\n')));
    const stars = answerAsk([starred], 'What is the star rating?');
    expect(stars.kind === 'ask' && stars.quotes[0]!.text).toBe('Four stars out of five.');
  });
});

describe('answerAsk for who made something, of the one maker the article names', () => {
  const film = prepareArticle(
    articleFromBlocks(
      'film',
      [
        'There is a moment, about halfway through "The Last Lighthouse", when the keeper climbs the stairs and the film goes quiet.',
        'Director Saoirse Kell, whose debut won a prize at Sundance, has made a film that trusts its audience.',
        'The union leader, Joana Sousa, said the strike would go on.',
      ].join('\n\n'),
    ),
  );

  it('keeps "X plays Ruth" for "Who plays Ruth?" over "Ruth\'s brother, played by Y"', () => {
    const cast = prepareArticle(
      articleFromBlocks('cast', ['The film opened on Friday in 600 theaters.', 'Jessica Hale plays Ruth, a keeper\'s daughter.', "A subplot involving Ruth's brother, played by Colin Marsh, drags."].join('\n\n')),
    );
    const answer = answerAsk([cast], 'Who plays Ruth?');
    expect(answer.kind === 'ask' && answer.quotes[0]!.text).toMatch(/^Jessica Hale plays Ruth/);
  });

  it('answers "Who rode X?" with "X … was ridden by Y", not a sentence where another is ridden and X comes after', () => {
    const race = prepareArticle(
      articleFromBlocks(
        'race',
        [
          'Red Lantern, a 20-1 outsider ridden by Irish jockey Dara Finn, won the cup on Saturday, holding off Blue Kettle by two lengths.',
          'The gelding, trained by Moira Teel and owned by Sam Lyle, earned £500,000.',
          'Blue Kettle, the 10-1 second, was ridden by Cal Rooke and finished well clear.',
        ].join('\n\n'),
      ),
    );
    const ask = (question: string): string => {
      const answer = answerAsk([race], question);
      return answer.kind === 'ask' ? answer.quotes[0]!.text : answer.kind;
    };
    expect(ask('Who rode Blue Kettle?')).toMatch(/^Blue Kettle, the 10-1 second, was ridden by Cal Rooke/);
    expect(ask('Who rode Red Lantern?')).toMatch(/^Red Lantern, a 20-1 outsider ridden by/);
  });

  it('introduces the prosecutor an "Assistant U.S. Attorney" is for "Who prosecuted …?", and a host by "who hosted"', () => {
    const court = prepareArticle(
      articleFromBlocks(
        'court',
        [
          'A former adviser who stole $62 million from clients was sentenced on Thursday to 14 years in prison.',
          'Assistant U.S. Attorney Dana Kirk had asked for 18 years.',
          '"This is a fine day," said Prime Minister Ana Reis, who hosted the gathering in Lisbon.',
        ].join('\n\n'),
      ),
    );
    const first = (question: string): string => {
      const answer = answerAsk([court], question);
      return answer.kind === 'ask' ? answer.quotes[0]!.text : answer.kind;
    };
    expect(first('Who prosecuted the case?')).toMatch(/^Assistant U\.S\. Attorney Dana Kirk/);
    expect(first('Who is the host?')).toMatch(/who hosted the gathering/);
  });

  it('introduces the director for "Who directed …?" when no sentence says "directed by"', () => {
    const answer = answerAsk([film], 'Who directed The Last Lighthouse?');
    expect(answer.kind === 'ask' && answer.quotes[0]!.text).toMatch(/^Director Saoirse Kell/);
  });

  it('quotes "founded in 2016 by X" for "Who founded …?" over the one founder\'s quote', () => {
    const ipo = prepareArticle(
      articleFromBlocks(
        'ipo',
        [
          'NEW YORK (Reuters) - Shares of Veridian Systems jumped 38 percent in their Nasdaq debut on Thursday.',
          'Veridian was founded in 2016 by Anika Shah and her former classmate Marcus Lee.',
          '"We built it for the cloud," said Anika Shah, the founder and chief executive.',
        ].join('\n\n'),
      ),
    );
    const answer = answerAsk([ipo], 'Who founded Veridian?');
    expect(answer.kind === 'ask' && answer.quotes[0]!.text).toMatch(/founded in 2016 by Anika Shah/);
  });

  it('quotes "translated by X" for "Who translated the book?" over a sentence naming the translator\'s sister, and the film asked about', () => {
    const book = prepareArticle(
      articleFromBlocks(
        'book',
        [
          'The 62 poems are rendered into English with a calm that conceals feeling.',
          'The critic Helena Sousa, the translator\'s sister, called the book honest.',
          'Salt and Orchard by Ana Ferreira, translated by Miguel Sousa. Harbour Press, 96 pages.',
        ].join('\n\n'),
      ),
    );
    const translated = answerAsk([book], 'Who translated the book?');
    expect(translated.kind === 'ask' && translated.quotes[0]!.text).toMatch(/translated by Miguel Sousa/);
    const festival = prepareArticle(
      articleFromBlocks(
        'festival',
        [
          'VENICE — "The Salt Road," a slow drama about salt harvesters, won the Golden Lion on Saturday.',
          'The film, directed by Iranian filmmaker Nasrin Kazemi, was shot over fourteen months.',
          'The runner-up prize went to "Winter Harbour," a Norwegian thriller directed by Eskil Vogt.',
        ].join('\n\n'),
      ),
    );
    const directed = answerAsk([festival], 'Who directed Winter Harbour?');
    expect(directed.kind === 'ask' && directed.quotes[0]!.text).toMatch(/directed by Eskil Vogt/);
  });

  it('answers "Who conducts the orchestra?" as "Who is the orchestra conductor?"', () => {
    const ballet = prepareArticle(
      articleFromBlocks('ballet', ['The ballet opened on Friday.', 'The score is played live by the Sinfonia under conductor Anna Lewandowska.'].join('\n\n')),
    );
    const answer = answerAsk([ballet], 'Who conducts the orchestra?');
    expect(answer.kind === 'ask' && answer.quotes[0]!.text).toMatch(/under conductor Anna Lewandowska/);
  });

  it('introduces the one conductor for "Who conducted?"', () => {
    const opera = prepareArticle(
      articleFromBlocks('opera', ['The revival opened on Friday at the Northgate Opera House.', 'The conductor Ingrid Sørensen drives the score hard from the opening chords.'].join('\n\n')),
    );
    const answer = answerAsk([opera], 'Who conducted?');
    expect(answer.kind === 'ask' && answer.quotes[0]!.text).toMatch(/^The conductor Ingrid Sørensen/);
  });

  it('does not take the one leader for "Who led …?", which may be of anything', () => {
    const answer = answerAsk([film], 'Who led the police operation?');
    expect(answer.kind === 'ask' ? answer.quotes[0]!.text : answer.kind).not.toMatch(/Joana Sousa/);
  });
});

describe('answerAsk never starts a quote inside a quotation', () => {
  it('quotes a second sentence from its quotation\'s opening ("We warned them. Nobody listened," he said)', () => {
    const mine = prepareArticle(
      articleFromBlocks(
        'mine',
        [
          'LUSAKA (Reuters) - All 27 miners were rescued on Wednesday after four days trapped in a copper mine.',
          'It was the worst accident in the industry since 2019, when 12 miners died in a collapse.',
          '"We warned management in January. Nobody died this time, but nobody listened," Joseph Siame told the BBC.',
        ].join('\n\n'),
      ),
    );
    const answer = answerAsk([mine], 'Did anyone die?');
    const texts = answer.kind === 'ask' ? answer.quotes.map((quote) => quote.text) : [];
    expect(texts.some((text) => text.startsWith('Nobody'))).toBe(false);
  });
});

describe('answerAsk on what a thing is', () => {
  const outbreak = prepareArticle(
    articleFromBlocks(
      'definition',
      [
        'LILONGWE (Reuters) - A cholera outbreak has killed 41 people in three districts, officials said.',
        '"But cholera is preventable and treatable," said Dr. Samuel Okonkwo, a WHO official.',
        'Cholera, an acute diarrhoeal infection caused by contaminated water, can kill within hours if untreated.',
        'Okonkwo said vaccines had arrived.',
      ].join('\n\n'),
    ),
  );

  it('quotes the sentence defining it, not the first that names it', () => {
    const answer = answerAsk([outbreak], 'What is cholera?');
    expect(answer.kind === 'ask' && answer.quotes[0]?.text).toMatch(/^Cholera, an acute diarrhoeal infection/);
  });

  it('leaves a person and a thing no sentence defines to the other routes', () => {
    const person = answerAsk([outbreak], 'What is Okonkwo?');
    expect(person.kind === 'ask' && person.quotes[0]?.text).not.toMatch(/^Cholera/);
    const vaccine = answerAsk([outbreak], 'What is a vaccine?');
    expect(vaccine.kind === 'ask' ? vaccine.quotes[0]?.text : vaccine.kind).not.toMatch(/^Cholera/);
  });
});

describe('answerAsk on a stated number', () => {
  const landing = prepareArticle(
    articleFromBlocks(
      'landing',
      [
        'SHANNON, Ireland (AP) — A passenger jet made an emergency landing on Tuesday after an engine failed.',
        'Flight SK417 from Frankfurt to New York was carrying 214 passengers and 11 crew members.',
      ].join('\n\n'),
    ),
  );

  it('quotes the noun with its number for "What was the flight number?"', () => {
    const answer = answerAsk([landing], 'What was the flight number?');
    expect(answer.kind === 'ask' && answer.quotes[0]!.text).toMatch(/^Flight SK417/);
  });
});

describe('answerAsk on how much money', () => {
  const race = prepareArticle(
    articleFromBlocks(
      'race',
      [
        'BUDAPEST (Reuters) — Faith Kiptanui of Kenya won the 1,500 metres in 3:52.1 on Sunday, beating 11 rivals.',
        'The operator said the damage to the fence would cost "well into six figures" to repair.',
        'The victory earns Kiptanui prize money of 3.5 million Australian dollars.',
      ].join('\n\n'),
    ),
  );
  const first = (question: string): string => {
    const answer = answerAsk([race], question);
    return answer.kind === 'ask' ? answer.quotes[0]!.text : answer.kind;
  };

  it('quotes a sum, or one told in words, never a sentence with only times and counts', () => {
    expect(first('How much prize money did Kiptanui win?')).toMatch(/3\.5 million Australian dollars/);
    expect(first('How much will the damage cost?')).toMatch(/six figures/);
    expect(first('How much did the tickets cost?')).toBe('not-found');
  });
});

describe('answerAsk on what a review finds wanting', () => {
  const review = prepareArticle(
    articleFromBlocks(
      'review',
      [
        'The Harbour Players open their season with a revival of a 1950s comedy at the Lyceum.',
        'Not everything works. The second act drags, and the songs are forgettable.',
        'The first act is slow, with too much time spent on the set-up.',
        'For all that, it is a warm evening. Four stars.',
      ].join('\n\n'),
    ),
  );
  const first = (question: string): string => {
    const answer = answerAsk([review], question);
    return answer.kind === 'ask' ? answer.quotes.map((quote) => quote.text).join(' ') : answer.kind;
  };

  it('quotes the fault found, read on past "Not everything works.", and the one with what is named', () => {
    expect(first('What are the weaknesses of the show?')).toMatch(/^Not everything works\. The second act drags/);
    expect(first('What was wrong with the first act?')).toMatch(/^The first act is slow/);
  });

  it('reads "Four stars." alone as the rating, and quotes it with the judgement before it for the verdict', () => {
    expect(first('What was the verdict?')).toMatch(/^For all that, it is a warm evening\. Four stars\./);
  });
});

describe('answerAsk and answerWho on whom a review is about', () => {
  const review = prepareArticle({
    ...parseRawText(
      [
        'Weight of Water review – Vogt goes big',
        '',
        'Ines Vogt has never been an artist who works small, and her new exhibition fills the whole gallery.',
        '',
        'The largest work, Tidewall, is cast in bronze. Vogt trained as a stonemason.',
        '',
        'Her sister, the architect Anna Vogt, designed the hang.',
        '',
        'Four stars.',
      ].join('\n'),
      'review.txt',
    ),
    author: 'Harriet Doyle',
  });

  it('takes "the sculptor" the review never names so for the one it is about', () => {
    const asked = answerAsk([review], 'Who is the sculptor?');
    expect(asked.kind === 'ask' && asked.quotes[0]!.text).toMatch(/^Ines Vogt has never been an artist/);
    expect(answerWho([review], 'the sculptor')).toMatchObject({ kind: 'who', name: 'Ines Vogt' });
  });

  it('still says so when the article is no review or the noun names no maker', () => {
    expect(answerAsk([review], 'Who is the mayor?')).toMatchObject({ kind: 'not-found' });
  });
});

describe('answerAsk on a short opening that only announces its paragraph', () => {
  it('reads on into the sentence that says it ("But the mine has a troubled safety record. … five workers have died")', () => {
    const mine = prepareArticle(
      articleFromBlocks(
        'mine',
        [
          'KITWE, Zambia (Reuters) - Rescuers pulled 19 miners alive from a collapsed copper mine on Thursday.',
          'But the mine has a troubled safety record. According to the union, five workers have died there since 2019.',
        ].join('\n\n'),
      ),
    );
    const answer = answerAsk([mine], "What is the mine's safety record?");
    expect(answer.kind === 'ask' && answer.quotes.map((quote) => quote.text).join(' ')).toMatch(/five workers have died/);
  });
});
