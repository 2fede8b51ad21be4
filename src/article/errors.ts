/** A parser could not make an article out of the text; `reason` is short and human. */
export class ArticleParseError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'ArticleParseError';
  }
}

/** A file could not be loaded as an article: which file, and why (for /reload replies). */
export class ArticleFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'ArticleFileError';
  }
}
