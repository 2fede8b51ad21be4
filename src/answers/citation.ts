import type { PreparedArticle } from '../core/prepared.js';
import type { Attribution } from '../nlp/types.js';
import type { Citation } from './types.js';

/** A citation of one paragraph with the speaker and outlet the caller already knows. */
export function citeWith(prepared: PreparedArticle, paragraph: number, speaker: string | null, outlet: string | null): Citation {
  const { article } = prepared;
  return {
    articleId: article.id,
    articleTitle: article.title,
    publisher: article.publisher,
    paragraph,
    section: article.paragraphs.find((candidate) => candidate.number === paragraph)?.section ?? null,
    speaker,
    outlet,
  };
}

// The outlet of a paragraph carries to every claim in it ("…, according to ABC News" names the source of the whole paragraph).
function paragraphOutlet(attributions: readonly Attribution[]): string | null {
  return attributions.find((attribution) => attribution.outlet)?.outlet ?? null;
}

/** Where one sentence comes from: its paragraph, and who said it or which outlet reported it when the article says so. */
export function citeSentence(prepared: PreparedArticle, sentenceId: number): Citation {
  const sentence = prepared.sentences.find((candidate) => candidate.id === sentenceId);
  if (!sentence) throw new RangeError(`No sentence ${sentenceId} in article ${prepared.article.id}`);
  const inParagraph = prepared.attributions.filter((attribution) => attribution.paragraph === sentence.paragraph);
  // A claim stated in part of the sentence ("…, days after the United States said …") does not make the sentence theirs.
  const own = inParagraph.filter(
    (attribution) => attribution.sentence === sentenceId && (attribution.kind !== 'indirect' || attribution.quote === sentence.text),
  );
  return citeWith(
    prepared,
    sentence.paragraph,
    own.find((attribution) => attribution.speaker)?.speaker ?? null,
    own.find((attribution) => attribution.outlet)?.outlet ?? paragraphOutlet(inParagraph),
  );
}

/** Where one paragraph comes from: its first named speaker and the outlet it cites, when it says so. */
export function citeParagraph(prepared: PreparedArticle, paragraph: number): Citation {
  const inParagraph = prepared.attributions.filter((attribution) => attribution.paragraph === paragraph);
  return citeWith(prepared, paragraph, inParagraph.find((attribution) => attribution.speaker)?.speaker ?? null, paragraphOutlet(inParagraph));
}

/**
 * A paragraph quoted for a term at `offset`: the speaker of the sentence holding the term, else the paragraph's
 * only speaker. A paragraph with several speakers ("X said …. Y called it …") is not credited to the first of them.
 */
export function citeParagraphAt(prepared: PreparedArticle, paragraph: number, offset: number): Citation {
  const whole = citeParagraph(prepared, paragraph);
  const sentence = prepared.sentences.find((candidate) => candidate.paragraph === paragraph && offset >= candidate.start && offset < candidate.end);
  const own = sentence ? citeSentence(prepared, sentence.id).speaker : null;
  const speakers = new Set(prepared.attributions.filter((attribution) => attribution.paragraph === paragraph && attribution.speaker).map((attribution) => attribution.speaker));
  return { ...whole, speaker: own ?? (speakers.size === 1 ? whole.speaker : null) };
}
