import { describe, expect, it } from 'vitest';
import { parseRawText } from '../../src/article/parse-text.js';
import { extractPeople } from '../../src/nlp/people.js';
import { splitSentences } from '../../src/nlp/sentences.js';

function peopleIn(text: string): string[] {
  const article = parseRawText(`Leaders meet at the summit\n\n${text}`, 'names.txt');
  return extractPeople(article, splitSentences(article.paragraphs)).map((person) => person.name);
}

describe('first names beyond the US list', () => {
  it('finds international leaders named without a title', () => {
    const names = peopleIn('Donald Trump met Xi Jinping and Narendra Modi on Monday, while Mette Frederiksen stayed in Copenhagen.');
    expect(names).toEqual(expect.arrayContaining(['Donald Trump', 'Xi Jinping', 'Narendra Modi', 'Mette Frederiksen']));
  });

  it('reads a month after a first name or an honorific as a surname, but not a date', () => {
    expect(peopleIn('Prime Minister Theresa May said the vote would be held in May. Mrs May left on Friday May 5.')).toEqual(['Theresa May']);
    expect(peopleIn('Brian May played the guitar.')).toEqual(['Brian May']);
  });

  it('reads a month that is also a first name as that first name before an unknown surname, not in a date', () => {
    expect(peopleIn('The mayor, Jan Dvorsky, opened the bridge on Jan 5.')).toEqual(['Jan Dvorsky']);
    expect(peopleIn('From March to June Zentrix sold more cars, and May Day was quiet.')).toEqual([]);
  });

  it('takes a name ending in a place for a person when an age in parentheses follows it', () => {
    expect(peopleIn('The squad includes Tavis Kentucky (forward, 27) and Orla Brennan (31).')).toEqual(['Tavis Kentucky', 'Orla Brennan']);
    expect(peopleIn('Neighbouring Kentucky (AP) reported storms.')).toEqual([]);
  });

  it('reads initials written together before a surname, but not a country or a firm', () => {
    expect(peopleIn('J.T. Morrow praised U.S. Treasuries bought from Harlan & Sons.')).toEqual(['J.T. Morrow']);
  });

  it('does not take a party described by a lower-case party label for a person', () => {
    expect(peopleIn('The centrist Unity Forum and the liberal Bright Future gained seats, while Conservative leader Ada Marwick lost hers.')).toEqual([
      'Ada Marwick',
    ]);
  });

  it('keeps two particles inside a name and a first name that is also a place', () => {
    const names = peopleIn('European Commission President Ursula von der Leyen met Rep. Alexandria Ocasio-Cortez, while Georgia Gov. Brian Kemp waited.');
    expect(names).toEqual(['Ursula von der Leyen', 'Alexandria Ocasio-Cortez', 'Brian Kemp']);
  });

  it('reads a street or a venue as a place, but keeps a surname that is also a street word', () => {
    expect(peopleIn('Rovers won at Marsh Lane, and City lost at Wembley Stadium. Nathan Lane watched.')).toEqual(['Nathan Lane']);
  });

  it('finds a judge behind a long court title, and a first name introduced by its role', () => {
    expect(peopleIn('Riverside County Superior Court Judge Helen Marquez sentenced him.')).toEqual(['Helen Marquez']);
    expect(peopleIn('Dana, a retired schoolteacher who asked that her last name not be used, fled her home in Glen Haven.')).toEqual(['Dana']);
  });

  it('reads an organisation word that is also a name as a name after a first name ("Bill Gates", "Jack White")', () => {
    expect(peopleIn('Bill Gates met Jack White and Stuart Hall, then visited the White House and Carnegie Hall.')).toEqual([
      'Bill Gates',
      'Jack White',
      'Stuart Hall',
    ]);
  });

  it('reads local-government and religious titles before a name ("Alderwoman", "Councilman", "Pastor")', () => {
    expect(peopleIn('Alderwoman Marina Dimitrijevic and Councilman Bob Jones voted, and Pastor John Smith prayed.')).toEqual([
      'Marina Dimitrijevic',
      'Bob Jones',
      'John Smith',
    ]);
  });

  it('reads a name before a thing ("the Europa Clipper spacecraft") as no person, nor a surname two people share', () => {
    expect(peopleIn("NASA's Europa Clipper spacecraft found plumes. Jane Okafor said so.")).toEqual(['Jane Okafor']);
    expect(peopleIn('Kari Nielsen met Anders Nielsen. Two officials both named Nielsen attended. Nielsen smiled.')).toEqual([
      'Kari Nielsen',
      'Anders Nielsen',
    ]);
  });

  it('finds a name set off after a role and closed by what the person is of ("economist, Can Aydemir of …")', () => {
    expect(peopleIn('Governor Selin Aydemir resigned. Another economist, Can Aydemir of Oxford Economics, was more cautious.')).toEqual([
      'Selin Aydemir',
      'Can Aydemir',
    ]);
  });

  it('reads a month that is also a first name as that name alone after a relative or a role, not in a date', () => {
    expect(peopleIn("Fisherman Rodel said the sea fell. Another fisherman, Rodel's cousin Jun, said boats stayed out.")).toEqual(['Rodel', 'Jun']);
    expect(peopleIn('The deadline is Jun 5, and sales fell in Jun 2024.')).toEqual([]);
  });

  it('reads a plural word "and" joins to a body\'s name as part of it ("… of Locomotive Engineers and Trainmen")', () => {
    expect(peopleIn('The Brotherhood of Locomotive Engineers and Trainmen said crews were rushed. Jane Okafor agreed.')).toEqual(['Jane Okafor']);
  });

  it('reads names before a product noun as products, one joined by "and" too ("the X Ridgeline and X Summit SUVs")', () => {
    expect(peopleIn('The recall covers the Halvorsen Ridgeline and Halvorsen Summit SUVs and the Halvorsen Trailmark pickup. Ann Lee agreed.')).toEqual([
      'Ann Lee',
    ]);
  });

  it('reads a trophy, a medal or a prize named after someone as no person, and "Shield" after a first name as a surname', () => {
    expect(peopleIn('Pieter van Buren lifted the Sid Waddell Trophy, and Ferreira won the Prémio Casa das Letras. John Shield watched.')).toEqual([
      'Pieter van Buren',
      'John Shield',
    ]);
  });

  it('reads a firm after a role firms hold ("the promoter, Bright Horizon Events,", "promoter Live Nation") as no person', () => {
    expect(peopleIn('The promoter, Bright Horizon Events, sold 24,500 tickets, and promoter Live Nation sold more. Promoter Bob Arum agreed.')).toEqual([
      'Bob Arum',
    ]);
  });

  it('reads a lone word before a role ("a former Veltrane compliance manager") and whom a spokeswoman speaks for as no person', () => {
    expect(peopleIn('A former Veltrane regional compliance manager, Paulo Mendes, reported it.')).toEqual(['Paulo Mendes']);
    expect(peopleIn('"We are rationing," said Lucía Ramírez, a spokeswoman for Energía del Norte.')).toEqual(['Lucía Ramírez']);
  });

  it('reads "Der Standard" as a newspaper, "Neighbour Agnieszka" as Agnieszka, and the leader of "The Lena Okafor Quintet"', () => {
    expect(peopleIn('According to Der Standard, 15,000 people will attend. The Evening Standard agreed.')).toEqual([]);
    expect(peopleIn('Neighbour Agnieszka, who lives opposite, said the blast woke her.')).toEqual(['Agnieszka']);
    expect(peopleIn('The Lena Okafor Quintet closed the festival. "I wrote that tune on a ferry," Okafor said.')).toEqual(['Lena Okafor']);
  });

  it('finds a Welsh first name, a name "given only as" one, and a part after "plays the smuggler"', () => {
    expect(peopleIn('Two others, Catherine Mann and Huw Pill, wanted to hold rates.')).toEqual(['Catherine Mann', 'Huw Pill']);
    expect(peopleIn('One subscriber, who gave his name only as Michael, said the finale was loud.')).toEqual(['Michael']);
    expect(peopleIn('Daniel Okafor plays the smuggler Silas Crane, the villain of the piece.')).toEqual(['Daniel Okafor']);
  });

  it('reads a name split by an invisible soft hyphen as one word', () => {
    expect(peopleIn('Vladi\u00ADmir Putin arrived late, officials said.')).toContain('Vladimir Putin');
  });
});
