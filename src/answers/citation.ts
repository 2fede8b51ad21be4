import type { PreparedArticle } from '../core/prepared.js';
import { isDocumentSource } from '../nlp/gazetteer.js';
import { isOutletReport } from '../nlp/attributions.js';
import { findQuoteSpans } from '../nlp/quotes.js';
import type { Attribution, Sentence } from '../nlp/types.js';
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

// "…, according to ABC News" sources the whole paragraph; "X told the BBC" sources only X's words.
function paragraphOutlet(attributions: readonly Attribution[]): string | null {
  return attributions.find(isOutletReport)?.outlet ?? null;
}

/** Where one sentence comes from: its paragraph, and who said it or which outlet reported it when the article says so. */
export function citeSentence(prepared: PreparedArticle, sentenceId: number): Citation {
  const sentence = prepared.sentences.find((candidate) => candidate.id === sentenceId);
  if (!sentence) throw new RangeError(`No sentence ${sentenceId} in article ${prepared.article.id}`);
  const inParagraph = prepared.attributions.filter((attribution) => attribution.paragraph === sentence.paragraph);
  // A claim stated in part of the sentence ("…, days after the United States said …") does not make the sentence theirs.
  const own = inParagraph.filter(
    (attribution) =>
      (attribution.sentence === sentenceId && (attribution.kind !== 'indirect' || attribution.quote === sentence.text)) ||
      continuesQuote(attribution, sentence.text),
  );
  const speaking = own.find(speaks);
  const citation = citeWith(
    prepared,
    sentence.paragraph,
    speaking?.speaker ?? null,
    // An outlet the paragraph cites covers its unsourced sentences from there on, not one a named source says ("the
    // group claimed …") nor the narration before it ("Economists were divided. According to Reuters, 14 of 25 …").
    own.find((attribution) => attribution.outlet)?.outlet ?? (speaking ? null : paragraphOutlet(inParagraph.filter((attribution) => attribution.sentence <= sentenceId))),
  );
  return speaking && isCitedSource(speaking) ? { ...citation, speakerIsSource: true } : citation;
}

// A quotation over several sentences is recorded at its first: '"… working people. A rise is exactly that," said X'
// — the second sentence is X's too.
function continuesQuote(attribution: Attribution, sentenceText: string): boolean {
  if (attribution.kind !== 'direct') return false;
  const words = sentenceText.replace(/^[\s"“”‘’']+/, '').split(/["“”]/)[0]!.trim().replace(/[,.!?]+$/, '').slice(0, 40);
  return words.length >= 12 && attribution.quote.includes(words);
}

// "X declined to comment" quotes nothing of X's, so it credits no speaker.
const speaks = (attribution: Attribution): boolean => attribution.speaker !== null && attribution.kind !== 'no-comment';

// "according to a statement from the commission", "a new study suggests …": a source that is no person reads
// "according to", not "said by".
const isCitedSource = (attribution: Attribution): boolean =>
  attribution.speakerId === null && (attribution.kind === 'according-to' || isDocumentSource(attribution.speaker ?? ''));

/**
 * Whether an attribution speaks for its whole sentence: a direct quote or a report, not a claim inside a clause ("…, days
 * after the United States said …").
 */
function speaksForSentence(prepared: PreparedArticle, attribution: Attribution): boolean {
  if (!speaks(attribution)) return false;
  return attribution.kind !== 'indirect' || attribution.quote === prepared.sentences.find((sentence) => sentence.id === attribution.sentence)?.text;
}

/** Where one paragraph comes from: its first named speaker and the outlet it cites, when it says so. */
export function citeParagraph(prepared: PreparedArticle, paragraph: number): Citation {
  const inParagraph = prepared.attributions.filter((attribution) => attribution.paragraph === paragraph);
  const speaking = inParagraph.find((attribution) => speaksForSentence(prepared, attribution));
  const citation = citeWith(prepared, paragraph, speaking?.speaker ?? null, paragraphOutlet(inParagraph));
  return speaking && isCitedSource(speaking) ? { ...citation, speakerIsSource: true } : citation;
}

/**
 * A paragraph quoted for a term at `offset`: the speaker of the sentence holding the term, else the paragraph's
 * only speaker. A paragraph with several speakers ("X said …. Y called it …") is not credited to the first of them.
 */
export function citeParagraphAt(prepared: PreparedArticle, paragraph: number, offset: number): Citation {
  const sentence = prepared.sentences.find((candidate) => candidate.paragraph === paragraph && offset >= candidate.start && offset < candidate.end);
  const own = sentence ? citeSentence(prepared, sentence.id) : null;
  if (own?.speaker) return own;
  const whole = citeParagraph(prepared, paragraph);
  // Narration beside a report ("15,000 marched. Police said 42 were detained.") is not the reporter's; a sentence of
  // a quotation may be the speaker's.
  if (own && sentence && !insideQuotation(prepared, sentence)) return citeWith(prepared, paragraph, null, own.outlet);
  const speakers = new Set(
    prepared.attributions.filter((attribution) => attribution.paragraph === paragraph && speaksForSentence(prepared, attribution)).map((attribution) => attribution.speaker),
  );
  return speakers.size <= 1 ? whole : citeWith(prepared, paragraph, null, whole.outlet);
}

/** Whether the sentence opens inside a quotation of its paragraph ('"We were asked. We said no," he said.'). */
function insideQuotation(prepared: PreparedArticle, sentence: Sentence): boolean {
  const text = prepared.article.paragraphs.find((candidate) => candidate.number === sentence.paragraph)?.text ?? '';
  return findQuoteSpans(text).some((span) => span.start <= sentence.start + 1 && span.end > sentence.start + 1);
}
