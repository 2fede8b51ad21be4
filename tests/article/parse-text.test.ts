import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRawText } from '../../src/article/parse-text.js';
import { fixturesDir, hasShared, repoRoot, sharedDir } from './paths.js';

const fixture = (name: string): string => readFileSync(resolve(fixturesDir, name), 'utf8');

describe('parseRawText on the seed article', () => {
  const raw = readFileSync(resolve(repoRoot, 'data/lavrov-pyongyang-visit.txt'), 'utf8');
  const article = parseRawText(raw, 'lavrov-pyongyang-visit.txt');
  const bodyText = article.paragraphs.map((paragraph) => paragraph.text).join('\n');

  it('reads the title, the dek and an id from the title', () => {
    expect(article.title).toBe('Russia\'s top diplomat arrives in Pyongyang as US says weapons shipments continue');
    expect(article.dek).toMatch(/^Sergey Lavrov's two-day visit follows White House claims/);
    expect(article.id).toBe('russias-top-diplomat-arrives-in-pyongyang-as-us-says-weapons');
    expect(article.format).toBe('text');
  });

  it('keeps the caption and photo credit out of the body', () => {
    expect(article.caption).toBe(
      "Russian Foreign Minister Sergey Lavrov is greeted by North Korean Foreign Minister Choe Son Hui at Pyongyang's Sunan airport on Wednesday.",
    );
    expect(article.photoCredit).toBe('KCNA via Reuters');
    expect(bodyText).not.toContain('Sunan airport');
    expect(bodyText).not.toContain('Photo:');
  });

  it('drops the repeated title and numbers fourteen body paragraphs from 1', () => {
    expect(article.paragraphs.map((paragraph) => paragraph.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(bodyText).not.toContain('top diplomat arrives');
    expect(article.paragraphs[0]!.text).toMatch(/^Russian Foreign Minister Sergey Lavrov arrived in Pyongyang on Wednesday/);
  });

  it('turns the headings into sections and files each paragraph under its heading', () => {
    expect(article.sections).toEqual(['What Washington says', 'What Moscow wants', 'What comes next']);
    expect(article.paragraphs.map((paragraph) => paragraph.section)).toEqual([
      null, null, null,
      'What Washington says', 'What Washington says', 'What Washington says', 'What Washington says',
      'What Moscow wants', 'What Moscow wants', 'What Moscow wants', 'What Moscow wants',
      'What comes next', 'What comes next', 'What comes next',
    ]);
  });

  it('reads the tags and publisher lines and keeps them out of the body', () => {
    expect(article.tags).toEqual(['North Korea', 'Russia', 'Sergey Lavrov', 'Ukraine war', 'Diplomacy']);
    expect(article.publisher).toBe('The Global Desk');
    expect(bodyText).not.toMatch(/Tags:|Published by/);
  });

  it('keeps every paragraph verbatim, as a whole block of the file', () => {
    const blocks = raw.split(/\n\s*\n/).map((block) => block.trim());
    for (const paragraph of article.paragraphs) expect(blocks).toContain(paragraph.text);
    expect(article.paragraphs[4]!.text).toBe(
      '"We condemn the DPRK for providing Russia with this military equipment, which will be used to attack Ukrainian cities," National Security Council spokesman John Kirby told reporters. He added that Washington believed Pyongyang was seeking advanced weapons technology in return.',
    );
  });
});

describe('parseRawText layout variants', () => {
  it('reads a byline, a dateline, a heading and tags and copyright lines sharing one block', () => {
    const article = parseRawText(fixture('byline-dateline.txt'), 'byline-dateline.txt');
    expect(article.title).toBe('Flood barriers hold as river peaks in northern city');
    expect(article.dek).toBeNull();
    expect(article.author).toBe('Jane Doe and John Roe');
    expect(article.dateline).toBe('HAMBURG (Reuters) -');
    expect(article.paragraphs[0]!.text).toMatch(/^HAMBURG \(Reuters\) - Temporary flood barriers/);
    expect(article.sections).toEqual(['How the barriers were built']);
    expect(article.paragraphs.map((paragraph) => paragraph.section)).toEqual([
      null, null, 'How the barriers were built', 'How the barriers were built',
    ]);
    expect(article.tags).toEqual(['Floods', 'Germany', 'Weather']);
    expect(article.publisher).toBe('Example Wire Service');
  });

  it('joins hard-wrapped lines and reads a header block with dek and a Getty-credited caption', () => {
    const article = parseRawText(fixture('hard-wrapped.txt'), 'hard-wrapped.txt');
    expect(article.dek).toBe('Unions say the walkout will continue until talks resume next week.');
    expect(article.caption).toBe('A commuter waits on an empty platform on Monday.');
    expect(article.photoCredit).toBe('Priya Nair/Getty Images');
    expect(article.dateline).toBe('NEW DELHI, India (CNN) --');
    expect(article.sections).toEqual([]);
    expect(article.paragraphs.map((paragraph) => paragraph.text)).toEqual([
      "NEW DELHI, India (CNN) -- Rail workers walked off the job on Monday, stranding millions of commuters in the country's largest cities as unions demanded higher wages and safer working hours.",
      'The railway ministry said it had asked the unions to return to talks and warned that essential freight would be protected.',
      'Commuters crowded onto buses and shared taxis, and some schools closed early.',
    ]);
    expect(article.publisher).toBe('Example Daily');
  });

  it('makes each bullet item a paragraph without its marker, joining an indented continuation', () => {
    const article = parseRawText(fixture('bullets.txt'), 'bullets.txt');
    expect(article.paragraphs.map((paragraph) => paragraph.text)).toEqual([
      'The finance ministry published its budget on Wednesday. These are the main changes:',
      'Income tax allowance rises by 5 percent',
      'Fuel duty is frozen for another year',
      'Child benefit is extended to families with three or more children',
      'Economists said the plan would cost about 12 billion a year.',
    ]);
    expect(article.tags).toEqual(['Budget', 'Economy', 'Taxes']);
    expect(article.publisher).toBe('Example Daily');
  });

  it('parses CRLF text exactly like LF text', () => {
    const lf = fixture('hard-wrapped.txt');
    const crlf = lf.replace(/\n/g, '\r\n');
    expect(crlf).toContain('\r\n');
    expect(parseRawText(crlf, 'hard-wrapped.txt')).toEqual(parseRawText(lf, 'hard-wrapped.txt'));
  });

  it('treats a file with one paragraph per line (no blank lines) as separate paragraphs', () => {
    const text = [
      'Ferry service resumes after storm',
      'The island ferry sailed again on Sunday morning after two days in port because of high winds and heavy seas in the strait.',
      'Operators said the timetable would be back to normal by Tuesday, once crews had inspected the two ships and the harbour ramps.',
    ].join('\n');
    const article = parseRawText(text, 'ferry.txt');
    expect(article.title).toBe('Ferry service resumes after storm');
    expect(article.paragraphs).toHaveLength(2);
    expect(article.dek).toBeNull();
  });

  it('drops page furniture between paragraphs instead of taking it for a heading', () => {
    const text = [
      'Ferry service resumes after storm',
      '',
      'The island ferry sailed again on Sunday morning after two days in port.',
      '',
      'Advertisement',
      '',
      'Operators said the timetable would be back to normal by Tuesday.',
    ].join('\n');
    const article = parseRawText(text, 'ferry.txt');
    expect(article.sections).toEqual([]);
    expect(article.paragraphs.map((paragraph) => paragraph.text)).toEqual([
      'The island ferry sailed again on Sunday morning after two days in port.',
      'Operators said the timetable would be back to normal by Tuesday.',
    ]);
  });

  it('reads a caption followed by a credit-only line, and a date stamp under the title', () => {
    const text = [
      'Museum returns bronze figures',
      'Published: 18 October 2023',
      'The figures on display before their return',
      'REUTERS/Jane Smith',
      '',
      'The museum handed back twelve bronze figures on Wednesday, ending a dispute that had lasted for decades.',
    ].join('\n');
    const article = parseRawText(text, 'bronzes.txt');
    expect(article.published).toBe('2023-10-18');
    expect(article.caption).toBe('The figures on display before their return');
    expect(article.photoCredit).toBe('REUTERS/Jane Smith');
    expect(article.paragraphs.map((paragraph) => paragraph.text)).toEqual([
      'The museum handed back twelve bronze figures on Wednesday, ending a dispute that had lasted for decades.',
    ]);
  });

  it("starts the story at its dateline: an editor's note and a caption above it are not body", () => {
    const text = [
      "Editor's note: In our series, correspondents share their experiences of covering the news.",
      '',
      'A ferry waits at the old terminal in Millbrook before its last crossing.',
      '',
      'MILLBROOK, Oregon (CNN) -- The last ferry left the old terminal on Friday after forty years of service.',
      '',
      'Passengers said they would miss the short walk from the town centre.',
    ].join('\n');
    const article = parseRawText(text, 'ferry.txt');
    expect(article.paragraphs.map((paragraph) => paragraph.text)).toEqual([
      'MILLBROOK, Oregon (CNN) -- The last ferry left the old terminal on Friday after forty years of service.',
      'Passengers said they would miss the short walk from the town centre.',
    ]);
    expect(article.dateline).toBe('MILLBROOK, Oregon (CNN) --');
  });
});

interface CorpusRecord {
  id: string;
  title: string | null;
  has_title_line: boolean;
  n_paragraphs: number;
}

describe.skipIf(!hasShared)('parseRawText on the news corpus', () => {
  const newsDir = resolve(sharedDir, 'corpora/news');
  const records = hasShared
    ? readFileSync(resolve(newsDir, 'index.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as CorpusRecord)
    : [];
  const parsed = records.map((record) => ({
    record,
    raw: readFileSync(resolve(newsDir, `${record.id}.txt`), 'utf8'),
    article: parseRawText(readFileSync(resolve(newsDir, `${record.id}.txt`), 'utf8'), `${record.id}.txt`),
  }));

  it('keeps every paragraph verbatim and in file order, losing at most a few heading or stamp lines', () => {
    for (const { record, raw, article } of parsed) {
      const blocks = raw.split(/\n\s*\n/).map((block) => block.trim()).filter(Boolean);
      let position = -1;
      for (const paragraph of article.paragraphs) {
        const next = blocks.indexOf(paragraph.text, position + 1);
        expect(next, `${record.id} ¶${paragraph.number}`).toBeGreaterThan(position);
        position = next;
      }
      const expected = record.n_paragraphs;
      expect(article.paragraphs.length, record.id).toBeGreaterThanOrEqual(expected - 3);
      expect(article.paragraphs.length, record.id).toBeLessThanOrEqual(expected);
    }
  });

  it('uses the title line when there is one, and otherwise derives a title of at most 100 characters', () => {
    const titledWithoutTitleLine: string[] = [];
    for (const { record, raw, article } of parsed) {
      if (record.has_title_line) {
        expect(article.title, record.id).toBe(record.title);
      } else if (raw.split('\n')[0]!.trim() === article.title && article.paragraphs[0]!.text !== article.title) {
        titledWithoutTitleLine.push(record.id);
      } else {
        expect(article.title.length, record.id).toBeLessThanOrEqual(100);
        const opening = article.paragraphs[0]!.text.slice(article.dateline?.length ?? 0).trim();
        expect(opening.startsWith(article.title.replace(/…$/, '')), record.id).toBe(true);
      }
    }
    expect(titledWithoutTitleLine).toEqual([]);
  });

  it('finds CNN datelines and derives titles without them', () => {
    const story = parsed.find(({ record }) => record.id === 'cnn-017d27d00eb4')!.article;
    expect(story.dateline).toBe('WASHINGTON (CNN) --');
    expect(story.title).toMatch(/^As he awaits a crucial progress report on Iraq, President Bush/);
    expect(story.title.endsWith('…')).toBe(true);
    const glued = parsed.find(({ record }) => record.id === 'cnn-469c6ac05092')!.article;
    expect(glued.dateline).toBe('Marseille, France (CNN)');
    const mixedCase = parsed.find(({ record }) => record.id === 'newsqa-c65ed85800e4')!.article;
    expect(mixedCase.dateline).toBe('Johannesburg (CNN) --');
  });

  it('keeps an agency copyright line out of the body and reads it as the publisher', () => {
    const story = parsed.find(({ record }) => record.id === 'cnn-42c027e4ff97')!.article;
    expect(story.publisher).toBe('Reuters');
    expect(story.paragraphs.some((paragraph) => /All rights reserved/.test(paragraph.text))).toBe(false);
  });

  it('drops page furniture and reads a date stamp above the story', () => {
    const story = parsed.find(({ record }) => record.id === 'xsum-hf-08')!.article;
    expect(story.published).toBe('2014-11-02');
    expect(story.title).toMatch(/^Homes and businesses were damaged in the storm/);
    expect(story.paragraphs.some((paragraph) => /Media playback|Last updated/.test(paragraph.text))).toBe(false);
    const highlights = parsed.find(({ record }) => record.id === 'xsum-hf-02')!.article;
    expect(highlights.paragraphs.some((paragraph) => /Media playback/.test(paragraph.text))).toBe(false);
  });

  it('does not take a question that opens the story for a title', () => {
    const story = parsed.find(({ record }) => record.id === 'xsum-hf-10')!;
    expect(story.article.paragraphs[0]!.text).toBe('But what has been your moment of the year?');
    expect(story.article.paragraphs).toHaveLength(story.record.n_paragraphs);
  });
});

describe('parseRawText without a publisher line', () => {
  it('takes the publisher from the dateline\'s outlet ("SEOUL (Reuters) -"), and leaves it empty without one', () => {
    const wire = parseRawText('Talks stall in Seoul\n\nSEOUL (Reuters) - Talks between the two sides stalled on Monday, officials said.', 'wire.txt');
    expect(wire.publisher).toBe('Reuters');
    const plain = parseRawText('Talks stall in Seoul\n\nTalks between the two sides stalled on Monday, officials said.', 'plain.txt');
    expect(plain.publisher).toBeNull();
  });
});

describe('parseRawText on wire and local-paper layouts', () => {
  it('reads a dateline with a country and a date before the outlet, and drops the staff credits', () => {
    const wire = parseRawText(
      'Volcano erupts\n\nBy Ayu Lestari, Reuters\n\nLABUHAN, Indonesia, Aug 4 (Reuters) - Mount Kalani erupted on Sunday.\n\nFlights were cancelled.\n\n(Reporting by Ayu Lestari; Editing by Michael Perry)',
      'wire.txt',
    );
    expect(wire.publisher).toBe('Reuters');
    expect(wire.author).toBe('Ayu Lestari');
    expect(wire.paragraphs.map((paragraph) => paragraph.text)).toEqual(['LABUHAN, Indonesia, Aug 4 (Reuters) - Mount Kalani erupted on Sunday.', 'Flights were cancelled.']);
  });

  it('reads a dateline filed from two places', () => {
    expect(parseRawText('Dam talks fail\n\nADDIS ABABA/CAIRO (AP) — Talks on the dam failed on Monday.', 'dam.txt').publisher).toBe('AP');
  });

  it("takes a paper's name on the line under the byline for the publisher, not the dek", () => {
    const local = parseRawText('City plans cuts\n\nBy Karen Whitley\nRiverton Daily Herald\nNovember 14, 2023\n\nRIVERTON — The mayor proposed cuts on Tuesday.', 'local.txt');
    expect(local).toMatchObject({ publisher: 'Riverton Daily Herald', dek: null, author: 'Karen Whitley', published: '2023-11-14' });
  });

  it('reads a staff byline that names no one as a byline, not a section heading', () => {
    const staff = parseRawText('Heat kills 47\n\nBy Staff Reporter, Associated Press\n\nSEVILLE, Spain — At least 47 people have died in a heatwave.\n\nHospitals reported a rise in admissions.', 'heat.txt');
    expect(staff).toMatchObject({ author: null, publisher: 'Associated Press', sections: [] });
    expect(staff.paragraphs.map((paragraph) => paragraph.section)).toEqual([null, null]);
  });

  it("takes a wire story's reporter from its closing credits when no byline names one", () => {
    const wire = parseRawText('Floods sweep valley\n\nVARDA (Reuters) - Floods killed 12 people on Sunday.\n\nThe army was deployed.\n\n(Reporting by Anna Petrova in Sofia; Editing by Mark Heinrich)', 'flood.txt');
    expect(wire).toMatchObject({ author: 'Anna Petrova' });
    expect(wire.paragraphs.map((paragraph) => paragraph.text).join(' ')).not.toContain('Reporting by');
  });

  it('takes the outlet a byline names after its author for the publisher, not a job title', () => {
    const wire = parseRawText('Jet lands safely\n\nBy Dana Reyes, Northwest Wire Service\n\nBOISE, Idaho — A jet landed on one engine on Sunday.', 'jet.txt');
    expect(wire).toMatchObject({ publisher: 'Northwest Wire Service', author: 'Dana Reyes' });
    const staff = parseRawText('Jet lands safely\n\nBy Dana Reyes, Staff Writer\n\nBOISE, Idaho — A jet landed on one engine on Sunday.', 'jet.txt');
    expect(staff).toMatchObject({ publisher: null, author: 'Dana Reyes', authorTitle: 'Staff Writer' });
    expect(wire.authorTitle).toBeNull();
  });
});
