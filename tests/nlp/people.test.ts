import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseRawText } from '../../src/article/parse-text.js';
import type { Article } from '../../src/article/types.js';
import { extractEntities } from '../../src/nlp/entities.js';
import { detectPersonMentions, extractPeople } from '../../src/nlp/people.js';
import { splitSentences } from '../../src/nlp/sentences.js';
import { extractAttributions } from '../../src/nlp/attributions.js';
import type { Person } from '../../src/nlp/types.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpusNews = path.resolve(repoRoot, '../shared/corpora/news');

function peopleOf(article: Article): Person[] {
  return extractPeople(article, splitSentences(article.paragraphs));
}

function articleFromText(text: string): Article {
  return parseRawText(text, 'test.txt');
}

const byName = (people: Person[], name: string): Person => {
  const person = people.find((candidate) => candidate.name === name);
  if (!person) throw new Error(`${name} not found among ${people.map((candidate) => candidate.name).join(', ')}`);
  return person;
};

/** The roles of one person in a text given as the body of an article. */
const rolesOf = (text: string, name: string): string[] => byName(peopleOf(articleFromText(`Headline\n\n${text}`)), name).roles;

describe('extractPeople on the seed article', () => {
  const article = parseRawText(readFileSync(path.join(repoRoot, 'data/lavrov-pyongyang-visit.txt'), 'utf8'), 'seed.txt');
  const people = peopleOf(article);

  it('finds the seven people in the story and nobody else', () => {
    expect(people.map((person) => person.name).sort()).toEqual(
      ['Choe Son Hui', 'Dmitry Peskov', 'John Kirby', 'Kim Jong Un', 'Leif-Eric Easley', 'Sergey Lavrov', 'Vladimir Putin'].sort(),
    );
  });

  it('keeps titles as roles, not as part of the name', () => {
    expect(byName(people, 'Sergey Lavrov').roles).toContain('Russian Foreign Minister');
    expect(byName(people, 'Vladimir Putin').roles).toContain('Russian President');
    expect(byName(people, 'Dmitry Peskov').roles).toContain('Kremlin spokesman');
    expect(byName(people, 'John Kirby').roles).toContain('National Security Council spokesman');
  });

  it('reads appositives on either side of the name', () => {
    expect(byName(people, 'Choe Son Hui').roles).toContain('North Korean counterpart');
    expect(byName(people, 'Leif-Eric Easley').roles).toContain('a professor of international studies at Ewha University in Seoul');
  });

  it('links surnames to the full name and pronouns to the most recent compatible person', () => {
    const lavrov = byName(people, 'Sergey Lavrov');
    expect(lavrov.aliases).toContain('Lavrov');
    expect(lavrov.paragraphs).toEqual([1, 2, 12, 13]);
    const easley = byName(people, 'Leif-Eric Easley');
    expect(easley.aliases).toContain('Easley');
    expect(easley.paragraphs).toEqual([9, 10]);
    // "her government" in the paragraph where Choe speaks.
    expect(byName(people, 'Choe Son Hui').gender).toBe('female');
    // "when he met Kim": the pronoun goes to Putin, named just before it.
    expect(byName(people, 'Vladimir Putin').paragraphs).toEqual([3, 12]);
  });

  it('does not take the photo credit or outlets for people', () => {
    const names = people.flatMap((person) => [person.name, ...person.aliases]);
    expect(article.photoCredit).toBeTruthy();
    expect(names).not.toContain('Reuters');
    expect(names).not.toContain('KCNA');
  });

  it('finds outlets, organisations and places as entities', () => {
    const entities = extractEntities(article, splitSentences(article.paragraphs), people);
    const named = (type: string): string[] => entities.filter((entity) => entity.type === type).map((entity) => entity.name);
    expect(named('outlet')).toEqual(expect.arrayContaining(['ABC News', 'Associated Press', 'Korean Central News Agency', 'state television']));
    expect(named('organisation')).toEqual(expect.arrayContaining(['White House', 'Kremlin', 'Ewha University']));
    expect(named('place')).toEqual(expect.arrayContaining(['Pyongyang', 'North Korea', 'Russia', 'Seoul']));
    expect(entities.map((entity) => entity.name)).not.toContain('Sergey Lavrov');
  });
});

describe('extractPeople on text written for this test', () => {
  const people = peopleOf(
    articleFromText(
      [
        'Bridge hearing draws two witnesses',
        '',
        'John Smith, a retired engineer from Ohio, said the bridge was unsafe. He told the committee it had cracked.',
        '',
        'Mary Smith, the city’s chief inspector, disagreed. She said repairs were finished last year.',
        '',
        'Smith also said more money was needed.',
        '',
        'Mrs. Smith later declined to comment.',
        '',
        'Secretary of State Antony Blinken and U.N. Secretary-General Antonio Guterres did not attend.',
      ].join('\n'),
    ),
  );

  it('keeps two people with the same surname apart and leaves a bare ambiguous surname unassigned', () => {
    const john = byName(people, 'John Smith');
    const mary = byName(people, 'Mary Smith');
    expect(john.roles).toEqual(['a retired engineer from Ohio']);
    expect(mary.roles).toEqual(['the city’s chief inspector']);
    expect(john.paragraphs).not.toContain(3);
    expect(mary.paragraphs).not.toContain(3);
    expect(people.some((person) => person.name === 'Smith')).toBe(false);
  });

  it('uses an honorific to pick the right Smith', () => {
    expect(byName(people, 'Mary Smith').paragraphs).toContain(4);
    expect(byName(people, 'John Smith').paragraphs).not.toContain(4);
  });

  it('takes multi-word titles before names as roles', () => {
    expect(byName(people, 'Antony Blinken').roles).toEqual(['Secretary of State']);
    expect(byName(people, 'Antonio Guterres').roles).toEqual(['U.N. Secretary-General']);
  });
});

