import { readFile } from 'node:fs/promises';
import { detectPersonMentions } from '../src/nlp/people.js';

export interface ConllToken {
  text: string;
  /** The NER tag (last column): O, I-PER, B-LOC … */
  tag: string;
}

export interface ConllDocument {
  sentences: ConllToken[][];
}

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

/** A PER span as "sentence:firstToken:lastToken", so gold and predicted spans compare exactly. */
type SpanKey = string;

/**
 * Reads CoNLL-2003 text: one token per line with the NER tag in the last column, a blank line between
 * sentences and `-DOCSTART-` lines between documents. Text without any DOCSTART is one document.
 */
export function readConll(text: string): ConllDocument[] {
  const documents: ConllDocument[] = [];
  let document: ConllDocument | null = null;
  let sentence: ConllToken[] = [];
  const endSentence = (): void => {
    if (sentence.length === 0) return;
    if (!document) {
      document = { sentences: [] };
      documents.push(document);
    }
    document.sentences.push(sentence);
    sentence = [];
  };
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line === '') {
      endSentence();
      continue;
    }
    const columns = line.split(/\s+/);
    if (columns[0] === '-DOCSTART-') {
      endSentence();
      document = { sentences: [] };
      documents.push(document);
      continue;
    }
    sentence.push({ text: columns[0]!, tag: columns.length > 1 ? columns.at(-1)! : 'O' });
  }
  endSentence();
  return documents.filter((doc) => doc.sentences.length > 0);
}

/** Entity spans of one type from IOB1 or IOB2 tags: an entity starts at B-X, or at I-X after a different type. */
export function tagSpans(tags: string[], type: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let previousType = 'O';
  tags.forEach((tag, index) => {
    const [prefix, tagType = 'O'] = tag === 'O' ? ['O'] : tag.split('-', 2);
    const continues = prefix === 'I' && tagType === previousType;
    if (tagType === type) {
      if (continues) spans.at(-1)![1] = index;
      else spans.push([index, index]);
    }
    previousType = tagType;
  });
  return spans;
}

/** The document as plain text (tokens joined by spaces, one sentence per line) with each token's offsets. */
function documentText(document: ConllDocument): { text: string; offsets: Array<Array<[number, number]>> } {
  let text = '';
  const offsets = document.sentences.map((sentence) => {
    const sentenceOffsets = sentence.map((token, index): [number, number] => {
      if (index > 0) text += ' ';
      const start = text.length;
      text += token.text;
      return [start, text.length];
    });
    text += '\n';
    return sentenceOffsets;
  });
  return { text, offsets };
}

/** Maps character spans back to the tokens they cover; spans that cross a sentence are dropped. */
function charSpansToTokens(spans: Array<[number, number]>, offsets: Array<Array<[number, number]>>): Set<SpanKey> {
  const keys = new Set<SpanKey>();
  for (const [start, end] of spans) {
    offsets.forEach((sentence, sentenceIndex) => {
      const covered = sentence.flatMap(([tokenStart, tokenEnd], index) => (tokenStart < end && tokenEnd > start ? [index] : []));
      if (covered.length > 0) keys.add(`${sentenceIndex}:${covered[0]}:${covered.at(-1)}`);
    });
  }
  return keys;
}

/** The baseline: every maximal run of tokens that start with a capital letter is a person. */
function capitalisedRunSpans(sentence: ConllToken[]): Array<[number, number]> {
  return tagSpans(sentence.map((token) => (/^\p{Lu}/u.test(token.text) ? 'I-PER' : 'O')), 'PER');
}

interface Counts {
  truePositives: number;
  predicted: number;
  gold: number;
}

function addCounts(counts: Counts, gold: Set<SpanKey>, predicted: Set<SpanKey>): void {
  counts.gold += gold.size;
  counts.predicted += predicted.size;
  for (const key of predicted) if (gold.has(key)) counts.truePositives++;
}

function toPRF({ truePositives, predicted, gold }: Counts): PRF {
  const precision = predicted === 0 ? 0 : truePositives / predicted;
  const recall = gold === 0 ? 0 : truePositives / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Exact-span PER precision, recall and F1 of Byline's person detector and of the capitalised-run baseline. */
export function scoreConll(documents: ConllDocument[]): { per: PRF; baseline: PRF } {
  const detector: Counts = { truePositives: 0, predicted: 0, gold: 0 };
  const baseline: Counts = { truePositives: 0, predicted: 0, gold: 0 };
  for (const document of documents) {
    const gold = new Set<SpanKey>();
    const baselineSpans = new Set<SpanKey>();
    document.sentences.forEach((sentence, sentenceIndex) => {
      for (const [first, last] of tagSpans(sentence.map((token) => token.tag), 'PER')) gold.add(`${sentenceIndex}:${first}:${last}`);
      for (const [first, last] of capitalisedRunSpans(sentence)) baselineSpans.add(`${sentenceIndex}:${first}:${last}`);
    });
    const { text, offsets } = documentText(document);
    const mentions = detectPersonMentions(text).map((mention): [number, number] => [mention.start, mention.end]);
    addCounts(detector, gold, charSpansToTokens(mentions, offsets));
    addCounts(baseline, gold, baselineSpans);
  }
  return { per: toPRF(detector), baseline: toPRF(baseline) };
}

/** Reads a CoNLL-2003 file and scores person detection on it. */
export async function evaluateConll(file: string): Promise<{ per: PRF; baseline: PRF }> {
  return scoreConll(readConll(await readFile(file, 'utf8')));
}
