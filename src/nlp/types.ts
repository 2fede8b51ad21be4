/** A sentence of one paragraph, with offsets into that paragraph's text. */
export interface Sentence {
  /** Position in the whole article, from 0. */
  id: number;
  paragraph: number;
  text: string;
  start: number;
  end: number;
}

export interface Person {
  /** Stable within the article: a slug of the canonical name. */
  id: string;
  /** The fullest form of the name the article uses ("Angela Merkel"). */
  name: string;
  /** Other forms that refer to this person: surname, first name, spelling variants seen. */
  aliases: string[];
  /** Roles as the article words them, verbatim ("French Foreign Minister", "a professor of ..."). */
  roles: string[];
  /** Forms of address the article gives them that say what they are ("Dr."), for finding them by role ("the doctor"). */
  addressedAs?: string[];
  /** 'male' | 'female' when the text shows it (pronouns, honorifics), for pronoun links. */
  gender: 'male' | 'female' | null;
  /** Paragraph numbers that mention the person by name, alias or a linked pronoun, ascending. */
  paragraphs: number[];
  /** How many times the person is mentioned (for ranking suggestions). */
  mentionCount: number;
}

/** Who said or reported what: one claim in one sentence. */
export interface Attribution {
  paragraph: number;
  /** Sentence id (Sentence.id). */
  sentence: number;
  /** The person's id when the speaker is a person in the article. */
  speakerId: string | null;
  /** The others who say it with the speaker ("Two pilots, Ann Lowe and Mark Diaz, said"), when the text names them. */
  coSpeakerIds?: string[];
  /** The speaker as named in the text ("Maria Lopez", "the White House", "Pentagon spokesman ..."); "A and B" for several. */
  speaker: string | null;
  /** The outlet that reported it ("ABC News", "the Associated Press"), when the text says so. */
  outlet: string | null;
  /** The quoted words (without quote marks) for direct quotes, else the claim sentence verbatim. */
  quote: string;
  kind: 'direct' | 'indirect' | 'according-to' | 'no-comment';
}

export interface Entity {
  name: string;
  type: 'organisation' | 'outlet' | 'place';
  paragraphs: number[];
}