describe('roles on sentences the rules were not written from', () => {
  it('reads lower-case and possessive roles before a name, fullest first', () => {
    expect(rolesOf("Russia's top diplomat Sergey Lavrov arrived on Monday.", 'Sergey Lavrov')).toEqual(["Russia's top diplomat"]);
    expect(rolesOf('The bill was backed by Oxford city councillor and disability rights campaigner Marie Tidball.', 'Marie Tidball')).toEqual([
      'Oxford city councillor and disability rights campaigner',
    ]);
    expect(rolesOf('He had briefings with White House Chief of Staff Josh Bolten on Friday.', 'Josh Bolten')).toEqual(['White House Chief of Staff']);
    expect(rolesOf('Duke President Richard Brodhead told the crowd.', 'Richard Brodhead')).toEqual(['Duke President']);
  });

  it('does not take a verb, a place or another person for a role', () => {
    expect(rolesOf('The visit came a month before he went to meet Russian President Vladimir Putin.', 'Vladimir Putin')).toEqual(['Russian President']);
    expect(rolesOf('Alexandra Pelosi, the daughter of House Minority Leader Nancy Pelosi, spoke.', 'Nancy Pelosi')).toEqual(['House Minority Leader']);
    expect(rolesOf('At home when he heard about the disaster, Dr. John Hink, an emergency room physician, rushed out.', 'John Hink')).toEqual([
      'an emergency room physician',
    ]);
    expect(rolesOf('The court acquitted Moninder Singh Pandher, his lawyer Sikandar B. Kochar told CNN.', 'Moninder Singh Pandher')).toEqual(['defendant']);
  });

  it('reads an appositive that opens with a role noun or a possessive', () => {
    expect(rolesOf('He met Sam Reed, president of the county board, on Monday.', 'Sam Reed')).toEqual(['president of the county board']);
    expect(rolesOf('It was supervised by Dr. Richard Tubb, Bush’s physician, at the hospital.', 'Richard Tubb')).toEqual(['Bush’s physician']);
  });

  it('leaves where the words were said out of the role ("Amnesty\'s Secretary General in a release")', () => {
    expect(rolesOf('"It was stark," said Rosa Vidal, the group\'s secretary general in a release.', 'Rosa Vidal')).toEqual(["the group's secretary general"]);
  });

  it('reads an appositive of a few plain words before its role noun, but not a participle clause', () => {
    expect(rolesOf('"End it now," said Rosa Vidal, international justice counsel for the group.', 'Rosa Vidal')).toEqual([
      'international justice counsel for the group',
    ]);
    expect(rolesOf('"No," said Rosa Vidal, speaking for the group.', 'Rosa Vidal')).toEqual([]);
    expect(rolesOf('Rosa Vidal, wearing a judge robe, arrived.', 'Rosa Vidal')).toEqual([]);
  });

  it('cuts an appositive too long to show at its parenthesis or its second role', () => {
    const text = 'Ruth Okafor, treasurer of the county branch of the Society for Coastal Birds (SCB) and warden of the Long Marsh reserve, said the count fell.';
    expect(rolesOf(text, 'Ruth Okafor')).toEqual(['treasurer of the county branch of the Society for Coastal Birds']);
    // The organisation's own acronym in parentheses is no sign that "Coastal Birds" is a person.
    expect(peopleOf(articleFromText(`Headline\n\n${text}`)).map((person) => person.name)).toEqual(['Ruth Okafor']);
  });

  it('reads a role stated with "was" or "is" when the name opens the sentence, and only then', () => {
    expect(rolesOf('Piet Vermeulen was a retired ferry pilot and keen angler who bought the boatyard in 1990.', 'Piet Vermeulen')).toEqual([
      'a retired ferry pilot and keen angler',
    ]);
    expect(rolesOf('Lena Hartmann had been an editor for "The Harbour Gazette" before the merger.', 'Lena Hartmann')).toEqual(['an editor']);
    expect(rolesOf('Lena Hartmann has been an editor for the paper since 2004.', 'Lena Hartmann')).toEqual(['an editor for the paper']);
    expect(rolesOf('The man who hired Omar Castillo was a retired ferry pilot.', 'Omar Castillo')).toEqual([]);
  });

  it('reads the agent of "directed by", "led by" as a role, of the body named before it', () => {
    expect(rolesOf('Directed by Nadia Ferro, the documentary opens in Lisbon.', 'Nadia Ferro')).toEqual(['director']);
    expect(rolesOf('The count showed the Green Union led by veteran mayor Alda Roskva ahead.', 'Alda Roskva')).toEqual([
      'leader of the Green Union',
      'veteran mayor',
    ]);
    expect(rolesOf('The boat was towed by Bruno Kessel on Monday.', 'Bruno Kessel')).toEqual([]);
    // What a person leads in lower case, after what they are; a title in the "by" phrase needs no bare "leader".
    expect(rolesOf('It was found by a team of 23 researchers led by Dr. Charles Cadieux.', 'Charles Cadieux')).toEqual(['leader of a team of 23 researchers']);
    expect(rolesOf('The jury, led by American director Alex Payne, praised the film.', 'Alex Payne')).toEqual(['American director', 'leader of the jury']);
    expect(rolesOf('Service, led by general manager Priya Nair, is warm.', 'Priya Nair')).toEqual(['general manager']);
  });

  it('reads a defendant from the verbs around the name, not from a judge\'s words', () => {
    expect(rolesOf('A jury on Friday found former roofer Kent Adler guilty of fraud.', 'Kent Adler')).toContain('defendant');
    expect(rolesOf('Rona Pike was indicted in May, and officers charged Dale Ives with theft.', 'Rona Pike')).toEqual(['defendant']);
    expect(rolesOf('Rona Pike was indicted in May, and officers charged Dale Ives with theft.', 'Dale Ives')).toEqual(['defendant']);
    expect(rolesOf('The judge, Mara Quist, sentenced him. The mayor found Jill Orr a job.', 'Mara Quist')).toEqual(['the judge']);
    expect(rolesOf('The judge, Mara Quist, sentenced him. The mayor found Jill Orr a job.', 'Jill Orr')).toEqual([]);
  });

  it('reads a role in parentheses after a name, but not an age', () => {
    expect(rolesOf('The crew lists Orla Brennan (lead actor, 41) and Tavis Morrow (38).', 'Orla Brennan')).toEqual(['lead actor']);
    expect(rolesOf('The crew lists Orla Brennan (lead actor, 41) and Tavis Morrow (38).', 'Tavis Morrow')).toEqual([]);
    expect(rolesOf('The crowd cheered Tavis Morrow, 38, at the finish.', 'Tavis Morrow')).toEqual([]);
  });

  it('reads a critic from "in her review for <outlet>, X"', () => {
    expect(rolesOf('In her review for The Daily Ledger, Vera Holm found the play tedious.', 'Vera Holm')).toEqual(['critic for The Daily Ledger']);
    expect(rolesOf('In his review, J.T. Morrow found the play tedious.', 'J.T. Morrow')).toEqual(['critic']);
  });

  it('reads a role set off before a titled name followed by "of the …" ("the report\'s co-author, Dr. X of the Y Institute,")', () => {
    expect(rolesOf("The report's co-author, Dr. Piet Vangard of the Lund Institute, said the data held.", 'Piet Vangard')).toEqual(["the report's co-author", 'of the Lund Institute']);
  });

  it('reads a kinship appositive that names the relative, and names whose relative a pronoun opening a role means', () => {
    const text = 'Ilse Moravec, the sister of Tomas Moravec, spoke to the press on Monday.\n\nHer brother, Karel Moravec, declined to comment.';
    expect(rolesOf(text, 'Ilse Moravec')).toEqual(['the sister of Tomas Moravec']);
    expect(rolesOf(text, 'Karel Moravec')).toEqual(["Ilse Moravec's brother"]);
  });

  it('gives each name of a list the role the list shares, and no one else\'s', () => {
    const text = [
      'Two pilots, Ann Lowe and Mark Diaz, said they learned of the cuts from the news.',
      'Ken Ito and Sara Bell, both nurses at the clinic, said they were tired.',
      'Board members Linda Park and Joe Kim voted no.',
      'President Joe Biden and Jill Biden arrived. In Paris, Tom Weil and Eva Roth met.',
    ].join('\n\n');
    expect(rolesOf(text, 'Ann Lowe')).toEqual(['pilot']);
    expect(rolesOf(text, 'Mark Diaz')).toEqual(['pilot']);
    expect(rolesOf(text, 'Sara Bell')).toEqual(['nurse at the clinic']);
    expect(rolesOf(text, 'Joe Kim')).toEqual(['Board member']);
    expect(rolesOf(text, 'Jill Biden')).toEqual([]);
    expect(rolesOf(text, 'Eva Roth')).toEqual([]);
  });

  it('reads sports and agency roles, and a bank named "Bank …" is no person', () => {
    const text = [
      'Olympic silver medallist Peter Kamau withdrew on Friday. "He felt pain," his agent, Luca Ferri, told Reuters.',
      'Anna Wolny, chief economist at Bank Orlen, said growth would slow.',
    ].join('\n\n');
    expect(rolesOf(text, 'Peter Kamau')).toEqual(['Olympic silver medallist']);
    expect(rolesOf(text, 'Luca Ferri')).toEqual(["Peter Kamau's agent"]);
    expect(rolesOf(text, 'Anna Wolny')).toEqual(['chief economist at Bank Orlen']);
    expect(peopleOf(articleFromText(`Headline\n\n${text}`)).map((person) => person.name)).not.toContain('Bank Orlen');
  });

  it('keeps groups, unions and brands out of the people, and "Senior Warden" in the role', () => {
    const text = [
      'Organisers said 50,000 people marched. Senior Warden Grace Otieno, who led the raid, told the BBC the men were caught.',
      "Joana Reis, the leader of the General Workers' Confederation, said the strike would go ahead.",
      'The HomeGlow WarmWave heater was recalled, HomeGlow said. Ron DeSantis and Leonardo DiCaprio were not involved.',
    ].join('\n\n');
    const names = peopleOf(articleFromText(`Headline\n\n${text}`)).map((person) => person.name);
    expect(names).toEqual(['Grace Otieno', 'Joana Reis', 'Ron DeSantis', 'Leonardo DiCaprio']);
    expect(rolesOf(text, 'Grace Otieno')).toEqual(['Senior Warden']);
    expect(rolesOf(text, 'Joana Reis')).toEqual(["the leader of the General Workers' Confederation"]);
  });

  it('reads a job after "who works as", a role before a participle clause, and closed compounds', () => {
    const text = [
      'Dana Mills, 34, who works as a cashier at a grocery store, said the raise would help.',
      'Priya Shah, a 29-year-old nurse travelling home to Kelby Falls, said the carriage tipped.',
      'Another passenger, Ruth Okafor, a schoolteacher, said she was thrown forward.',
      "Rachel Koh, who is also Vaultline's chief financial officer.",
    ].join('\n\n');
    expect(rolesOf(text, 'Dana Mills')).toEqual(['a cashier at a grocery store']);
    expect(rolesOf(text, 'Priya Shah')).toEqual(['a 29-year-old nurse']);
    expect(rolesOf(text, 'Ruth Okafor')).toEqual(['a passenger', 'a schoolteacher']);
    expect(rolesOf(text, 'Rachel Koh')).toEqual(["Vaultline's chief financial officer"]);
  });

  it('reads a "co-" role before a titled name, and a company\'s short name as no person', () => {
    const text = [
      'The planet is rocky, according to co-author Professor Kenji Sato of Kyoto University.',
      'Harlow Freight agreed to buy Castor. Harlow will pay $38 a share, said Ann Lindqvist.',
      'President Bush met the Bush Administration team.',
    ].join('\n\n');
    expect(rolesOf(text, 'Kenji Sato')).toEqual(['co-author of Kyoto University']);
    const names = peopleOf(articleFromText(`Headline\n\n${text}`)).map((person) => person.name);
    expect(names).not.toContain('Harlow');
    expect(names).toContain('Bush');
  });

  it('finds the name after an honorific inside a title, "Abu" opening a name, and no village or scientists', () => {
    const text = [
      'Columbus Public Health Commissioner Dr. Mysheika Roberts said the outbreak was spreading.',
      'A spokesman for the presidency, Abu Conteh, told the BBC the pardon was an act of mercy.',
      'The ash reached Sori Tatanga, a village 5 km away. Volcanologists said the eruption could continue.',
    ].join('\n\n');
    const names = peopleOf(articleFromText(`Headline\n\n${text}`)).map((person) => person.name);
    expect(names).toEqual(['Mysheika Roberts', 'Abu Conteh']);
    expect(rolesOf(text, 'Mysheika Roberts')).toEqual(['Columbus Public Health Commissioner']);
    expect(rolesOf(text, 'Abu Conteh')).toEqual(['a spokesman for the presidency']);
  });

  it('keeps the particle of a surname in its alias ("van Wyk", "del Campo")', () => {
    const people = peopleOf(articleFromText('Headline\n\nJohan van Wyk, a farmer, said the rain was late.\n\n"It is worse every year," said van Wyk.\n\nRubén del Campo, a spokesman, said it was hot. Temperatures will fall, del Campo said.'));
    expect(people.map((person) => [person.name, person.aliases])).toEqual([
      ['Johan van Wyk', ['van Wyk']],
      ['Rubén del Campo', ['del Campo']],
    ]);
  });

  it('reads "who has led X since …" and "who runs X" as the head of X', () => {
    const text = 'Raymond Castillo, 58, who has led the Department of Housing and Development since 2017, was arrested.\n\nGregory Lam, who runs a construction firm in Queens, was charged.';
    expect(rolesOf(text, 'Raymond Castillo')).toContain('head of the Department of Housing and Development');
    expect(rolesOf(text, 'Gregory Lam')).toContain('head of a construction firm in Queens');
  });

  it('takes no firm named by what it makes, its shares or its analysts for a person', () => {
    const text = 'Swiss drugmaker Novaris said its vaccine works, said Dr. Ingrid Halvorsen, head of research at Novaris.\n\nShares in Novaris rose 6 percent.\n\nAnalysts at Bernstein said sales could reach $2 billion.';
    expect(peopleOf(articleFromText(`Headline\n\n${text}`)).map((person) => person.name)).toEqual(['Ingrid Halvorsen']);
    expect(rolesOf(text, 'Ingrid Halvorsen')).toEqual(['head of research at Novaris']);
  });

  it('takes no product with a model number for a person', () => {
    const names = peopleOf(articleFromText('Headline\n\nThe Kestrel E7 costs 45,000 euros, said Ann Lee, a reviewer.\n\nKestrel says the E7 charges fast.')).map((person) => person.name);
    expect(names).toEqual(['Ann Lee']);
  });

  it('takes no place, body, venue or quoted title for a person', () => {
    const text = [
      'Winds pushed the fire toward homes east of Paso Verde, according to Cal Fire.',
      'The 18th-century church of Santiago Apóstol collapsed, said Lucia Paredes, a seismologist.',
      'Marco Vellani, who rides for the Belgian team Corvanta, broke the World Anti-Doping Code.',
      'Not everything lands. "Paper Moon Parade" is a slight detour, wrote Priya Raman.',
      'The tour ends at the Albert Hall in Manchester in May.',
    ].join('\n\n');
    const names = peopleOf(articleFromText(`Headline\n\n${text}`)).map((person) => person.name);
    expect(names).toEqual(['Lucia Paredes', 'Marco Vellani', 'Priya Raman']);
  });

  it('reads a title whose name holds a comma list before an appositive name', () => {
    const text = 'The Minister for Social Welfare, Relief and Resettlement, U Zaw Min, said 312 shelters were open.\n\nIn Lyon, Nice and Pau, Jean Dupont, a baker, said bread ran short.';
    expect(rolesOf(text, 'U Zaw Min')).toEqual(['the Minister for Social Welfare, Relief and Resettlement']);
    expect(rolesOf(text, 'Jean Dupont')).toEqual(['a baker']);
  });

  it('reads "its" in a role as the body the sentence before opens with', () => {
    const text = 'The Dover Landlords Association, which represents 400 owners, said it would sue. Its executive director, Gail Moss, told KPTV that owners were struggling.\n\nIts founder, Ann Lee, spoke later.';
    expect(rolesOf(text, 'Gail Moss')).toEqual(['executive director of the Dover Landlords Association']);
    expect(rolesOf(text, 'Ann Lee')).toEqual(['founder']);
  });

  it('finds a given name no list has when an age and a role follow it, and her quote after "she said"', () => {
    const text = 'Workers walked out on Monday, said Harriet Osei, an economist.\n\nTamika, a 14-year veteran of the paint shop, said she had taken a second job.\n\n"I love this plant," she said.\n\nAfterward, a spokesman said talks would resume.';
    const article = articleFromText(`Headline\n\n${text}`);
    const names = peopleOf(article).map((person) => person.name);
    expect(names).toEqual(['Harriet Osei', 'Tamika']);
    expect(rolesOf(text, 'Tamika')).toEqual(['a 14-year veteran of the paint shop']);
  });

  it('reads titles joined by "and", without a form of address, roles "near" a place, a student, and children in a list', () => {
    const text = [
      'Water and Sanitation Minister Pamela Mokoena said rationing would start.',
      'Prime Minister Sheikh Hasina visited a shelter, as did first lady Ann Roe.',
      'Johan van Wyk, a 61-year-old fruit farmer near Grabouw, said the rain was late.',
      'The victims were Maria Cole, a 52-year-old chemistry teacher, and Jordan Cole, a 16-year-old sophomore.',
      'She is survived by their two children, Julia Vance and Peter Vance.',
    ].join('\n\n');
    expect(rolesOf(text, 'Pamela Mokoena')).toEqual(['Water and Sanitation Minister']);
    expect(rolesOf(text, 'Hasina')).toEqual(['Prime Minister']);
    expect(rolesOf(text, 'Ann Roe')).toEqual(['first lady']);
    expect(rolesOf(text, 'Johan van Wyk')).toEqual(['a 61-year-old fruit farmer near Grabouw']);
    expect(rolesOf(text, 'Jordan Cole')).toEqual(['a 16-year-old sophomore']);
    expect(rolesOf(text, 'Julia Vance')).toEqual(['child']);
  });

  it('reads no role across the end of a sentence ending in a title word', () => {
    const text = 'A jury found Tom Hale guilty. The jury returned the verdict in Ashford County Superior Court. Hale, 31, showed no reaction.\n\nGov. Ann Lee said justice was done.';
    expect(rolesOf(text, 'Tom Hale')).not.toContainEqual(expect.stringMatching(/Court/));
    expect(rolesOf(text, 'Ann Lee')).toEqual(['Governor']);
  });

  it('finds a first name after "named", with the description before it as the role', () => {
    const text = 'Another customer, a 34-year-old electrician named Erik, said he had moved his account.\n\nA second guide, Pasang Sherpa, survived.';
    expect(rolesOf(text, 'Erik')).toEqual(['a 34-year-old electrician']);
    expect(rolesOf(text, 'Pasang Sherpa')).toEqual(['a second guide']);
  });

  it('reads the winner of what was won, and an actor from "played by"', () => {
    const text = "Kenya's Brian Kiplagat won the Amsterdam Marathon on Sunday.\n\nThe detective is played by Idris Mensah.\n\nMark Diaz won 52 percent of the vote.";
    expect(rolesOf(text, 'Brian Kiplagat')).toEqual(['winner of the Amsterdam Marathon', 'of Kenya']);
    expect(rolesOf(text, 'Idris Mensah')).toEqual(['actor']);
    expect(rolesOf(text, 'Mark Diaz')).toEqual([]);
  });

  it('reads the kind of contest after its name, no "not related to" as a role, and no demonym as a person', () => {
    const text = 'Democrat Ana Cruz won the Harborview mayoral runoff on Saturday, becoming the first Latina to lead the city.\n\nLuis Cruz, an independent businessman who is not related to the mayor-elect, finished third.';
    expect(rolesOf(text, 'Ana Cruz')).toContain('winner of the Harborview mayoral runoff');
    expect(rolesOf(text, 'Luis Cruz')).toEqual(['an independent businessman']);
    expect(peopleOf(articleFromText(`Headline\n\n${text}`)).map((person) => person.name)).toEqual(['Ana Cruz', 'Luis Cruz']);
  });

  it('takes a lower-case honorific word for a role ("university professor")', () => {
    expect(rolesOf('Leeds University professor Hannah Oduya said the data were clear.', 'Hannah Oduya')).toEqual(['Leeds University professor']);
  });

  it('reads "Ms Major" as a surname after an honorific, but not "Mr President"', () => {
    const people = peopleOf(articleFromText('Headline\n\nJoan Major, who runs the pub, said trade was good.\n\n"We will stay," Ms Major said.\n\n"Mr President, we disagree," a farmer said.'));
    expect(byName(people, 'Joan Major').aliases).toContain('Major');
    expect(people.map((person) => person.name)).not.toContain('President');
  });
});

