// "Four stars out of five.", "★★★★☆ (4 out of 5 stars)", "Rating: 8/10": a review's score, said in a line of its own.
const RATING =
  /\b(?:\d(?:\.\d)?|one|two|three|four|five|half)\s+(?:and\s+a\s+half\s+)?(?:stars?\s+)?out\s+of\s+(?:\d{1,2}|five|ten)\b|[★☆]{3,}|\b\d{1,2}(?:\.\d)?\s*\/\s*(?:5|10|100)\b/i;
/** A rating is the line's point only in a short line; "four out of five voters said …" is a figure. */
const MAX_RATING_LINE_WORDS = 12;

// "Five stars.", "Three and a half stars": the count alone, as a sentence of its own.
const STARS_ALONE = /^\W*(?:\d(?:\.\d)?|one|two|three|four|five)(?:\s+and\s+a\s+half)?\s+stars?\W*$/i;

/** Whether a sentence gives a review's rating ("Four stars out of five."). */
export function isRatingLine(text: string): boolean {
  // "Four out of five respondents agreed." is no rating: stars, or a score over 5 or 10, say so.
  return (RATING.test(text) && /\bstars?\b|[★☆]|\/\s*(?:5|10)\b/i.test(text) && text.split(/\s+/).length <= MAX_RATING_LINE_WORDS) || STARS_ALONE.test(text);
}
