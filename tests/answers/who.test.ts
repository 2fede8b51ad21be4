import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseRawText } from '../../src/article/parse-text.js';
import { answerWho, suggestPeople } from '../../src/answers/who.js';
import { answerAsk } from '../../src/answers/ask.js';
import type { NotFoundAnswer, WhoAnswer } from '../../src/answers/types.js';
import { prepareArticle } from '../../src/core/prepare.js';
import { renderText } from '../../src/render/text.js';
import type { PreparedArticle } from '../../src/core/prepared.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function prepare(text: string, source: string): PreparedArticle {
  return prepareArticle(parseRawText(text, source));
}

const seed = prepare(readFileSync(path.join(repoRoot, 'data/lavrov-pyongyang-visit.txt'), 'utf8'), 'seed.txt');
const smiths = prepare(
  [
    'Bridge hearing draws two witnesses',
    '',
    'John Smith, a retired engineer from Ohio, said the bridge was unsafe.',
    '',
    'Mary Smith, the city’s chief inspector, disagreed. She said repairs were finished last year.',
  ].join('\n'),
  'smiths.txt',
);

function who(articles: PreparedArticle[], name: string): WhoAnswer {
  const answer = answerWho(articles, name);
  if (answer.kind !== 'who') throw new Error(`expected a person for "${name}", got: ${answer.message}`);
  return answer;
}

describe('answerWho', () => {
  it.each(['Sergey Lavrov', 'Lavrov', 'sergei lavrov', 'LAVROV', 'Sergej Lawrow'])('resolves %s to Sergey Lavrov', (query) => {
    expect(who([seed], query).name).toBe('Sergey Lavrov');
  });

  it('resolves a misspelled first name and a bare first name', () => {
    expect(who([seed], 'Vladmir Putin').name).toBe('Vladimir Putin');
    expect(who([seed], 'choe').name).toBe('Choe Son Hui');
  });

  it('says so when the name it found is only the closest spelling ("Obama" → Osama), not for a spelling variant', () => {
    const qaeda = prepare('Raid report\n\nThe raid targeted al Qaeda leader Osama bin Laden, officials said.', 'raid.txt');
    expect(who([qaeda], 'Obama')).toMatchObject({ name: 'Osama bin Laden', roles: ['al Qaeda leader'], closestSpelling: true });
    expect(renderText(answerWho([qaeda], 'Obama'))).toMatch(/^No one called “Obama” is mentioned; the closest name is:\nOsama bin Laden/);
    expect(who([seed], 'Vladmir Putin').closestSpelling).toBeUndefined();
    expect(who([seed], 'Putin').closestSpelling).toBeUndefined();
  });

  it('resolves a role typed in plain words: a synonym, a role noun the article qualifies otherwise, a role read from the text', () => {
    const trial = prepare(
      [
        'Roofer convicted of fraud',
        '',
        'A jury found former roofer Kent Adler guilty of fraud on Friday.',
        '',
        '"We will appeal," said Nora Vance, Adler\'s defence attorney.',
        '',
        'Gil Brandt, Zentrix Media\'s head of sales, said the firm had lost money.',
      ].join('\n'),
      'trial.txt',
    );
    expect(who([trial], 'the defendant').name).toBe('Kent Adler');
    expect(who([trial], 'the lawyer').name).toBe('Nora Vance');
    expect(who([trial], 'the company boss').name).toBe('Gil Brandt');
    // A title word typed is never dropped: there is no foreign minister here.
    expect(answerWho([trial], 'the foreign minister').kind).toBe('not-found');
  });

  it('resolves a role when no name matches', () => {
    expect(who([seed], 'Kremlin spokesman').name).toBe('Dmitry Peskov');
  });

  it('gives roles, verbatim quotes with citations, and highlighted mentions', () => {
    const answer = who([seed], 'Kirby');
    expect(answer.roles).toContain('National Security Council spokesman');
    expect(answer.said.length).toBeGreaterThan(0);
    for (const quote of answer.said) {
      expect(quote.paragraphText).toContain(quote.text);
      expect(quote.citation).toMatchObject({ articleId: seed.article.id, articleTitle: seed.article.title, paragraph: 5 });
    }
    const [mention] = answer.mentions;
    expect(mention?.citation.paragraph).toBe(5);
    expect(mention?.highlights.map(([start, end]) => mention.text.slice(start, end))).toEqual(['John Kirby']);
  });

  it('lists paragraphs that mention the person by surname or pronoun', () => {
    expect(who([seed], 'Easley').mentions.map((quote) => quote.citation.paragraph)).toEqual([9, 10]);
  });

  it('reports other people with the same surname', () => {
    const answer = who([smiths], 'Smith');
    expect([answer.name, ...answer.ambiguousWith].sort()).toEqual(['John Smith', 'Mary Smith']);
    expect(who([smiths], 'Mary Smith').ambiguousWith).toEqual([]);
  });

  it('picks the best match across articles and names its article', () => {
    const answer = who([smiths, seed], 'Lavrov');
    expect(answer.articleId).toBe(seed.article.id);
    expect(answer.articleTitle).toBe(seed.article.title);
  });

  it('says plainly when a name is not mentioned, with the people who are', () => {
    const answer = answerWho([seed], 'Joe Biden') as NotFoundAnswer;
    expect(answer.kind).toBe('not-found');
    expect(answer.message).toContain('is not mentioned in');
    expect(answer.suggestions).toContain('Sergey Lavrov');
    expect(answer.suggestions).not.toContain('Reuters');
  });

  it('says a name is in the text but is no person when it is an organisation or a place', () => {
    const vote = prepare('Council vote\n\nThe Harbour Party won six seats in Dunmore, Mayor Ann Boyd said.', 'vote.txt');
    const answer = answerWho([vote], 'Harbour Party') as NotFoundAnswer;
    expect(answer.kind).toBe('not-found');
    expect(answer.message).toBe('No person called “Harbour Party” is named in “Council vote”; /quote term:Harbour Party finds where it appears.');
  });
});