describe('detectPersonMentions', () => {
  it('handles particles, initials and hyphenated given names, and skips places and organisations', () => {
    const mentions = detectPersonMentions(
      'Ludwig van Beethoven met J. R. Ewing and Leif-Eric Easley at Ewha University in New York on Friday.',
    ).map((mention) => mention.text);
    expect(mentions).toEqual(['Ludwig van Beethoven', 'J. R. Ewing', 'Leif-Eric Easley']);
  });

  it('marks later bare surnames and capitals-only headlines once a full name is known', () => {
    const mentions = detectPersonMentions('GOLF - HENKE LEADS IN OHIO\nNolan Henke fired a 62 on Thursday.\nHenke said he was happy.');
    expect(mentions.map((mention) => mention.text)).toEqual(['HENKE', 'Nolan Henke', 'Henke']);
  });
});

describe('role words glued to a surname, and staff credits', () => {
  const people = peopleOf(
    articleFromText(
      [
        'Glacier retreat speeds up',
        '',
        '"The ice is thinning faster than the models predicted," said Ingrid Halvorsen, a glaciologist at the University of Bergen.',
        '',
        'Hydrologist Halvorsen said meltwater would raise river levels downstream by spring.',
        '',
        'The regional water board said it would publish new flood maps in May.',
        '',
        '(Additional reporting by Tomas Berglund and Priya Natarajan; Editing by Owen Hartley)',
      ].join('\n'),
    ),
  );

  it('makes a leading occupation word before a known surname a role of that person, not a new person', () => {
    expect(people.map((person) => person.name)).toEqual(['Ingrid Halvorsen']);
    const halvorsen = byName(people, 'Ingrid Halvorsen');
    expect(halvorsen.aliases).toEqual(['Halvorsen']);
    expect(halvorsen.paragraphs).toContain(2);
    expect(halvorsen.roles).toEqual(['a glaciologist at the University of Bergen', 'Hydrologist']);
  });

  it('does not take the reporters and editors of a credit line for people in the story', () => {
    expect(people.some((person) => /Berglund|Natarajan|Hartley/.test(person.name))).toBe(false);
  });

  it('keeps a first name before a surname as a name', () => {
    const names = peopleOf(articleFromText('Trial opens\n\nDaniel Walker, a retired teacher, testified first.\n\nCarter Walker said nothing.\n')).map(
      (person) => person.name,
    );
    expect(names).toContain('Carter Walker');
  });
});

describe.skipIf(!existsSync(corpusNews))('extractPeople on corpus articles', () => {
  const load = (id: string): Person[] => peopleOf(articleFromText(readFileSync(path.join(corpusNews, `${id}.txt`), 'utf8')));

  it('tells President Bush from Laura Bush and finds the spokesmen with their roles', () => {
    const people = load('cnn-24521a2abb2e');
    expect(byName(people, 'Scott Stanzel').roles).toContain('spokesman');
    expect(byName(people, 'Dick Cheney').roles).toContain('Vice President');
    expect(byName(people, 'Laura Bush').paragraphs.length).toBeLessThan(byName(people, 'Bush').paragraphs.length);
  });
});

// Sentences in the shape of ones seen on real news pages (corpora/html, corpora/news), with other names and words.
describe('no fake people: words, places and roles around names', () => {
  const names = (text: string): string[] => detectPersonMentions(text).map((mention) => mention.text);

  it('reports no person for a common word left after a title or an adjective', () => {
    expect(names('Shares of General Motors fell while the Great Depression loomed.')).toEqual([]);
    expect(names('It violates the First Amendment, members of the Veterans of Foreign Wars said.')).toEqual([]);
    expect(names('She was a loving Mom and a great friend, said Harrington.')).toEqual([]);
    expect(names('A Frenchman won the race on Thanksgiving.')).toEqual([]);
  });

  it('reports no person for "the" + common words or a place with a word before it', () => {
    expect(names('He was moved to the Royal Marsden hospital in London.')).toEqual([]);
    expect(names('Neighbouring Ghana has also been badly hit.')).toEqual([]);
    expect(names('The deal was signed by the Austria-based von Trapp group.')).toEqual([]);
  });

  it('strips a leading place or an unlisted role word, keeping the role', () => {
    const text = "said Peru's ambassador to Britain Tomas Quispe. Chile's Ombudsman Elena Rojas agreed.";
    expect(names(text)).toEqual(['Tomas Quispe', 'Elena Rojas']);
    const rojas = detectPersonMentions(text)[1]!;
    expect(text.slice(...rojas.title!)).toBe('Ombudsman');
  });

  it('keeps single names that have evidence: a role title, an honorific, a full name elsewhere, a role noun before a first name', () => {
    expect(names('President Bush spoke.')).toEqual(['Bush']);
    expect(names('Mr. Trump spoke.')).toEqual(['Trump']);
    expect(names('Mary Trump spoke. The Trump family agreed.')).toEqual(['Mary Trump', 'Trump']);
    expect(names('Robert Mugabe, his wife Grace and two aides.')).toEqual(['Robert Mugabe', 'Grace']);
    expect(names('From Ben Stokes to the Dalai Lama.')).toEqual(['Ben Stokes', 'Dalai Lama']);
  });
});

