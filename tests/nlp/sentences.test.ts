import { describe, expect, it } from 'vitest';
import { segmentText, splitSentences } from '../../src/nlp/sentences.js';

const texts = (paragraph: string): string[] => segmentText(paragraph).map((piece) => piece.text);

describe('segmentText', () => {
  it('keeps honorifics, military titles and initials inside the sentence', () => {
    expect(texts('Mr. Smith met Dr. Jones. Gen. Mark Milley and Sen. Ted Cruz spoke. John F. Kennedy was shot.')).toEqual([
      'Mr. Smith met Dr. Jones.',
      'Gen. Mark Milley and Sen. Ted Cruz spoke.',
      'John F. Kennedy was shot.',
    ]);
  });

  it('keeps dotted acronyms, times and place abbreviations inside the sentence', () => {
    expect(texts('The U.S. Secretary of State met U.N. officials at 9 a.m. Monday in St. Louis. They left.')).toEqual([
      'The U.S. Secretary of State met U.N. officials at 9 a.m. Monday in St. Louis.',
      'They left.',
    ]);
  });

  it('ends a sentence at an acronym when a new sentence plainly starts', () => {
    expect(texts('Arms went to the U.S. He added that more would follow.')).toEqual([
      'Arms went to the U.S.',
      'He added that more would follow.',
    ]);
  });

  it('keeps "No." before a number and ends a sentence at a plain "no."', () => {
    expect(texts('He lives at No. 10 Downing Street. She said no. The vote was held in May.')).toEqual([
      'He lives at No. 10 Downing Street.',
      'She said no.',
      'The vote was held in May.',
    ]);
  });

  it('does not split decimals', () => {
    expect(texts('Output rose 3.5 percent in May. Then it fell.')).toEqual(['Output rose 3.5 percent in May.', 'Then it fell.']);
  });

  it('keeps a closing quote with its sentence and splits after it', () => {
    expect(texts('He called the claims "unfounded." He declined to comment.')).toEqual([
      'He called the claims "unfounded."',
      'He declined to comment.',
    ]);
    expect(texts('“We stand with Ukraine.” He added that aid would continue.')).toEqual([
      '“We stand with Ukraine.”',
      'He added that aid would continue.',
    ]);
  });

  it('keeps a time zone with the time before it ("4 a.m. GMT when …")', () => {
    expect(texts('The outage began after 4 a.m. GMT when an update failed. It ended at 9 p.m. ET. Officials were relieved.')).toEqual([
      'The outage began after 4 a.m. GMT when an update failed.',
      'It ended at 9 p.m. ET.',
      'Officials were relieved.',
    ]);
  });

  it('keeps "he said" with a quoted question or exclamation it closes', () => {
    expect(texts('"The wells are broken. What should people drink?" he said. "Run!" she shouted.')).toEqual([
      '"The wells are broken.',
      'What should people drink?" he said.',
      '"Run!" she shouted.',
    ]);
  });

  it('never splits a dateline from its "(Outlet) —", after a state abbreviation or anywhere else', () => {
    expect(texts('MILLBROOK, Ore. (AP) — The council voted 7-2. It ended a dispute.')).toEqual([
      'MILLBROOK, Ore. (AP) — The council voted 7-2.',
      'It ended a dispute.',
    ]);
    expect(texts('WASHINGTON, D.C. (Reuters) - Talks resumed.')).toEqual(['WASHINGTON, D.C. (Reuters) - Talks resumed.']);
  });

  it('reads a state abbreviation after a place as part of the sentence unless a capital follows', () => {
    expect(texts('They live in Albany, N.Y. and work in Hartford, Conn., near the river.')).toEqual([
      'They live in Albany, N.Y. and work in Hartford, Conn., near the river.',
    ]);
    expect(texts('He moved to Portland, Ore. Officials said he left.')).toEqual(['He moved to Portland, Ore.', 'Officials said he left.']);
    expect(texts('He fell ill. Doctors said so.')).toEqual(['He fell ill.', 'Doctors said so.']);
  });

  it('keeps month and rank abbreviations inside the sentence', () => {
    expect(texts('Sentencing was set for Feb. 14 by Brig. Gen. Ann Dunn. She left.')).toEqual([
      'Sentencing was set for Feb. 14 by Brig. Gen. Ann Dunn.',
      'She left.',
    ]);
  });

  it('splits at line breaks and reports offsets into the paragraph', () => {
    const paragraph = 'First line\nSecond line. Third.';
    const pieces = segmentText(paragraph);
    expect(pieces.map((piece) => piece.text)).toEqual(['First line', 'Second line.', 'Third.']);
    for (const piece of pieces) expect(paragraph.slice(piece.start, piece.end)).toBe(piece.text);
  });
});

describe('splitSentences', () => {
  it('numbers sentences across paragraphs and keeps their paragraph number', () => {
    const sentences = splitSentences([
      { number: 1, text: 'One. Two.', section: null },
      { number: 2, text: 'Three.', section: 'Next' },
    ]);
    expect(sentences.map(({ id, paragraph, text }) => [id, paragraph, text])).toEqual([
      [0, 1, 'One.'],
      [1, 1, 'Two.'],
      [2, 2, 'Three.'],
    ]);
  });
});

describe('a case name', () => {
  it('does not end a sentence at "v."', () => {
    expect(segmentText('The court heard City of Medford v. Alvarez on Monday. A ruling is due in June.').map((s) => s.text)).toEqual([
      'The court heard City of Medford v. Alvarez on Monday.',
      'A ruling is due in June.',
    ]);
  });
});

describe('chess notation', () => {
  it('does not end a sentence at a move number glued to its move ("41.Rd7", "41...Rc1+")', () => {
    const text = 'The decisive moment came on move 41, when Mehta played 41.Rd7 instead of the safer 41.Kf2. Ruiz responded with 41...Rc1+, and the king was trapped.';
    expect(segmentText(text).map((s) => s.text)).toEqual([
      'The decisive moment came on move 41, when Mehta played 41.Rd7 instead of the safer 41.Kf2.',
      'Ruiz responded with 41...Rc1+, and the king was trapped.',
    ]);
  });
});