describe('answerWho on articles nobody tuned it on', () => {
  const fixture = (file: string): PreparedArticle =>
    prepare(readFileSync(path.join(repoRoot, 'tests/fixtures/articles', file), 'utf8'), file);
  const water = fixture('second-article.txt');
  const court = fixture('unseen-court-verdict.txt');

  it('finds a role typed with a determiner, a possessive or another inflection', () => {
    expect(who([water], 'the mayor').name).toBe('Helen Brandt');
    expect(who([water], 'the pediatrician').name).toBe('Alan Smith');
    expect(who([water], 'spokeswoman for the water bureau').name).toBe('Karen Smith');
    expect(who([water], 'a school nurse').name).toBe('Priya Natarajan');
    expect(who([water], 'council members').name).toBe('Thomas Reyes');
    expect(who([court], "Whitcombe's lawyer").name).toBe('Miriam Feld');
    expect(who([court], 'the auditor').name).toBe('Tanya Brooks');
    expect(who([seed], "Russia's foreign minister").name).toBe('Sergey Lavrov');
  });

  it('prefers a role word typed in full to one that only shares its stem, and reads abbreviated titles', () => {
    const senate = prepare(
      [
        'Senate passes stopgap bill',
        '',
        'Senate Majority Leader Chuck Schumer said the bill would pass. Mark Warner, a senator from Virginia, agreed.',
        '',
        'Gov. Anna Ruiz said the state was ready.',
      ].join('\n'),
      'senate.txt',
    );
    expect(who([senate], 'senator').name).toBe('Mark Warner');
    expect(who([senate], 'the governor').name).toBe('Anna Ruiz');
  });

  it('reads role acronyms ("the CEO") and drops an organisation\'s possessive from a role ("Their Treasury spokesperson")', () => {
    const firm = prepare(
      [
        'Chipmaker cuts forecast',
        '',
        'Chief Executive Anita Rao said demand was cooling. The Liberal Democrats objected. Their Treasury spokesperson, Sarah Ellery, said so.',
      ].join('\n'),
      'firm.txt',
    );
    expect(who([firm], 'the CEO').name).toBe('Anita Rao');
    const city = prepare(
      [
        'Council passes budget',
        '',
        'A spokesman for the mayor, Jeff Fleming, said the mayor would sign it. Asked whether he would veto the pilot, Mayor Ana Ruiz said no.',
        '',
        "But Spain's prime minister, Pedro Sanchez, refused.",
      ].join('\n'),
      'city.txt',
    );
    expect(who([city], 'Jeff Fleming').roles).toEqual(['a spokesman for the mayor']);
    expect(who([city], 'Ana Ruiz').roles).toEqual(['Mayor']);
    expect(who([city], 'Pedro Sanchez').roles).toEqual(["Spain's prime minister"]);
    expect(who([firm], 'Sarah Ellery').roles).toEqual(['Treasury spokesperson']);
  });

  it('quotes the whole sentence for what they said when the quote alone is a fragment', () => {
    const budget = prepare('Budget passes\n\nThe council approved a tax increase that Mayor Ana Ruiz said was unavoidable.', 'budget.txt');
    expect(who([budget], 'Ana Ruiz').said.map((quote) => quote.text)).toEqual([
      'The council approved a tax increase that Mayor Ana Ruiz said was unavoidable.',
    ]);
  });

  it('gives roles as the article words them, the fullest first', () => {
    expect(who([water], 'Reyes').roles[0]).toBe('Council member');
    expect(who([water], 'Priya').roles[0]).toBe('a school nurse');
    const diplomat = prepare(['Talks resume', '', "Russia's top diplomat Sergey Lavrov arrived on Monday."].join('\n'), 'diplomat.txt');
    expect(who([diplomat], 'Lavrov').roles).toEqual(["Russia's top diplomat"]);
    expect(who([diplomat], 'the top diplomat').name).toBe('Sergey Lavrov');
  });

  it('uses Mr. and Ms. to pick between two people who share a surname', () => {
    expect(who([water], 'Ms. Smith').name).toBe('Karen Smith');
    expect(who([water], 'Mr Smith').name).toBe('Alan Smith');
    expect(who([court], 'Mr. Whitcombe').name).toBe('Gerald Whitcombe');
  });

  it('lists a paragraph where they speak only as "he added" among those that mention them', () => {
    const doctor = prepare(
      [
        'Walking study divides experts',
        'Dr. Samuel Adeyemi, a neurologist who was not involved, said the data were thin.',
        '"I would want a trial first," Adeyemi said.',
        'He added that the sample was unusually healthy.',
      ].join('\n\n'),
      'doctor.txt',
    );
    const answer = who([doctor], 'Adeyemi');
    const paragraphs = (quotes: WhoAnswer['said']): number[] => [...new Set(quotes.map((quote) => quote.citation.paragraph))];
    expect(paragraphs(answer.said)).toEqual([1, 2, 3]);
    expect(paragraphs(answer.mentions)).toEqual([1, 2, 3]);
  });

  it('finds a role by a word of the same meaning ("the judge" for a Chief Justice, "the union leader" for its president)', () => {
    const court = prepare('Court rules\n\nChief Justice Ellen Marsh wrote for the majority.\n\nDora Kell, president of the Dock Workers Union, welcomed it.', 'court.txt');
    expect(who([court], 'the judge').name).toBe('Ellen Marsh');
    expect(who([court], 'the union leader').name).toBe('Dora Kell');
  });

  it('quotes under "Mentioned in" only the paragraphs not already quoted under "What they said", naming them all', () => {
    const doctor = prepare('Study\n\nDr. Ada Osei, a neurologist, said the data were thin.\n\nThe study followed Osei\'s earlier work.', 'study.txt');
    const text = renderText(answerWho([doctor], 'Osei'));
    expect(text).toContain('Mentioned in ¶1, ¶2:');
    expect(text.split('Dr. Ada Osei, a neurologist').length - 1).toBe(1);
    expect(text).toContain("> The study followed Osei's earlier work.");
  });

  it('gives a shared surname to the person the article calls by it, not to a relative named once', () => {
    const board = prepare(
      'Budget passes\n\nSuperintendent Angela Whitby said cuts were needed.\n\n"Nobody wanted this," Whitby said.\n\nAnother parent, Mark Whitby, who is not related to the superintendent, said he agreed. "It is painful," he said. He left early.',
      'board.txt',
    );
    expect(who([board], 'Whitby').name).toBe('Angela Whitby');
  });

  it('does not take a newspaper for a person', () => {
    expect(answerWho([water], 'The Oregonian').kind).toBe('not-found');
    expect(answerWho([water], 'the mayor of Portland').kind).toBe('not-found');
  });
});