describe('single names and places around an age or a state', () => {
  it('takes a single unknown word after an age for a person, but not a description after "a"', () => {
    const people = peopleOf(
      articleFromText('Headline\n\nDressed in a red shirt, 7-year-old Amadou waved at the crowd. A 34-year-old Swede scored twice. Amadou turns 8 next week.'),
    );
    expect(people.map((person) => person.name)).toEqual(['Amadou']);
  });

  it('takes a single name set off by commas after a kinship or role noun for a person ("his mother, Zainab,")', () => {
    const people = peopleOf(articleFromText('Headline\n\n"We are so grateful," his mother, Amina, told reporters. The family, Iraqis, left on Monday.'));
    expect(people.map((person) => person.name)).toEqual(['Amina']);
    expect(people[0]!.roles).toEqual(['mother']);
  });

  it('does not take a town "in X, <state>" for a person', () => {
    const people = peopleOf(articleFromText('Headline\n\nThe charity, based in Sherman Oaks, California, paid for the flights, its director Ana Ruiz said.'));
    expect(people.map((person) => person.name)).toEqual(['Ana Ruiz']);
  });
});

describe('one person named in a short form before the full one', () => {
  it('joins "Mr Smith" and a shorter full name to the full name given later, BBC style', () => {
    const people = peopleOf(
      articleFromText(
        [
          'Election',
          'The coalition led by Mr Oliveira Santos won the most seats, and Mr Brandt conceded.',
          'Later, Jorge Oliveira Santos thanked voters, while Tom Brandt said he would stay on.',
        ].join('\n\n'),
      ),
    );
    expect(people.map((person) => [person.name, person.aliases])).toEqual([
      ['Jorge Oliveira Santos', ['Oliveira Santos']],
      ['Tom Brandt', ['Brandt']],
    ]);
  });

  it('still keeps a titled surname apart from a later person of the same surname ("President Bush", "Laura Bush")', () => {
    const people = peopleOf(articleFromText(['Visit', 'President Bush spoke first.', 'Laura Bush arrived later.'].join('\n\n')));
    expect(people.map((person) => person.name).sort()).toEqual(['Bush', 'Laura Bush']);
  });
});

describe('a pronoun in an opening phrase', () => {
  it('belongs to the person named right after it ("After his election, X …"), not to the last person named', () => {
    const people = peopleOf(
      articleFromText(['Vote', 'Tom Brandt lost the vote.', 'After his re-election as leader, Jorge Santos thanked voters.', 'Santos spoke for an hour.'].join('\n\n')),
    );
    expect(byName(people, 'Tom Brandt').paragraphs).toEqual([1]);
    expect(byName(people, 'Jorge Santos').paragraphs).toEqual([2, 3]);
  });
});

describe('a pronoun after a sentence about an unnamed person', () => {
  it('is not given to the named source of that sentence ("The man …, Detective X said. He wore …")', () => {
    const people = peopleOf(
      articleFromText(
        ['Robbery', 'The man is in his 20s, Detective Lt. Tom Brandt said.', 'He wore a grey hooded sweater.', 'Brandt asked witnesses to call.'].join('\n\n'),
      ),
    );
    expect(byName(people, 'Tom Brandt').paragraphs).toEqual([1, 3]);
  });
});

describe('single names and place names', () => {
  it('takes a lone unknown name followed by a verb and then her or his own pronoun for a person', () => {
    const people = peopleOf(articleFromText(['Prison', 'Zarifa was jailed for trying to divorce her husband.', 'Zarifa has eight months left.'].join('\n\n')));
    expect(people.map((person) => person.name)).toEqual(['Zarifa']);
  });

  it('does not take a name before a lower-case place noun for a person ("Kerran Dabh prison")', () => {
    const people = peopleOf(articleFromText(['Prison', 'Inmates at Kerran Dabh prison staged a protest, Governor Tom Brandt said.'].join('\n\n')));
    expect(people.map((person) => person.name)).toEqual(['Tom Brandt']);
  });
});

describe('extractPeople: a family in one story, and long descriptions', () => {
  const obituary = articleFromText(
    [
      'Ruth Calder, pioneering geologist, dies at 91',
      'Ruth Calder, a geologist whose maps of the seabed showed how the continents drift apart over millions of years, died on Monday.',
      'Professor Ann Calder, her sister-in-law and a chemist at Leeds University, said she was tireless.',
      'Calder led the Deep Ocean Survey from 1970 to 1990.',
      'Tom Weir is the older brother of striker Sam Weir, who scored twice.',
    ].join('\n\n'),
  );
  const people = peopleOf(obituary);

  it('gives a shared surname alone to the person the headline names', () => {
    expect(byName(people, 'Ruth Calder').aliases).toContain('Calder');
    expect(byName(people, 'Ruth Calder').paragraphs).toContain(3);
    expect(byName(people, 'Ann Calder').paragraphs).not.toContain(3);
  });

  it('reads the role noun of a long description, and an in-law', () => {
    expect(byName(people, 'Ruth Calder').roles).toEqual(['a geologist']);
    expect(byName(people, 'Ann Calder').roles).toContain('sister-in-law and a chemist at Leeds University');
  });

  it('never gives a relation to someone else as a role ("brother of striker X")', () => {
    expect(byName(people, 'Sam Weir').roles).toEqual(['striker']);
  });

  it('takes a survey for a body, not a person', () => {
    expect(people.map((person) => person.name)).not.toContain('Ocean Survey');
    expect(people.map((person) => person.name)).not.toContain('Deep Ocean Survey');
  });
});

describe('extractPeople: a first name that is also a word, with an age', () => {
  it('takes "Grace, 34, said" for a person, and her "she said" after', () => {
    const people = peopleOf(articleFromText('Outbreak\n\nDr. Ruth Banda said cases were rising.\n\nAt the clinic, Grace, 34, said her children had fallen ill.'));
    expect(people.map((person) => person.name)).toContain('Grace');
  });
});

describe('extractPeople: firms named like people', () => {
  it('reads "X Analytics", "Y Capital" as firms, so the analyst before them keeps the role', () => {
    const people = peopleOf(articleFromText('Launch\n\n"It is too dear," said Ana Ruiz, a senior analyst at Caldwell Analytics.\n\nTom Lee of Carroway Capital agreed.'));
    expect(people.map((person) => person.name)).toEqual(['Ana Ruiz', 'Tom Lee']);
    expect(byName(people, 'Ana Ruiz').roles).toEqual(['a senior analyst at Caldwell Analytics']);
  });
});

describe('extractPeople: roles a writer or a second author is given', () => {
  it('reads "X, writing for Y," as a writer for Y, and "the other lead author" as the lead author', () => {
    const people = peopleOf(
      articleFromText('Launch\n\nAna Ruiz, writing for Gadget Weekly, was one of a few reviewers.\n\nThe other lead author, Professor Tom Lee of Leeds University, agreed.'),
    );
    expect(byName(people, 'Ana Ruiz').roles).toEqual(['writer for Gadget Weekly']);
    expect(byName(people, 'Tom Lee').roles).toEqual(['the lead author', 'of Leeds University']);
  });
});

describe('extractPeople: a role word opening a name run mid-sentence', () => {
  it('takes "(Reuters) - Singer Nova Reyes" for the singer Nova Reyes', () => {
    const people = peopleOf(articleFromText('Charts\n\nLOS ANGELES (Reuters) - Singer Tova Ruiz scored her third No. 1 album on Monday.\n\nRuiz, 29, said it was personal.'));
    expect(byName(people, 'Tova Ruiz')).toMatchObject({ roles: ['singer'], aliases: ['Ruiz'] });
  });
});

describe('extractPeople: roles before a name', () => {
  it('keeps what someone is now ("retired firefighter"), singles a plural role ("Board members X and Y"), and drops an address or "another"', () => {
    expect(rolesOf('Another passenger, retired firefighter Tom Brennan, said the crew was calm.', 'Tom Brennan')).toContain('retired firefighter');
    expect(rolesOf('Board members Linda Park and Robert Haynes voted against.', 'Linda Park')).toEqual(['Board member']);
    expect(rolesOf('Superintendent Dr. Angela Whitby said cuts were needed.', 'Angela Whitby')).toEqual(['Superintendent']);
    expect(rolesOf('Another parent, Mark Whitby, said he agreed.', 'Mark Whitby')).toEqual(['a parent']);
  });
});

describe('extractPeople: a hyphenated title', () => {
  it('reads "Investigator-in-charge Laura Kessler" as the title and the name', () => {
    const people = peopleOf(articleFromText('Incident\n\nInvestigator-in-charge Laura Kessler said the board would look at the unit.\n\nEditor-in-chief Tom Ray agreed.'));
    expect(byName(people, 'Laura Kessler').roles).toEqual(['Investigator-in-charge']);
    expect(byName(people, 'Tom Ray').roles).toEqual(['Editor-in-chief']);
  });
});

describe('extractPeople: roles that verbs and figures used to cut', () => {
  it('leaves the sentence\'s verb out of a role, and keeps a figure\'s thousands', () => {
    expect(rolesOf('Clara Ruiz won on Saturday, beating defending champion Anya Petrova in three sets.', 'Anya Petrova')).toEqual(['defending champion']);
    expect(rolesOf('Walter Benning, a retired teacher who lost $85,000, said he felt betrayed.', 'Walter Benning')).toEqual(['a retired teacher who lost $85,000']);
  });
});

