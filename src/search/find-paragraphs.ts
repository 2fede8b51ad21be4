import type { Paragraph } from '../article/types.js';
import type { ParagraphHit } from './article-index.js';
import { acronymConcepts } from './aliases.js';
import { acronymLetters, initialsOf, spelledOutRuns } from './initials.js';
import { type ConceptSpan, findConcepts, scanTokens, type Token } from './tokens.js';

/** A paragraph's tokens and known names, computed once at index time. */
export interface ScannedParagraph {
  paragraph: Paragraph;
  tokens: Token[];
  concepts: ConceptSpan[];
}

export function scanParagraph(paragraph: Paragraph): ScannedParagraph {
  const tokens = scanTokens(paragraph.text);
  return { paragraph, tokens, concepts: findConcepts(tokens) };
}

// Acronyms meet only acronyms ("UN" never matches the "Un" of "Jong-Un"); other words meet by stem, stop words as written.
function matchKey(token: Token): string {
  if (acronymConcepts(token.surface).length > 0) return `=${token.folded}`;
  return token.stem || token.folded;
}

/**
 * Every paragraph containing the term, its inflections, or another name of the same thing,
 * with [start, end) offsets of each occurrence, in paragraph order.
 */
export function findTermInParagraphs(scanned: readonly ScannedParagraph[], term: string): ParagraphHit[] {
  const termTokens = scanTokens(term);
  if (termTokens.length === 0) return literalMatches(scanned, term.trim());
  const termKeys = termTokens.map(matchKey);
  const termIsAcronym = termTokens.length === 1 && acronymConcepts(termTokens[0]!.surface).length > 0;
  const wholeTermConcepts = findConcepts(termTokens)
    .filter((span) => span.from === 0 && span.to === termTokens.length && !span.related)
    .flatMap((span) => span.concepts);
  // An acronym also finds its name spelled out, and a name its acronym: "FTC" ↔ "Federal Trade Commission".
  const acronym = termTokens.length === 1 ? acronymLetters(termTokens[0]!.surface) : null;
  const termInitials = initialsOf(termTokens);

  const hits: ParagraphHit[] = [];
  for (const { paragraph, tokens, concepts } of scanned) {
    const occurrences: Array<[number, number]> = [];
    for (let i = 0; i + termKeys.length <= tokens.length; i += 1) {
      if (termKeys.every((key, j) => matchKey(tokens[i + j]!) === key)) {
        occurrences.push([tokens[i]!.start, tokens[i + termKeys.length - 1]!.end]);
      }
    }
    // Other names of the same thing count only through an acronym (UN ↔ United Nations), not demonyms or capitals.
    for (const span of concepts) {
      const spanIsAcronym = span.to - span.from === 1 && acronymConcepts(tokens[span.from]!.surface).length > 0;
      if ((!termIsAcronym && !spanIsAcronym) || span.related) continue;
      if (span.concepts.some((concept) => wholeTermConcepts.includes(concept))) {
        occurrences.push([tokens[span.from]!.start, tokens[span.to - 1]!.end]);
      }
    }
    if (acronym) occurrences.push(...spelledOutRuns(paragraph.text, tokens, acronym));
    if (termInitials) {
      for (const token of tokens) if (acronymLetters(token.surface) === termInitials) occurrences.push([token.start, token.end]);
    }
    if (occurrences.length > 0) {
      const distinct = mergeOverlapping(occurrences);
      hits.push({ paragraph: paragraph.number, score: distinct.length, occurrences: distinct });
    }
  }
  return hits;
}

/** "€", "%", "£": a term of symbols only is found as written. */
function literalMatches(scanned: readonly ScannedParagraph[], symbols: string): ParagraphHit[] {
  // Symbols ("€", "%", "°"), not punctuation: every paragraph has a quote mark or a comma.
  if (!/[\p{S}%]/u.test(symbols)) return [];
  const hits: ParagraphHit[] = [];
  for (const { paragraph } of scanned) {
    const occurrences: Array<[number, number]> = [];
    for (let at = paragraph.text.indexOf(symbols); at >= 0; at = paragraph.text.indexOf(symbols, at + symbols.length)) occurrences.push([at, at + symbols.length]);
    if (occurrences.length > 0) hits.push({ paragraph: paragraph.number, score: occurrences.length, occurrences });
  }
  return hits;
}

function mergeOverlapping(ranges: Array<[number, number]>): Array<[number, number]> {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Array<[number, number]> = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range[0] < last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}