describe('suggestPeople', () => {
  it('ranks a prefix match first and gives values that answerWho resolves', () => {
    const choices = suggestPeople([seed], 'lav');
    expect(choices[0]?.name).toBe('Sergey Lavrov — Russian Foreign Minister');
    expect(who([seed], choices[0]!.value).name).toBe('Sergey Lavrov');
  });

  it('lists everyone by frequency for an empty prefix, within Discord limits', () => {
    const choices = suggestPeople([seed, smiths], '');
    expect(choices).toHaveLength(seed.people.length + smiths.people.length);
    expect(choices[0]?.name.startsWith('Sergey Lavrov')).toBe(true);
    for (const choice of choices) {
      expect(choice.name.length).toBeLessThanOrEqual(100);
      expect(choice.value.length).toBeLessThanOrEqual(100);
    }
    expect(suggestPeople([seed], '', 3)).toHaveLength(3);
  });
});

describe('answerWho for people who speak together', () => {
  it('gives each of them the shared words and the shared role', () => {
    const crew = prepare('Airline cuts jobs\n\nTwo pilots, Ann Lowe and Mark Diaz, said they learned of the cuts from the news.', 'crew.txt');
    const answer = answerWho([crew], 'Mark Diaz');
    expect(answer).toMatchObject({ kind: 'who', name: 'Mark Diaz', roles: ['pilot'] });
    expect(answer.kind === 'who' && answer.said.map((quote) => quote.citation.speaker)).toEqual(['Ann Lowe and Mark Diaz']);
  });
});

