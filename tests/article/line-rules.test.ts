import { describe, expect, it } from 'vitest';
import { bylineAuthor, cleanByline } from '../../src/article/byline.js';
import { splitPhotoCredit } from '../../src/article/credits.js';
import { dateLineDate, toIsoDate } from '../../src/article/dates.js';
import { detectDateline } from '../../src/article/dateline.js';
import { isHeadingLike } from '../../src/article/line-kinds.js';
import { slugify } from '../../src/article/slug.js';

describe('splitPhotoCredit', () => {
  it.each([
    ['A man walks past a poster in Seoul. Jung Yeon-je/AFP via Getty Images', 'A man walks past a poster in Seoul.', 'Jung Yeon-je/AFP via Getty Images'],
    ['Flags line the square on Monday. (Photo by Jane Smith/Getty Images)', 'Flags line the square on Monday.', 'Jane Smith/Getty Images'],
    ['Soldiers march in the capital. REUTERS/Kim Hong-Ji', 'Soldiers march in the capital.', 'REUTERS/Kim Hong-Ji'],
    ['The delegation arrives. Credit: Ministry of Defence', 'The delegation arrives.', 'Ministry of Defence'],
    ['Crowds gather outside the court. Photograph: Sam Lee/EPA', 'Crowds gather outside the court.', 'Sam Lee/EPA'],
    ['The port at dawn. (AP Photo/Evan Vucci)', 'The port at dawn.', 'AP Photo/Evan Vucci'],
    ['Photo: Tom Berg', null, 'Tom Berg'],
    ['AFP via Getty Images', null, 'AFP via Getty Images'],
  ])('splits %j', (line, caption, credit) => {
    expect(splitPhotoCredit(line)).toEqual({ caption, credit });
  });

  it.each([
    'The photo by the agency showed the ship leaving port.',
    'Officials told Reuters the talks would resume.',
    'He said the credit line was extended: by March it had doubled.',
    'What Washington says',
    'The company, which trades on the Nasdaq, said profits rose.',
  ])('leaves the sentence %j alone', (line) => {
    expect(splitPhotoCredit(line)).toBeNull();
  });
});

describe('bylines', () => {
  it.each([
    ['By Jane Doe', 'Jane Doe'],
    ['By Jane Doe and John Roe, Reuters', 'Jane Doe and John Roe'],
    ['By LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER', 'LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER'],
    ['By ROBERT BURNS, AP National Security Writer', 'ROBERT BURNS'],
    ['By Justine Coleman - 11/18/19 11:04 PM EST', 'Justine Coleman'],
  ])('reads %j', (line, author) => {
    expect(bylineAuthor(line)).toBe(author);
  });

  it.each(['By Friday, the army had left the city', 'By the time he arrived the talks were over', 'By contrast, exports fell.'])(
    'does not read the sentence %j as a byline',
    (line) => {
      expect(bylineAuthor(line)).toBeNull();
    },
  );

  it('cleans bylines found in web pages', () => {
    expect(cleanByline('Analysis by Chris Cillizza, CNN Editor-at-large')).toBe('Chris Cillizza');
    expect(cleanByline('Darcie Moran | dmoran@example.com')).toBe('Darcie Moran');
    expect(cleanByline('By Lucia Ferrand, Coastline Herald')).toBe('Lucia Ferrand');
    expect(cleanByline('By Ann Lee, Tom Ray')).toBe('Ann Lee, Tom Ray');
    expect(cleanByline('By John Post')).toBe('John Post');
    expect(cleanByline('ByMalcolm Harris\n\n|\n\nJanuary 14, 2015')).toBe('Malcolm Harris');
    expect(cleanByline('Dana A. Ford, James S.A. Corey, and Tom Watkins, CNN')).toBe('Dana A. Ford, James S.A. Corey, and Tom Watkins');
    expect(cleanByline('April 28, 2019 at 6:01 am')).toBeNull();
  });
});

describe('detectDateline', () => {
  it.each([
    ['SEOUL (Reuters) - North Korea fired a missile.', 'SEOUL (Reuters) -'],
    ['NEW DELHI, India (CNN) -- A high court acquitted him.', 'NEW DELHI, India (CNN) --'],
    ['WASHINGTON, Aug 5 (Reuters) - Shares rose.', 'WASHINGTON, Aug 5 (Reuters) -'],
    ['(CNN)Seventy years ago, she died.', '(CNN)'],
    ['LONDON — The government said on Monday.', 'LONDON —'],
    ['Johannesburg (CNN) -- Miffed by a delay, he left.', 'Johannesburg (CNN) --'],
  ])('finds the dateline of %j', (paragraph, dateline) => {
    expect(detectDateline(paragraph)).toBe(dateline);
  });

  it.each(['US-led forces withdrew on Monday.', 'Apple (AAPL) shares rose 3 percent.', 'The visit comes a month after the summit.'])(
    'finds none in %j',
    (paragraph) => {
      expect(detectDateline(paragraph)).toBeNull();
    },
  );
});

describe('dates', () => {
  it('normalises the date formats news pages use', () => {
    expect(toIsoDate('20 Nov 2019 08:02 GMT')).toBe('2019-11-20');
    expect(toIsoDate('2019-11-19T06:56:43-05:00')).toBe('2019-11-19T06:56:43-05:00');
    expect(toIsoDate('October 18, 2023')).toBe('2023-10-18');
    expect(toIsoDate('0001-01-01T00:00:00Z')).toBeNull();
    expect(toIsoDate('February 30, 2023')).toBeNull();
  });

  it('recognises lines that are only a date stamp', () => {
    expect(dateLineDate('2 November 2014 Last updated at 17:20 GMT')).toBe('2014-11-02');
    expect(dateLineDate('PUBLISHED: 10:48, Tue, Nov 19, 2019')).toBe('2019-11-19');
    expect(dateLineDate('The ceasefire was signed on 2 November 2014 in Minsk.')).toBeNull();
  });
});

describe('isHeadingLike', () => {
  it.each(['What Washington says', 'What happens next?', 'The Long Road to a Deal in Brussels'])('%j is a heading', (line) => {
    expect(isHeadingLike(line)).toBe(true);
  });
  it.each(['He left.', '12%', 'of the workforce is unemployed', 'Media playback is not supported on this device'])(
    '%j is not a heading',
    (line) => {
      expect(isHeadingLike(line)).toBe(false);
    },
  );
});

describe('slugify', () => {
  it('folds accents, drops apostrophes and joins words with hyphens', () => {
    expect(slugify("Russia's top diplomat: Café talks in Zürich")).toBe('russias-top-diplomat-cafe-talks-in-zurich');
    expect(slugify('Straße über Łódź')).toBe('strasse-uber-lodz');
  });

  it('cuts at a word boundary within 60 characters', () => {
    const slug = slugify('A very long headline about a summit that went on for many hours and produced little');
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toBe('a-very-long-headline-about-a-summit-that-went-on-for-many');
  });

  it('falls back to "article" when nothing Latin is left', () => {
    expect(slugify('北朝鮮')).toBe('article');
  });
});
