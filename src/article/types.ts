/** A body paragraph, numbered from 1 in reading order (the ¶n users see). */
export interface Paragraph {
  number: number;
  text: string;
  /** The section heading this paragraph sits under, or null before the first heading. */
  section: string | null;
}

/** A parsed article: structure only, no NLP. */
export interface Article {
  /** Stable id: a slug of the title (unique within a library). */
  id: string;
  title: string;
  dek: string | null;
  publisher: string | null;
  author: string | null;
  /** The writer's job as the byline gives it ("Tennis Correspondent"), when it does. */
  authorTitle?: string | null;
  url: string | null;
  /** ISO date (YYYY-MM-DD or full ISO) when the article says so. */
  published: string | null;
  /** Image caption and its photo credit: never body text, never a person in the story. */
  caption: string | null;
  photoCredit: string | null;
  /** Dateline such as "SEOUL (Reuters) -", with the outlet it names when there is one. */
  dateline: string | null;
  tags: string[];
  sections: string[];
  paragraphs: Paragraph[];
  /** Where it came from: a path relative to the data directory, or a URL. */
  source: string;
  format: 'text' | 'markdown' | 'html';
}

/** A file that could not be loaded, with a reason a moderator can act on. */
export interface SkippedFile {
  file: string;
  reason: string;
}