describe('answerWho for a body, a possessive and a photographer', () => {
  const airline = prepare(
    'Airline cuts jobs\n\nKestrel Air will cut 300 jobs, the company announced.\n\n"This was a painful decision," Kestrel spokesman Tom Reyes said.\n\nKestrel\'s chief executive, Dana Fisk, said the airline would recover.',
    'airline.txt',
  );

  it('says a body is no person, and names the people the article gives it', () => {
    const answer = answerWho([airline], 'Kestrel');
    expect(answer).toMatchObject({ kind: 'not-found', suggestions: ['Tom Reyes', 'Dana Fisk'] });
    expect(answer.kind === 'not-found' && answer.message).toContain("Tom Reyes (Kestrel spokesman), Dana Fisk (Kestrel's chief executive)");
    expect(answerWho([airline], 'Kestrel spokesman')).toMatchObject({ kind: 'who', name: 'Tom Reyes' });
  });

  it('finds "the Crestview chief executive" of a capitalised title, not only the body', () => {
    const bank = prepare('Banks merge\n\nCrestview Financial agreed to the deal. Crestview Chief Executive Sandra Oyelaran will chair the board.', 'bank.txt');
    expect(answerWho([bank], 'the Crestview chief executive')).toMatchObject({ kind: 'who', name: 'Sandra Oyelaran' });
    expect(answerWho([bank], 'Crestview')).toMatchObject({ kind: 'not-found' });
  });

  it('reads a possessive as the person', () => {
    expect(answerWho([airline], "Dana Fisk's")).toMatchObject({ kind: 'who', name: 'Dana Fisk' });
  });

  it('finds the photographer of the picture by the credit', () => {
    const pictured = prepareArticle({ ...parseRawText('Storm hits coast\n\nThe storm hit on Monday.', 'storm.txt'), photoCredit: 'Lena Ortiz/AFP' });
    expect(answerWho([pictured], 'Lena Ortiz')).toMatchObject({ kind: 'who', name: 'Lena Ortiz', roles: ['took the photo (credit: Lena Ortiz/AFP)'] });
    expect(answerWho([pictured], 'Ortiz')).toMatchObject({ kind: 'who', name: 'Lena Ortiz' });
  });
});

describe('answerWho with a title typed, and a refusal', () => {
  const rail = prepare(
    'Train derails\n\n"This is our darkest day," said Commissioner Rui Vaz, who led the police operation.\n\nVaz declined to say whether the driver had been suspended.',
    'rail.txt',
  );

  it('finds the name after a title', () => {
    expect(answerWho([rail], 'Chief Vaz')).toMatchObject({ kind: 'who', name: 'Rui Vaz' });
  });

  it('lists a refusal among the mentions, not among what they said', () => {
    const answer = answerWho([rail], 'Rui Vaz');
    expect(answer.kind === 'who' && answer.said.map((quote) => quote.citation.paragraph)).toEqual([1]);
    expect(answer.kind === 'who' && answer.mentions.map((quote) => quote.citation.paragraph)).toEqual([1, 2]);
  });
});