describe('extractPeople: streets and towns named like people', () => {
  it('takes "Rua da Fonte Taurina" and "San Telmo" for places, "Carlos Santana" for a person', () => {
    const names = peopleOf(articleFromText('Quake\n\nThe café is on Rua da Fonte Taurina.\n\nRescuers worked in San Telmo, where Carlos Santana grew up.\n\nThe injured went to St. Luke hospital.')).map((person) => person.name);
    expect(names).toEqual(['Carlos Santana']);
  });
});

describe('extractPeople: a role stated after an appositive', () => {
  it('reads "Her husband, X, is the owner and runs the room" as owner and husband', () => {
    const people = peopleOf(articleFromText('Restaurant\n\nChef Ana Marques runs the kitchen. Her husband, Rui Tavares, is the owner and runs the dining room.'));
    expect([...byName(people, 'Rui Tavares').roles].sort()).toEqual(["Ana Marques's husband", 'the owner']);
  });
});

describe('extractPeople: a role before a clause that reports', () => {
  it('reads "said Miguel, a 67-year-old farmer who asked that his name not be used" as a farmer', () => {
    const people = peopleOf(articleFromText('Heat\n\n"The ground is hard," said Miguel, a 67-year-old farmer who asked that his last name not be used.'));
    expect(byName(people, 'Miguel').roles).toEqual(['a 67-year-old farmer']);
  });
});

describe('extractPeople: someone arrested', () => {
  it('reads "X, of Millbrook, was taken into custody" as the suspect', () => {
    const people = peopleOf(articleFromText('Arrest\n\nDaniel Okoro, of Millbrook, was taken into custody at his home.\n\nAnn Lee was arrested on Friday.'));
    expect(byName(people, 'Daniel Okoro').roles).toEqual(['suspect', 'of Millbrook']);
    expect(byName(people, 'Ann Lee').roles).toEqual(['suspect']);
  });
});

describe('extractPeople: titles, nationalities and firms around a name', () => {
  const people = peopleOf(
    articleFromText(
      [
        'Ferry sinks',
        'Shipping Minister Kostas Lyras said the inquiry would report in May.',
        'Three pacemakers — Ethiopians Haile Desta and Tadesse Bekele — led the race. His coach, the Italian Marco Bellandi, said the record was planned.',
        "FreshWay's lead lawyer, Jonathan Steele of the firm Harlan & Quist, told the court the ruling was wrong. Marlow is represented by Rebecca Chu of Wexford Barnes LLP.",
        'One survivor, Eleni, 34, said she was asleep when the ship listed.',
      ].join('\n\n'),
    ),
  );

  it('splits a title no list knows from the name after it ("Shipping Minister Kostas Lyras")', () => {
    expect(byName(people, 'Kostas Lyras').roles).toEqual(['Shipping Minister']);
  });

  it('leaves a plural nationality out of the name, and a firm with its legal form out of the people', () => {
    expect(people.map((person) => person.name)).toContain('Haile Desta');
    expect(people.map((person) => person.name)).not.toContain('Wexford Barnes');
  });

  it('reads the role before "the Italian X" and before "X of the firm Y"', () => {
    expect(byName(people, 'Marco Bellandi').roles).toContain('coach');
    expect(byName(people, 'Jonathan Steele').roles).toContain("FreshWay's lead lawyer");
  });

  it('writes a role opening a sentence with "One" in lower case', () => {
    expect(byName(people, 'Eleni').roles).toEqual(['one survivor']);
  });
});

describe('extractPeople: things named like people', () => {
  const article = articleFromText(
    [
      'Record falls',
      'Amos Kiprono wore a prototype shoe made by his sponsor, Stridewell, which said the model would go on sale next spring.',
      'The drugs were found aboard the cargo ship Aurora Bay. An inquiry will be led by retired judge Margaret Osei, which will report in June.',
    ].join('\n\n'),
  );
  const people = peopleOf(article);

  it('takes a name "which" follows, or a ship, for a thing', () => {
    expect(people.map((person) => person.name)).toEqual(expect.arrayContaining(['Amos Kiprono', 'Margaret Osei']));
    expect(people.map((person) => person.name)).not.toContain('Stridewell');
    expect(people.map((person) => person.name)).not.toContain('Aurora Bay');
  });

  it('credits what "X, which said" reports to X, not to the sentence subject', () => {
    const claims = extractAttributions(article, splitSentences(article.paragraphs), people);
    expect(claims.find((claim) => claim.paragraph === 1)).toMatchObject({ speaker: 'Stridewell', speakerId: null });
  });
});

describe('extractPeople: an author and a firm’s director', () => {
  const people = peopleOf(
    articleFromText(
      [
        'A slow-burning saga',
        "Nadia Farrow's third novel, The Salt Archive (Harrow & Lane, 432 pages), opens with a flood.",
        '"Nadia writes the kind of novel people press into each other\'s hands," said Ruth Adler, Harrow & Lane\'s publishing director.',
      ].join('\n\n'),
    ),
  );

  it('reads "X\'s third novel, Title," as the author of that novel', () => {
    expect(byName(people, 'Nadia Farrow').roles).toEqual(['author of the novel The Salt Archive']);
  });

  it('reads "X\'s new play, Title," as its playwright', () => {
    const playwright = peopleOf(articleFromText("Review\n\nEleanor Vance's new play, The Keeper's Daughter, opened at the Almont Theatre on Wednesday."));
    expect(byName(playwright, 'Eleanor Vance').roles).toEqual(["playwright of the play The Keeper's Daughter"]);
  });

  it('reads a role after a firm named with "&"', () => {
    expect(byName(people, 'Ruth Adler').roles).toEqual(["Harrow & Lane's publishing director"]);
  });
});

describe('extractPeople: parts, titles written short, and victims', () => {
  const people = peopleOf(
    articleFromText(
      [
        'Trial opens',
        'Derek Harlan, 47, is on trial in the death of Victor Lindqvist, 51. Gov. Claire Broussard did not comment.',
        'The band closed with a stripped-down "Northern Line", played by Callum Reyes alone on an acoustic guitar.',
        "A subplot involving Ruth's estranged brother, played by Colin Marsh, drags.",
        'The nation mourned the death of Anne Whitley, who was 96.',
      ].join('\n\n'),
    ),
  );

  it('reads the one killed in a trial as the victim, and a plain death as nothing', () => {
    expect(byName(people, 'Victor Lindqvist').roles).toContain('victim');
    expect(byName(people, 'Anne Whitley').roles).not.toContain('victim');
  });

  it('writes "Gov." out as "Governor"', () => {
    expect(byName(people, 'Claire Broussard').roles).toEqual(['Governor']);
  });

  it('takes "played by" for an actor only of a part, not of a song', () => {
    expect(byName(people, 'Colin Marsh').roles).toContain("actor playing Ruth's estranged brother");
    expect(byName(people, 'Callum Reyes').roles).not.toContain('actor');
  });
});

describe('extractPeople: parts played and firms with commas', () => {
  const people = peopleOf(
    articleFromText(
      [
        'A quiet film',
        'Jessica Hale plays Ruth, a lighthouse keeper. Tom Cole, who portrays the Duke, is fine.',
        '"Deals die in integration," said Karen Tran, a banking analyst at Keefe, Bruyette & Woods.',
      ].join('\n\n'),
    ),
  );

  it('reads "X plays Ruth" as an actor playing Ruth', () => {
    expect(byName(people, 'Jessica Hale').roles).toEqual(['actor playing Ruth']);
    expect(byName(people, 'Tom Cole').roles).toEqual(['actor playing the Duke']);
  });

  it('keeps a firm whose name has commas whole in a role', () => {
    expect(byName(people, 'Karen Tran').roles).toEqual(['a banking analyst at Keefe, Bruyette & Woods']);
  });
});

describe('extractPeople: parts named with "as"', () => {
  const people = peopleOf(
    articleFromText(
      [
        'A quiet series',
        'Nora Vance, as the ferry pilot Ada Quill, steals the finale. Colm Reddy, as Ada\'s brother Fergus, is fine. Ilse Moor as Katya and Ben Hart as Oleg share one scene.',
        'As Tamsin, the innkeeper\'s daughter, Lena Shaw is luminous.',
        'Starring Mark Dunn and Jo Pike as Rex Gale and Dr Lune, the film opened. Sam Cray, as Chairman, spoke. Lou Bain replaced Kit Ross as Labour leader.',
      ].join('\n\n'),
    ),
  );

  it('reads "X, as Y," "X as Y and …" and "As Y, …, X" as the part X plays', () => {
    expect(byName(people, 'Nora Vance').roles).toEqual(['playing the ferry pilot Ada Quill']);
    expect(byName(people, 'Colm Reddy').roles).toEqual(["playing Ada's brother Fergus"]);
    expect(byName(people, 'Ilse Moor').roles).toEqual(['playing Katya']);
    expect(byName(people, 'Ben Hart').roles).toEqual(['playing Oleg']);
    expect(byName(people, 'Lena Shaw').roles).toEqual(['playing Tamsin']);
  });

  it('reads no part into titles, parties or "X and Y as A and B" pairs', () => {
    for (const name of ['Mark Dunn', 'Jo Pike', 'Sam Cray', 'Kit Ross']) {
      expect(byName(people, name).roles.filter((role) => role.startsWith('playing'))).toEqual([]);
    }
  });
});

describe('extractPeople: makers named with "by", and team positions', () => {
  const people = peopleOf(
    articleFromText(
      [
        'Opening night',
        'The show has music by Ada Pell and lyrics by Rhys Varga. The story follows Nell Ware, played with great warmth by Iris Coe.',
        'The gelding, trained by Moira Teel and ridden by Irish jockey Dara Finn, won. The favourite was ridden by Cal Rooke.',
        'The penalty came from replacement fly-half Tom Pryor after Rovers lock Ian Voss was sent off. Hale did enough to force full-back Jon Ebbe into touch.',
      ].join('\n\n'),
    ),
  );

  it('reads "music by", "lyrics by", "trained by", "ridden by" and "played … by" as roles', () => {
    expect(byName(people, 'Ada Pell').roles).toEqual(['composer']);
    expect(byName(people, 'Rhys Varga').roles).toEqual(['lyricist']);
    expect(byName(people, 'Iris Coe').roles).toEqual(['actor playing Nell Ware']);
    expect(byName(people, 'Moira Teel').roles).toEqual(['trainer']);
    expect(byName(people, 'Cal Rooke').roles).toEqual(['rider']);
  });

  it('keeps the title and the agent\'s role both ("ridden by Irish jockey X")', () => {
    expect(byName(people, 'Dara Finn').roles).toEqual(['Irish jockey', 'rider']);
  });

  it('reads rugby positions before a name, and no verb before them', () => {
    expect(byName(people, 'Tom Pryor').roles).toEqual(['replacement fly-half']);
    expect(byName(people, 'Ian Voss').roles).toEqual(['Rovers lock']);
    expect(byName(people, 'Jon Ebbe').roles).toEqual(['full-back']);
  });
});

