// Contract between the search module and its callers; implementation lives beside it.
export interface SentenceHit {
  sentenceId: number;
  /** Relative score: compare against the top hit, not against a constant. */
  score: number;
  /** Surface forms in the sentence that matched the query, for highlighting. */
  matchedTerms: string[];
  /** 0..1: the share of the question's content words (weighted by rarity) found in the sentence; comparable across articles. */
  coverage?: number;
  /** 0..1: the same share over the whole article; low when the question is about something the article never mentions. */
  topicCoverage?: number;
  /** 0..1: like topicCoverage, but a word the article lacks counts by how close in meaning the article's nearest word is. */
  topicMeaning?: number;
  /**
   * The two hits that led before this one was put first for holding the figure the question asks for: whether the
   * article answers at all is judged on them, as on any question.
   */
  promotedOver?: { best: SentenceHit; runnerUp: SentenceHit | undefined };
}

export interface ParagraphHit {
  paragraph: number;
  score: number;
  /** [start, end) offsets into the paragraph text of each occurrence of the term or its inflections. */
  occurrences: Array<[number, number]>;
}

export interface ArticleIndex {
  /** Ranks the article's sentences as answers to a free question. */
  searchSentences(question: string, limit?: number): SentenceHit[];
  /** Every paragraph containing the term or its inflections, in paragraph order. */
  findParagraphs(term: string): ParagraphHit[];
}