describe('answerWho with a title and a shared surname', () => {
  it('prefers the one the article gives that title', () => {
    const crush = prepare(
      'Crush at arena\n\nPolice Commissioner Henry Mbeki said officers were investigating. "We owe the families answers," Mbeki said.\n\n"We treated 57 people overnight," said Dr. Felix Mbeki, the hospital\'s head of emergency medicine.\n\n"Six remain critical," Dr. Mbeki said.',
      'crush.txt',
    );
    expect(answerWho([crush], 'Dr. Mbeki')).toMatchObject({ kind: 'who', name: 'Felix Mbeki' });
    expect(answerWho([crush], 'Commissioner Mbeki')).toMatchObject({ kind: 'who', name: 'Henry Mbeki' });
  });
});

describe('answerWho for roles the article words otherwise', () => {
  const trial = prepare(
    'Jury convicts driver\n\nA jury found Tom Hale guilty on Tuesday.\n\nHale\'s lawyer, Daniel Price, argued the footage was too grainy.\n\nBassist Jo Tully, his sister, wept in court. Founded in 2019 by Amara Osei, a former nurse, the victims\' group Safe Roads said it would appeal.',
    'trial.txt',
  );

  it('finds the union president named after the name, and one who pleaded guilty as the defendant', () => {
    const strike = prepare(
      'Workers strike\n\n"We are done waiting," said Marcus Delaney, president of Local 1187.\n\nCaleb Reardon, 19, had pleaded guilty in September to two counts of theft.',
      'strike.txt',
    );
    expect(answerWho([strike], 'the union president')).toMatchObject({ kind: 'who', name: 'Marcus Delaney' });
    expect(answerWho([strike], 'the defendant')).toMatchObject({ kind: 'who', name: 'Caleb Reardon' });
  });

  it('finds "the defence lawyer", an occupation opening a sentence, and a founder', () => {
    expect(answerWho([trial], 'the defence lawyer')).toMatchObject({ kind: 'who', name: 'Daniel Price' });
    expect(answerWho([trial], 'the bassist')).toMatchObject({ kind: 'who', name: 'Jo Tully', roles: expect.arrayContaining(['bassist']) });
    expect(answerWho([trial], 'Amara Osei')).toMatchObject({ kind: 'who', roles: expect.arrayContaining(['a former nurse', 'founder']) });
  });

  it('gives the byline for "the critic" when no one in the story is one', () => {
    const review = prepareArticle({ ...parseRawText('Review: a fine record\n\nThe band plays well.', 'review.txt'), author: 'Priya Raman' });
    expect(answerWho([review], 'the critic')).toMatchObject({ kind: 'who', name: 'Priya Raman', roles: ['wrote this article (the byline)'] });
  });

  it('finds "Sorensen" typed for "Sørensen" as the same spelling, not a slip', () => {
    const opera = prepareArticle(parseRawText('Opening night\n\n"It was thrilling," said Ingrid Sørensen, the conductor.', 'opera.txt'));
    expect(answerWho([opera], 'Sorensen')).toMatchObject({ kind: 'who', name: 'Ingrid Sørensen' });
    expect(renderText(answerWho([opera], 'Sorensen'))).not.toContain('closest name');
  });

  it('finds a name typed with two letters swapped ("Micheal Tran")', () => {
    const bank = prepareArticle(parseRawText('Banks merge\n\n"This combination gives us scale," said Michael Tran, the chief executive.', 'bank.txt'));
    expect(answerWho([bank], 'Micheal Tran')).toMatchObject({ kind: 'who', name: 'Michael Tran' });
  });

  it('finds a volcanologist as "the scientist"', () => {
    const volcano = prepareArticle(parseRawText('Volcano erupts\n\n"It is not over," said Ratna Wulan, a volcanologist at the centre.', 'volcano.txt'));
    expect(answerWho([volcano], 'the scientist')).toMatchObject({ kind: 'who', name: 'Ratna Wulan' });
  });

  it("gives the byline's job, and finds the writer by it", () => {
    const review = prepareArticle({ ...parseRawText('Review: a fine record\n\nThe band plays well.', 'review.txt'), author: 'Priya Raman', authorTitle: 'Music Critic' });
    const byJob = { kind: 'who', name: 'Priya Raman', roles: ['Music Critic', 'wrote this article (the byline)'] };
    expect(answerWho([review], 'the music critic')).toMatchObject(byJob);
    expect(answerWho([review], 'Priya Raman')).toMatchObject(byJob);
    expect(answerWho([review], 'music')).toMatchObject({ kind: 'not-found' });
    expect(renderText(answerAsk([review], 'Who wrote this article?'))).toContain('Written by Priya Raman, Music Critic.');
  });
});