describe('extractPeople: review 38–39 roles', () => {
  const people = peopleOf(
    articleFromText(
      [
        'Roles',
        'Hanne Berg, Nordavia\'s chief operating officer, said the crew did well. The start-up Lyra, whose founder, Anders Lind, said the ruling was overdue.',
        'Reza Farah plays her father, Hossein, and newcomer Omid Tava plays Leila\'s younger brother, Karim.',
        'Dan Stein, an antitrust lawyer at Clifford Chance in Brussels, said fines work. India were led by opener Kiran Rahe. Spinner Ravi Bhat took two wickets.',
      ].join('\n\n'),
    ),
  );

  it('keeps "operating" inside "chief operating officer" and reads "X, whose founder, Y," as founder of X', () => {
    expect(byName(people, 'Hanne Berg').roles).toEqual(["Nordavia's chief operating officer"]);
    expect(byName(people, 'Anders Lind').roles).toEqual(['founder of Lyra']);
  });

  it('reads "plays her father, Hossein" and "plays Leila\'s younger brother, Karim" as the part played', () => {
    expect(byName(people, 'Reza Farah').roles).toEqual(['actor playing Hossein']);
    expect(byName(people, 'Omid Tava').roles).toEqual(["actor playing Karim, Leila's younger brother"]);
  });

  it('reads team positions written before a name, in lower case when they open a sentence', () => {
    const players = peopleOf(articleFromText('Final\n\nRight-hander Owen Brant earned the win. Gulls goaltender Nate Okoro made 41 saves, and defenseman Carl Matt scored.'));
    expect(byName(players, 'Owen Brant').roles).toEqual(['right-hander']);
    expect(byName(players, 'Nate Okoro').roles).toEqual(['Gulls goaltender']);
    expect(byName(players, 'Carl Matt').roles).toEqual(['defenseman']);
  });

  it('takes the firm a lawyer is "at" for no person, and no "by" from the sentence before for a role', () => {
    expect(people.map((person) => person.name)).not.toContain('Clifford Chance');
    expect(byName(people, 'Dan Stein').roles).toEqual(['an antitrust lawyer at Clifford Chance in Brussels']);
    expect(byName(people, 'Ravi Bhat').roles).toEqual(['spinner']);
  });
});

describe('extractPeople: the lead\'s subject, named in the next paragraph', () => {
  it('gives "A former investment adviser who …" to the person who opens the next paragraph with an age', () => {
    const people = peopleOf(
      articleFromText(
        'Adviser jailed\n\nBOSTON (AP) - A former investment adviser who stole $62 million was sentenced on Thursday to 14 years.\n\nGreg Pellow, 58, of Newton, pleaded guilty in January. Judge Ellen Vane called the fraud cruel.',
      ),
    );
    expect(byName(people, 'Greg Pellow').roles).toEqual(['former investment adviser', 'of Newton']);
    expect(byName(people, 'Ellen Vane').roles).not.toContain('former investment adviser');
  });
});

describe('extractPeople: whose relative a pronoun says', () => {
  const people = peopleOf(
    articleFromText(
      [
        'Fraud trial',
        'Margaret Doyle, 71, lost her savings in the scheme.',
        'Her son, Kevin Doyle, said the family was devastated. Frank Delaney fell ill. His wife, Maureen Delaney, said the crew was kind.',
        'The family was beset by a feud from the pages of "King Lear." Reza Farah plays her father, Hossein.',
      ].join('\n\n'),
    ),
  );

  it('names whose relative "Her son, X," is, from the one named before in that paragraph or the one before', () => {
    expect(byName(people, 'Kevin Doyle').roles).toEqual(["Margaret Doyle's son"]);
    expect(byName(people, 'Maureen Delaney').roles).toEqual(["Frank Delaney's wife"]);
  });

  it('takes a name that is all of a quotation for a title, not a person', () => {
    expect(people.map((person) => person.name)).not.toContain('Lear');
  });
});

describe('extractPeople: relatives named with "whose"', () => {
  it('names each as the other\'s relative ("X, whose husband Y,")', () => {
    const people = peopleOf(articleFromText('Miners rescued\n\n"He is home," said Grace Mulenga, whose husband Peter Mulenga, 39, was among the last to be rescued.'));
    expect(byName(people, 'Grace Mulenga').roles).toEqual(['married to Peter Mulenga']);
    expect(byName(people, 'Peter Mulenga').roles).toEqual(["Grace Mulenga's husband"]);
  });
});

describe('extractPeople: a function word opening a sentence', () => {
  it('never takes "Among" for a person', () => {
    const people = peopleOf(articleFromText('Museum robbed\n\nThey fled to the city.\n\nAmong the items is the Peacock Clock, made in Paris.'));
    expect(people.map((person) => person.name)).not.toContain('Among');
  });
});

describe('extractPeople: an appositive between two names', () => {
  it('gives "X, the head of security, Y," to Y, not to the X before it', () => {
    const people = peopleOf(
      articleFromText("Museum robbed\n\nMuseum director Anneke Verhoeven spoke. A second man named Verhoeven, the museum's head of security, Pieter Verhoeven, declined to comment."),
    );
    expect(byName(people, 'Anneke Verhoeven').roles).not.toContain("the museum's head of security");
    expect(byName(people, 'Pieter Verhoeven').roles).toEqual(["the museum's head of security"]);
  });
});

describe('extractPeople: a libel case', () => {
  const people = peopleOf(
    articleFromText(
      [
        'Presenter wins libel case',
        'LONDON - Television presenter Olivia Grant has won her libel claim against the Daily Courier on Friday.',
        "Mr Justice Harrington found that the article was defamatory. Grant's barrister, Hugh Tomlinson KC, told the court the source was anonymous.",
        'Catherine Ellis KC, representing the Daily Courier, argued that the article was in the public interest.',
      ].join('\n\n'),
    ),
  );

  it('reads who brought the claim, the judge, and the barristers', () => {
    expect(byName(people, 'Olivia Grant').roles).toContain('claimant against the Daily Courier');
    expect(byName(people, 'Harrington').roles).toEqual(['judge']);
    expect(byName(people, 'Hugh Tomlinson').roles).toEqual(["Grant's barrister"]);
    expect(byName(people, 'Catherine Ellis').roles).toEqual(['representing the Daily Courier']);
  });
});

describe('extractPeople: venues named like people', () => {
  it('takes "the Almont Theatre" and "the Harlow Museum" for places', () => {
    const people = peopleOf(articleFromText('Review\n\nThe play opened at the Almont Theatre on Wednesday. Almont Theatre sold out. The Harlow Museum lent the costumes.'));
    expect(people.map((person) => person.name)).toEqual([]);
  });
});

describe('extractPeople: a role before a lower-case title', () => {
  it('reads "The Mariners\' owner, billionaire shipping executive X," as both', () => {
    const people = peopleOf(articleFromText("Stadium approved\n\nThe Mariners' owner, billionaire shipping executive Douglas Whitcombe, watched the vote from the gallery."));
    expect(byName(people, 'Douglas Whitcombe').roles).toEqual(['billionaire shipping executive', "Mariners' owner"]);
  });
});

describe('extractPeople: keepers and sommeliers', () => {
  it('reads "the head keeper of …" and "Sommelier X" as roles', () => {
    const people = peopleOf(
      articleFromText('Cub born\n\n"We are thrilled," said Laura Bennett, the head keeper of the zoo\'s Himalayan section.\n\nSommelier Ana Herrera picks the wines.'),
    );
    expect(byName(people, 'Laura Bennett').roles).toEqual(["the head keeper of the zoo's Himalayan section"]);
    expect(byName(people, 'Ana Herrera').roles).toEqual(['sommelier']);
  });
});

describe('extractPeople: singers, moderators and abbreviations inside a role', () => {
  const people = peopleOf(
    articleFromText(
      [
        'Opening night',
        'As Floria Tosca, the soprano Valentina Russo is a revelation. The debate was moderated by Linda Castillo of ABC News.',
        '"I was scared," said Sarah, 38, a mother of two in the St. Vital neighbourhood.',
      ].join('\n\n'),
    ),
  );

  it('reads voice types and "moderated by" as roles', () => {
    expect(byName(people, 'Valentina Russo').roles).toEqual(['playing Floria Tosca', 'the soprano']);
    expect(byName(people, 'Linda Castillo').roles).toContain('moderator');
  });

  it('reads a role past "St." inside it', () => {
    expect(byName(people, 'Sarah').roles).toEqual(['a mother of two in the St. Vital neighbourhood']);
  });
});

describe('extractPeople: a pronoun inside a sentence about someone unnamed', () => {
  it('does not give "One man in his 70s died after his car …" to the man named before', () => {
    const people = peopleOf(
      articleFromText('Storm closes schools\n\n"Crews are working around the clock," said Bruce Owen, a utility spokesman.\n\nOne man in his 70s died after his car left the highway.'),
    );
    expect(byName(people, 'Bruce Owen').paragraphs).toEqual([1]);
  });
});

describe('extractPeople: more occupations', () => {
  it('reads caddies, auctioneers, impressionists and a show\'s creator', () => {
    const people = peopleOf(
      articleFromText(
        [
          'Auction record',
          '"He looked calm," said his caddie, Tommy Briggs. "Sold," said auctioneer Henry Castellane.',
          'The painting by the French impressionist Amélie Fournier sold. Created by Nadia Brooks, the show ran for five seasons.',
        ].join('\n\n'),
      ),
    );
    expect(byName(people, 'Tommy Briggs').roles).toContain('caddie');
    expect(byName(people, 'Henry Castellane').roles).toEqual(['auctioneer']);
    expect(byName(people, 'Amélie Fournier').roles).toEqual(['the French impressionist']);
    expect(byName(people, 'Nadia Brooks').roles).toEqual(['creator']);
  });
});

