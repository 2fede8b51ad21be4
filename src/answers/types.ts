/** Where a quote comes from. Every quote Byline shows carries one. */
export interface Citation {
  articleId: string;
  articleTitle: string;
  publisher: string | null;
  paragraph: number;
  section: string | null;
  /** Who said it, when the article says so. */
  speaker: string | null;
  /** Set when the speaker is a document or body the article cites ("according to a statement from the commission"). */
  speakerIsSource?: true;
  /** Which outlet reported it, when the article says so ("according to ABC News"). */
  outlet: string | null;
}

/** Verbatim article text plus its citation. `highlights` are [start, end) offsets into `text` to bold. */
export interface Quote {
  text: string;
  highlights: Array<[number, number]>;
  citation: Citation;
  /** The whole paragraph, for "show full paragraph" (verbatim). */
  paragraphText?: string;
}

export interface SummaryAnswer {
  kind: 'summary';
  articleId: string;
  articleTitle: string;
  publisher: string | null;
  dek: string | null;
  length: 'short' | 'medium' | 'long';
  quotes: Quote[];
  /** How many other articles were loaded when none was named: the newest is summarised, and the reply says so. */
  otherArticles?: number;
}

export interface WhoAnswer {
  kind: 'who';
  query: string;
  articleId: string;
  articleTitle: string;
  publisher: string | null;
  personId: string;
  name: string;
  aliases: string[];
  roles: string[];
  /** What they said (direct and indirect), verbatim with citations. */
  said: Quote[];
  /** Paragraphs that mention them (including by surname or pronoun). */
  mentions: Quote[];
  /** Other people with the same surname, when the query was ambiguous. */
  ambiguousWith: string[];
  /** Set when no name matched as typed and this is the nearest spelling ("Obama" → Osama bin Laden): say so. */
  closestSpelling?: true;
}

export interface QuoteAnswer {
  kind: 'quote';
  term: string;
  quotes: Quote[];
  /** How many paragraphs matched in all (quotes may be a page of them). */
  total: number;
}

export interface AskAnswer {
  kind: 'ask';
  question: string;
  quotes: Quote[];
  /** 0..1, how sure the ranker is; below the threshold the answer is 'not-found' instead. */
  confidence: number;
}

/** A fact about an article itself, as its file gives it: who wrote it, when, which outlet, its headline. */
export type ArticleFact = 'author' | 'published' | 'publisher' | 'title' | 'photo';

export interface AboutAnswer {
  kind: 'about';
  question: string;
  fact: ArticleFact;
  /** Each article asked about, with what its file says (null: it does not say). */
  articles: Array<{
    id: string;
    title: string;
    publisher: string | null;
    author: string | null;
    /** The writer's job as the byline gives it ("Tennis Correspondent"). */
    authorTitle: string | null;
    published: string | null;
    url: string | null;
    /** The picture's caption and credit, which are no part of the story's text. */
    caption: string | null;
    photoCredit: string | null;
  }>;
}

/** The article does not answer: said plainly, with suggestions where there are some. */
export interface NotFoundAnswer {
  kind: 'not-found';
  command: string;
  query: string;
  message: string;
  suggestions: string[];
}

export interface ReloadAnswer {
  kind: 'reload';
  ok: boolean;
  before: LibraryStats;
  after: LibraryStats;
  added: string[];
  changed: string[];
  removed: string[];
  skipped: Array<{ file: string; reason: string }>;
  durationMs: number;
}

export interface LibraryStats {
  articles: number;
  paragraphs: number;
  people: number;
}

export interface HelpAnswer {
  kind: 'help';
  commands: Array<{ name: string; usage: string; description: string; example: string }>;
}

export interface ArticlesAnswer {
  kind: 'articles';
  articles: Array<{ id: string; title: string; publisher: string | null; published: string | null; paragraphs: number }>;
  /** Which page `articles` is, with the custom_ids of the ◀ ▶ buttons (null: no such page). */
  page?: { number: number; count: number; total: number; previousId: string | null; nextId: string | null };
}

/** A change to the library waiting for its moderator: Confirm (shown first) or Cancel. Ephemeral. */
export interface ConfirmAnswer {
  kind: 'confirm';
  action: 'add-article' | 'remove-article';
  /** One line saying what Confirm will do. */
  prompt: string;
  article: {
    id: string;
    title: string;
    publisher: string | null;
    published: string | null;
    url: string | null;
    firstParagraph: string;
    paragraphs: number;
  };
  /** custom_ids of the Confirm and Cancel buttons. */
  confirmId: string;
  cancelId: string;
  /** ISO time after which the buttons answer that the request expired. */
  expiresAt: string;
}

/** A plain outcome with nothing to quote ("Cancelled: nothing was changed."). Ephemeral. */
export interface NoticeAnswer {
  kind: 'notice';
  message: string;
}

/** A user-facing error: short, human, shown ephemerally. */
export interface ErrorAnswer {
  kind: 'error';
  message: string;
}

export type Answer =
  | SummaryAnswer
  | WhoAnswer
  | QuoteAnswer
  | AskAnswer
  | AboutAnswer
  | NotFoundAnswer
  | ReloadAnswer
  | HelpAnswer
  | ArticlesAnswer
  | ConfirmAnswer
  | NoticeAnswer
  | ErrorAnswer;