describe('answerWho for a quotation split around "she said"', () => {
  it('quotes the sentence once, not its first fragment again', () => {
    const floods = prepare(
      'Floods ease\n\nRain fell for three days, said Ana Ruiz, a meteorologist.\n\n"We expect the rain to ease from Sunday," she said, "but rivers will stay high for a week."',
      'floods.txt',
    );
    const answer = answerWho([floods], 'Ana Ruiz');
    expect(answer.kind === 'who' && answer.said.map((quote) => quote.text)).toEqual([
      'Rain fell for three days, said Ana Ruiz, a meteorologist.',
      '"We expect the rain to ease from Sunday," she said, "but rivers will stay high for a week."',
    ]);
  });
});

describe('answerWho for a role another holds with a title word more', () => {
  it('finds the District Attorney, not the Assistant District Attorney the article names more', () => {
    const trial = prepare(
      'Jury convicts driver\n\n"He chose to drive," Assistant District Attorney Rebecca Sloan told jurors. Sloan said the footage was clear.\n\nSloan called four witnesses.\n\nDistrict Attorney Kevin Brandt said the verdict brought justice.',
      'trial.txt',
    );
    expect(answerWho([trial], 'the district attorney')).toMatchObject({ kind: 'who', name: 'Kevin Brandt', ambiguousWith: ['Rebecca Sloan'] });
    expect(answerWho([trial], 'the assistant district attorney')).toMatchObject({ kind: 'who', name: 'Rebecca Sloan' });
  });
});

describe('answerWho for a role only a form of address gives', () => {
  it('finds "the doctor" by "Dr." before the name', () => {
    const heat = prepare('Heat kills 47\n\n"Organs begin to fail," said Dr. Luis Moreno, head of emergency medicine at the city hospital.\n\nAna Ruiz, a farmer, said crops were burning.', 'heat.txt');
    expect(answerWho([heat], 'the doctor')).toMatchObject({ kind: 'who', name: 'Luis Moreno' });
  });
});

describe('answerWho: a relative of a role holder', () => {
  it('finds the goalie for "the goalie", not the goalie\'s brother', () => {
    const final = prepareArticle(
      parseRawText(
        'Gulls win\n\nKova snapped a shot over the glove of Miners goalie Tomas Hruby, setting off a celebration.\n\nThe Miners tied the game when Viktor Hruby, the younger brother of the Ridgeport goalie, deflected a shot past the keeper.\n\nHruby stopped 33 shots for Ridgeport.',
        'final.txt',
      ),
    );
    expect(answerWho([final], 'the goalie')).toMatchObject({ kind: 'who', name: 'Tomas Hruby' });
  });
});

describe('answerWho: an office the article says someone took', () => {
  const election = prepare(
    [
      'Okafor wins city hall',
      '',
      'Green Party candidate Grace Okafor was elected mayor of Eastport on Thursday, defeating Tom Hale.',
      '',
      'Okafor, a former school teacher, replaces the independent mayor Peter Finch, who did not run again.',
      '',
      'Nigeria-born chess player Daniel Ade became world chess champion last year.',
    ].join('\n'),
    'election.txt',
  );

  it('reads "was elected mayor of X" and "became world chess champion" as roles', () => {
    expect(answerWho([election], 'Grace Okafor')).toMatchObject({ kind: 'who', roles: expect.arrayContaining(['elected mayor of Eastport']) });
    expect(answerWho([election], 'the champion')).toMatchObject({ kind: 'who', name: 'Daniel Ade' });
  });

  it('finds "the new mayor" in the role "elected mayor", and no "former mayor" in "a former school teacher"', () => {
    expect(answerWho([election], 'the new mayor')).toMatchObject({ kind: 'who', name: 'Grace Okafor' });
    expect(answerWho([election], 'the former mayor')).not.toMatchObject({ kind: 'who', name: 'Grace Okafor' });
  });
});