describe('extractPeople: an office held then', () => {
  it('keeps "then" in "then Prime Minister X", but not in "Since then Mayor X has …"', () => {
    const people = peopleOf(articleFromText('Snap election\n\nIn 2002, then Prime Minister Helen Clark went to the country early.\n\nSince then Mayor Ann Lee has governed alone.'));
    expect(byName(people, 'Helen Clark').roles).toEqual(['then Prime Minister']);
    expect(byName(people, 'Ann Lee').roles).toEqual(['Mayor']);
  });
});

describe('extractPeople: a first name that is also a month', () => {
  it('finds "and Jan Dvořák, 35," in a list, but no one in "between January and June"', () => {
    const people = peopleOf(articleFromText('Climbers rescued\n\nThe brothers Tomáš Dvořák, 38, and Jan Dvořák, 35, were flown out.\n\nPrices rose between January and June, officials said.'));
    expect(people.map((person) => person.name)).toEqual(['Tomáš Dvořák', 'Jan Dvořák']);
  });
});

describe('roles written in two cases', () => {
  it('keeps "Prime Minister" once when the article also writes "became prime minister"', () => {
    const text = 'Prime Minister Claire Whitmore called an election.\n\nWhitmore, 52, became prime minister in 2023 after her predecessor resigned.';
    expect(rolesOf(text, 'Claire Whitmore')).toEqual(['Prime Minister']);
  });
});

describe('gender from pronouns, and teams that are no people', () => {
  it('does not read "gives her a voice" as the giver being a woman, so "his grandmother" stays the writer\'s', () => {
    const article = articleFromText(
      [
        'Headline',
        '',
        'The novel, by Ottoline Reid, is narrated by Agnes Munro, a retired teacher.',
        '',
        'Reid gives her a voice that feels lived-in.',
        '',
        'Reid has said that the book grew out of a story his grandmother told him.',
      ].join('\n'),
    );
    expect(byName(peopleOf(article), 'Ottoline Reid').gender).not.toBe('female');
  });

  it('reads "Vega Motorsport" and "Aurora Racing" as teams, not people', () => {
    const names = peopleOf(articleFromText('Headline\n\nVega Motorsport boss Anton Lindqvist was less pleased after Aurora Racing won.')).map((person) => person.name);
    expect(names).toEqual(['Anton Lindqvist']);
  });
});

describe('a first name alone that is also a word', () => {
  it('reads "Maria, a volunteer who …," and "Grace, 34," as people, even opening a sentence, but not "Hope, a charity,"', () => {
    const people = peopleOf(
      articleFromText(
        'Headline\n\nThe storm hit on Monday.\n\nMaria, a volunteer who asked that her last name not be used, said the shelter was full.\n\nGrace, 34, said it was hard.\n\nHope, a charity, said nothing.',
      ),
    );
    expect(people.map((person) => [person.name, person.roles])).toEqual([
      ['Maria', ['a volunteer']],
      ['Grace', []],
    ]);
  });
});

describe('roles on a stage and in a contest', () => {
  it('reads who danced, conducted or wrote the score of a show', () => {
    const text = [
      "The ballet is set to Igor Stravinsky's 1910 score.",
      'Principal dancer Mei Lin Zhao dances the Firebird.',
      'The evil sorcerer Koschei is danced by Rafael Torres.',
      'The orchestra, conducted by Hannah Lisle, played well.',
    ].join('\n\n');
    expect(rolesOf(text, 'Igor Stravinsky')).toEqual(['composer']);
    expect(rolesOf(text, 'Mei Lin Zhao')).toContain('dancer playing the Firebird');
    expect(rolesOf(text, 'Rafael Torres')).toEqual(['dancer playing Koschei']);
    expect(rolesOf(text, 'Hannah Lisle')).toEqual(['conductor']);
  });

  it('reads a seed, a win after an appositive, and a past win with its year', () => {
    const text = [
      'Dominik Kovacs, the No. 6 seed from Hungary, won his first Grand Slam title on Sunday.',
      'Andre Villeneuve, who won the title here in 2009, was watching. Ann Lowe won her seat.',
    ].join('\n\n');
    expect(rolesOf(text, 'Dominik Kovacs')).toEqual(['winner of his first Grand Slam title', 'the No. 6 seed from Hungary']);
    expect(rolesOf(text, 'Andre Villeneuve')).toEqual(['winner of the title in 2009']);
    expect(rolesOf(text, 'Ann Lowe')).toEqual([]);
  });
});

describe('what a person is of', () => {
  it('reads "X of Team Meridian" and joins a title with it ("Inspector X of the Rotterdam police"), stopping at a full stop', () => {
    const text = [
      'Mateo Vidal of Team Meridian won the stage.',
      'Inspector Joost Vermeulen of the Rotterdam police said the van was found.',
      'Linda Castillo of ABC News. The debate ran late.',
    ].join('\n\n');
    expect(rolesOf(text, 'Mateo Vidal')).toEqual(['of Team Meridian']);
    expect(rolesOf(text, 'Joost Vermeulen')).toEqual(['Inspector of the Rotterdam police']);
    expect(rolesOf(text, 'Linda Castillo')).toEqual(['of ABC News']);
  });
});

describe('roles of a show and a team', () => {
  it('reads "The direction, by X", "the score by Y", a performance given as a part, and a wing or a domestique', () => {
    const text = [
      'The direction, by Tomas Reyes, is patient, and the score by Anna Whitcombe is spare.',
      'Olivia Hartley gives the performance of her career as Ruth Pryce.',
      'Wing Tomas Reilly scored the decisive try.',
      "Ardent Racing's Tom Berger, Okafor's most important mountain domestique, abandoned.",
    ].join('\n\n');
    expect(rolesOf(text, 'Tomas Reyes')).toEqual(['director']);
    expect(rolesOf(text, 'Anna Whitcombe')).toEqual(['composer']);
    expect(rolesOf(text, 'Olivia Hartley')).toEqual(['playing Ruth Pryce']);
    expect(rolesOf(text, 'Tomas Reilly')).toEqual(['wing']);
    expect(rolesOf(text, 'Tom Berger')).toEqual(["Okafor's most important mountain domestique"]);
  });
});

describe('relatives, debuts and kinds of partner', () => {
  it('reads a brother named last in a sentence, whose the drowned boy\'s sister is, a debut in a part and a training partner', () => {
    const text = [
      'The story is narrated by Agnes Munro, a retired teacher who returns after the death of her brother, Ewan.',
      'The drowned boy, Danny Ross, was the son of the village doctor. His younger sister, Isla Ross, runs the café.',
      'The tenor David Okonkwo, making his company debut as Cavaradossi, sings well.',
      "Kiprotich's training partner Joseph Kiprotich, no relation, was third.",
      "Omid Tavakoli plays Leila's younger brother, Karim.",
    ].join('\n\n');
    expect(rolesOf(text, 'Agnes Munro')).toContain('a retired teacher');
    expect(rolesOf('A worker who gave only his first name, Travis, said the valve leaked. "Everybody knew," Travis said.', 'Travis')).toEqual([
      'a worker who gave only his first name',
    ]);
    expect(rolesOf(text, 'Ewan')).toEqual(["Agnes Munro's brother"]);
    expect(rolesOf(text, 'Isla Ross')).toEqual(["Danny Ross's younger sister"]);
    expect(rolesOf(text, 'David Okonkwo')).toContain('playing Cavaradossi');
    expect(rolesOf(text, 'Joseph Kiprotich')).toEqual(["Kiprotich's training partner"]);
    expect(peopleOf(articleFromText(`Headline\n\n${text}`)).map((person) => person.name)).not.toContain('Karim');
  });
});

describe('bodies named with "and", saints and nations', () => {
  it('reads no person in "the Occupational Safety and Health Administration" or "the Official World Golf Ranking"', () => {
    const names = peopleOf(
      articleFromText('Headline\n\nThe federal Occupational Safety and Health Administration said it had opened an inspection, according to the Official World Golf Ranking.'),
    ).map((person) => person.name);
    expect(names).toEqual([]);
  });

  it('keeps "St." in a role, a first name that is a country after a nationality, and a country before a name', () => {
    expect(rolesOf("St. Aldric's chief executive, Dr. Alan Whitcombe, said the hospital was sorry.", 'Alan Whitcombe')).toEqual(["St. Aldric's chief executive"]);
    expect(peopleOf(articleFromText('Headline\n\nLindqvist finished two shots clear of American Jordan Pike.')).map((person) => person.name)).toContain('Jordan Pike');
    expect(rolesOf("The record was set by Italy's Federica Moretti two years ago.", 'Federica Moretti')).toEqual(['of Italy']);
  });
});

describe('roles from an office served, a dated novel and a rank after a role', () => {
  it('reads "will serve as acting governor", "X\'s bestselling 2011 novel" and "Chief negotiator Colonel X"', () => {
    expect(rolesOf('Deputy governor Kemal Ersoy will serve as acting governor until May.', 'Kemal Ersoy')).toEqual(['Deputy governor', 'acting governor']);
    expect(rolesOf("Adapted from Oren Vasquez's bestselling 2011 novel, the film runs long.", 'Oren Vasquez')).toEqual(['author of the novel']);
    expect(rolesOf('Chief negotiator Colonel Luis Herrera said talks had failed.', 'Luis Herrera')).toEqual(['Chief negotiator', 'Colonel']);
    expect(rolesOf('The retired army General Tom Hale spoke.', 'Tom Hale')).toEqual(['the retired army General']);
  });

  it('reads what a person is of after their age, and "who co-owns the mare with her husband"', () => {
    expect(rolesOf('Diane Carver, 54, of Toledo, who filed a complaint, said the SUV pulled left.', 'Diane Carver')).toEqual(['of Toledo']);
    expect(rolesOf('Helen Ashworth, who co-owns the mare with her husband, wept.', 'Helen Ashworth')).toEqual(['co-owner of the mare']);
  });
});