describe('answerWho: the one who holds a role now', () => {
  it('finds the champion who won, not "a former junior champion" or a past winner', () => {
    const final = prepare(
      [
        'Kovacs wins final',
        '',
        'Dominik Kovacs, the No. 6 seed from Hungary, won his first Grand Slam title on Sunday.',
        '',
        'His mother, Erzsebet Kovacs, a former junior champion, watched from the stands.',
        '',
        'Andre Villeneuve, who won the title here in 2009, said Kovacs would win more.',
      ].join('\n'),
      'final.txt',
    );
    expect(answerWho([final], 'the champion')).toMatchObject({ kind: 'who', name: 'Dominik Kovacs' });
    expect(answerWho([final], 'the winner')).toMatchObject({ kind: 'who', name: 'Dominik Kovacs' });
    expect(answerWho([final], 'the former champion')).toMatchObject({ kind: 'who', name: 'Erzsebet Kovacs' });
  });

  it('finds "Senator Holt" among two Holts by the title the article gives her, in /who and /ask', () => {
    const spill = prepare(
      [
        'Train spills chemical',
        '',
        'Karen Holt, a regional administrator for the Environmental Protection Agency, said air monitors found nothing.',
        '',
        'Holt said the tests would go on for a week.',
        '',
        'State Senator Ellen Holt, who is not related to the EPA official, called for a federal investigation.',
      ].join('\n'),
      'spill.txt',
    );
    expect(answerWho([spill], 'Senator Holt')).toMatchObject({ kind: 'who', name: 'Ellen Holt' });
    const asked = answerAsk([spill], 'What did Senator Holt call for?');
    expect(asked.kind === 'ask' && asked.quotes[0]!.text).toMatch(/called for a federal investigation/);
  });

  it('finds "the Norwegian foreign minister" in "Norway\'s foreign minister", not another country\'s', () => {
    const swap = prepare(
      [
        'Prisoners swapped',
        '',
        '"Two citizens are coming home," Norway\'s foreign minister, Espen Barth Eide, told reporters.',
        '',
        'Russian Foreign Minister Sergei Lavrov said the exchange showed that dialogue remains possible. Lavrov spoke in Moscow.',
      ].join('\n'),
      'swap.txt',
    );
    expect(answerWho([swap], 'the Norwegian foreign minister')).toMatchObject({ kind: 'who', name: 'Espen Barth Eide' });
    expect(answerWho([swap], 'the Russian foreign minister')).toMatchObject({ kind: 'who', name: 'Sergei Lavrov' });
  });

  it('finds the promoter of the event before a boxer\'s own promoter, and a firm that promotes when no person does', () => {
    const fight = prepare(
      [
        'Okafor stops Reyes',
        '',
        'Chidi Okafor knocked out Luis Reyes in the ninth round on Saturday.',
        '',
        '"That knockdown woke him up," said Bob Arum, the promoter of the event.',
        '',
        'Reyes went to hospital. His promoter, Oscar Garcia, said the champion was talking.',
      ].join('\n'),
      'fight.txt',
    );
    expect(answerWho([fight], 'the promoter')).toMatchObject({ kind: 'who', name: 'Bob Arum' });
    expect(answerWho([fight], 'Oscar Garcia')).toMatchObject({ kind: 'who', roles: ["Luis Reyes's promoter"] });
    const concert = prepare('Crush at arena\n\nThe promoter, Bright Horizon Events, sold 24,500 tickets for the show.', 'concert.txt');
    const asked = answerAsk([concert], 'Who is the promoter?');
    expect(asked.kind === 'ask' && asked.quotes[0]!.text).toMatch(/Bright Horizon Events/);
  });

  it('finds the governor before the deputy who will serve as acting governor, and each when typed', () => {
    const bank = prepare(
      [
        'Governor quits',
        '',
        'Central bank governor Selin Aydemir resigned on Thursday.',
        '',
        'Deputy governor Kemal Ersoy will serve as acting governor until a successor is appointed, the bank said.',
      ].join('\n'),
      'bank.txt',
    );
    expect(answerWho([bank], 'the governor')).toMatchObject({ kind: 'who', name: 'Selin Aydemir' });
    expect(answerWho([bank], 'the acting governor')).toMatchObject({ kind: 'who', name: 'Kemal Ersoy', roles: ['Deputy governor', 'acting governor'] });
    expect(answerWho([bank], 'the deputy governor')).toMatchObject({ kind: 'who', name: 'Kemal Ersoy' });
  });
});