describe('a list of names with ages', () => {
  it('gives "The victims were X, 15, Y, 16, and Z, 47," each the role', () => {
    const text = 'The victims were Emma Larkin, 15, Jayden Ruiz, 16, and Thomas Alvarez, 47, a chemistry teacher.';
    expect(rolesOf(text, 'Emma Larkin')).toEqual(['victim']);
    expect(rolesOf(text, 'Jayden Ruiz')).toEqual(['victim']);
    expect(rolesOf(text, 'Thomas Alvarez')).toContain('victim');
  });

  it('gives "The escaped inmates were identified as X, 42, serving …; Y, …; and Z" each the described role', () => {
    const text =
      'The escaped inmates were identified as Ray Cole, 42, serving life for murder; Dwayne Hutchins, 29, serving 18 years for robbery; and Luis Ortega, 35.';
    expect(['Ray Cole', 'Dwayne Hutchins', 'Luis Ortega'].map((name) => rolesOf(text, name)[0])).toEqual(['escaped inmate', 'escaped inmate', 'escaped inmate']);
    expect(rolesOf('The three victims were Emma Larkin, 15; and Jayden Ruiz, 16.', 'Emma Larkin')).toEqual(['victim']);
  });
});

describe('people and roles a ballet review, a fire and a start-up name', () => {
  it('finds "Rahima, a 24-year-old sewing machine operator …" and "a café owner named Tariq"', () => {
    const text = [
      'Rahima, a 24-year-old sewing machine operator who gave only her first name, said she escaped.',
      'Her neighbour, a café owner named Tariq, said he had moved his fridges upstairs.',
    ].join('\n\n');
    expect(peopleOf(articleFromText(`Fire\n\n${text}`)).map((person) => person.name)).toEqual(['Rahima', 'Tariq']);
    expect(rolesOf(text, 'Tariq')).toEqual(['a café owner']);
  });

  it('reads "dances the role of Elias", "The designs by X", "who serves as chief technology officer", a cox and a two-word rank', () => {
    const text = [
      'Principal dancer Kenji Morita dances the role of Elias with care.',
      'In this ballet Joseph Morita takes the smaller role of the Developer.',
      'The designs by Tobias Grün are lovely, and the Oxford cox, Isla Grant, wept.',
      'Okonkwo founded the company with Daniel Reyes, who serves as chief technology officer.',
      'Fire service chief Brigadier General Tanvir Hossain said the exits were locked.',
      '"We were lucky," said Fiona, who runs a bookshop on South Street and did not want to give her surname.',
    ].join('\n\n');
    expect(rolesOf(text, 'Kenji Morita')).toContain('dancer playing Elias');
    expect(rolesOf(text, 'Joseph Morita')).toContain('dancer playing the Developer');
    expect(rolesOf(text, 'Tobias Grün')).toEqual(['designer']);
    expect(rolesOf(text, 'Isla Grant')).toEqual(['the Oxford cox']);
    expect(rolesOf(text, 'Daniel Reyes')).toEqual(['chief technology officer']);
    expect(rolesOf(text, 'Tanvir Hossain')).toEqual(['Fire service chief', 'Brigadier General']);
    expect(rolesOf(text, 'Fiona')).toEqual(['head of a bookshop on South Street']);
  });
});

describe('roles of a fight, a prisoner swap, a race and a publisher', () => {
  it('reads the promoter, "a researcher sentenced to 9 years", "riding for X", "Harrow & Finch editor" and a place apart from a title', () => {
    const text = [
      '"Tonight a star was born," said Eddie Hearn, the promoter of the event.',
      'Norway secured the release of Ingrid Solheim, 34, a researcher sentenced to 9 years for photographing a naval base.',
      'Lukas Brandt of Germany was second. Brandt, riding for Kessler BMW Motorrad, had started from pole.',
      'Harrow & Finch editor Julia Penrose said the book sold well.',
      'Passenger Denise Harlow, 64, of Columbus, Ohio, said she was sick.',
      'Hollis plans its Cerro Azul expansion in northern Chile.',
    ].join('\n\n');
    expect(rolesOf(text, 'Eddie Hearn')).toEqual(['the promoter of the event']);
    expect(rolesOf(text, 'Ingrid Solheim')).toEqual(['a researcher']);
    expect(rolesOf(text, 'Lukas Brandt')).toContain('rider for Kessler BMW Motorrad');
    expect(rolesOf(text, 'Julia Penrose')).toEqual(['Harrow & Finch editor']);
    expect(rolesOf(text, 'Denise Harlow')).toEqual(['passenger', 'of Columbus']);
    expect(peopleOf(articleFromText(`Race\n\n${text}`)).map((person) => person.name)).not.toContain('Cerro Azul');
  });
});

describe('a title won', () => {
  it('reads "X of Japan won her first world figure skating title" as the winner of it', () => {
    expect(rolesOf('Mei Sato of Japan won her first world figure skating title on Saturday.', 'Mei Sato')).toContain('winner of her first world figure skating title');
  });
});

describe('whose "its" is', () => {
  it('reads "performed by the London Symphony Orchestra under its music director, X" as that orchestra\'s, not a venue\'s', () => {
    const premiere = 'Okafor\'s Symphony No. 3 had its premiere at the Barbican Hall, performed by the London Symphony Orchestra under its music director, Sir Antonio Pappano.';
    expect(rolesOf(premiere, 'Antonio Pappano')).toEqual(['music director of the London Symphony Orchestra']);
    const returned = 'The City of Birmingham Symphony Orchestra returned to Symphony Hall under its music director, Kazuki Yamada.';
    expect(rolesOf(returned, 'Kazuki Yamada')).toEqual(['music director of the City of Birmingham Symphony Orchestra']);
  });
});

describe('a band and a final', () => {
  it('reads what each member plays ("X on tenor saxophone") and "was named the final\'s most valuable player"', () => {
    const text = [
      'Her band: Tom Verhoeven on tenor saxophone, Aiko Mori on piano and Rafael Cruz on drums.',
      "Kentin Mahe scored nine goals and was named the final's most valuable player.",
    ].join('\n\n');
    expect(['Tom Verhoeven', 'Aiko Mori', 'Rafael Cruz'].map((name) => rolesOf(text, name)[0])).toEqual(['on tenor saxophone', 'on piano', 'on drums']);
    expect(rolesOf(text, 'Kentin Mahe')).toEqual(["final's most valuable player"]);
    expect(rolesOf("Right back Kentin Mahe scored nine goals and was named the final's most valuable player.", 'Kentin Mahe')).toEqual([
      "final's most valuable player",
    ]);
  });
});

describe('parts and makers in a film review', () => {
  it('reads a part of three words, "turns up as", a part described before "played by", and makers joined by "and"', () => {
    const text = [
      'Idris Kalloway plays Lord Cassius Vane, the exiled regent.',
      'Veteran actor Tomasz Wren turns up as Brannoch, the blind ferryman.',
      'A romance with a rebel archer, played by Finn Adebayo, never catches fire.',
      'The script was co-written by Fenella Roque and Oren Vasquez.',
    ].join('\n\n');
    expect(rolesOf(text, 'Idris Kalloway')).toEqual(['actor playing Lord Cassius Vane']);
    expect(rolesOf(text, 'Tomasz Wren')).toContain('actor playing Brannoch');
    expect(rolesOf(text, 'Finn Adebayo')).toEqual(['actor playing a rebel archer']);
    expect(rolesOf(text, 'Oren Vasquez')).toEqual(['co-writer']);
    expect(peopleOf(articleFromText(`Review\n\n${text}`)).map((person) => person.name)).not.toContain('Cassius Vane');
  });
});

describe('roles in a concert review and a rescue', () => {
  it('reads "The soloist was the violinist X", no part in "played the Sarabande from Bach\'s Partita", a compound role and ", of Sacramento,"', () => {
    const text = [
      'The soloist was the Nigerian-British violinist Adaeze Okafor.',
      "As an encore, Okafor played the Sarabande from Bach's Partita No. 2.",
      '"We looked everywhere," said Jamie Richards, the park\'s search and rescue coordinator.',
      'Daniel Okonkwo, of Sacramento, was found alive. Principal oboist Emily Pailthorpe played well.',
    ].join('\n\n');
    expect(rolesOf(text, 'Adaeze Okafor')).toEqual(['the Nigerian-British violinist', 'soloist']);
    expect(rolesOf(text, 'Jamie Richards')).toEqual(["the park's search and rescue coordinator"]);
    expect(rolesOf(text, 'Daniel Okonkwo')).toEqual(['of Sacramento']);
    expect(rolesOf(text, 'Emily Pailthorpe')).toEqual(['Principal oboist']);
  });
});

describe('a role with "district" in it', () => {
  it('reads "X, the chief district officer," as a person with a role, not a place ("district of")', () => {
    const people = peopleOf(
      articleFromText('Headline\n\nOfficials said it. Ram Bahadur Shrestha, the chief district officer in Myagdi, said 212 families had been moved.'),
    );
    expect(byName(people, 'Ram Bahadur Shrestha').roles).toEqual(['the chief district officer in Myagdi']);
  });
});

describe('"X is Y" in a cast', () => {
  it('reads "Judith Kane is Linda Loman" and "Daniel Okonkwo is a sturdy, sympathetic Ivan" in a review as parts, not "Maria Lopez is Spanish"', () => {
    const text = [
      "Michael Danforth plays Willy Loman. Judith Kane is Linda Loman, Willy's wife, and she is superb in the role.",
      'Opposite her, Daniel Okonkwo is a sturdy, sympathetic Ivan, though his partnering in the first act was cautious.',
      'Maria Lopez is Spanish. Tom Becker is President of the club.',
    ].join('\n\n');
    expect(rolesOf(text, 'Judith Kane')).toEqual(['playing Linda Loman']);
    expect(rolesOf(text, 'Daniel Okonkwo')).toEqual(['playing Ivan']);
    expect(rolesOf(text, 'Maria Lopez')).toEqual([]);
  });
});

describe('a name no list has, after "said"', () => {
  it('reads "said Joana, who runs a bakery near the station" as a person who runs a bakery', () => {
    const people = peopleOf(articleFromText('Headline\n\n"We lost everything in the freezer," said Joana, who runs a bakery near the station and declined to give her surname.'));
    expect(byName(people, 'Joana').roles).toEqual(['head of a bakery near the station']);
  });
});

describe('an honour named after other verbs', () => {
  it('reads "Guard X scored 38 points … and was named the finals most valuable player" as X\'s, not another name\'s', () => {
    const text = 'Guard Terrence Okafor scored 38 points, including 14 in the fourth quarter, and was named the finals most valuable player. Maria Lopez met Tom Becker, and was named chief executive.';
    expect(rolesOf(text, 'Terrence Okafor')).toContain('finals most valuable player');
    expect(rolesOf(text, 'Tom Becker')).toEqual([]);
  });
});
