import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseHtml } from '../src/article/parse-html.js';
import { parseRawText } from '../src/article/parse-text.js';
import { comparableText } from '../src/article/text-normalize.js';
import type { Article } from '../src/article/types.js';
import { rougeTokens } from './rouge.js';

/** Token-level overlap of extracted body text with the expected text (fractions 0..1). */
export interface ExtractionScores {
  /** Share of the expected tokens present in the extracted text (multiset overlap). */
  recovered: number;
  /** Share of the extracted tokens not in the expected text (captions, credits, navigation…). */
  junk: number;
}

export interface HtmlPageResult {
  page: string;
  /** Null when parseHtml refused the page; `error` says why. */
  parser: ExtractionScores | null;
  error?: string;
  baseline: ExtractionScores;
}

export interface RawTextLeakResult {
  file: string;
  /** Hand-annotated header and footer lines (caption, credit, tags, publisher, …). */
  nonBodyLines: number;
  /** Those of them found inside a body paragraph. */
  leaked: string[];
}

export interface ParsingMetrics {
  html: {
    pages: number;
    /** Pages parseHtml refused: they count as 0 recovered and are left out of the junk average. */
    failures: number;
    parser: ExtractionScores;
    /** Naive extraction: script and style removed, then every tag stripped. */
    baseline: ExtractionScores;
    byPage: HtmlPageResult[];
  };
  rawText: {
    files: number;
    nonBodyLines: number;
    leakedLines: number;
    /** leakedLines / nonBodyLines: should be 0. */
    leakFraction: number;
    byFile: RawTextLeakResult[];
  };
}

/** One hand-annotated line of a raw article that must never appear in a body paragraph. */
interface NonBodyAnnotation {
  kind: string;
  text: string;
}

function countTokens(tokens: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
  return counts;
}

export function extractionScores(extracted: string, expected: string): ExtractionScores {
  const ours = rougeTokens(extracted);
  const gold = countTokens(rougeTokens(expected));
  const goldTotal = [...gold.values()].reduce((sum, count) => sum + count, 0);
  let overlap = 0;
  for (const [token, count] of countTokens(ours)) overlap += Math.min(count, gold.get(token) ?? 0);
  return {
    recovered: goldTotal === 0 ? 0 : overlap / goldTotal,
    junk: ours.length === 0 ? 0 : (ours.length - overlap) / ours.length,
  };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** The naive baseline: drop script and style elements, strip every tag, decode basic entities. */
export function stripTags(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
      return ENTITIES[name.toLowerCase()] ?? entity;
    });
}

const mean = (values: number[]): number => (values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length);
// Section headings are article text too (the expected texts include them); Byline keeps them as sections.
const bodyText = (article: Article): string =>
  [...article.sections, ...article.paragraphs.map((paragraph) => paragraph.text)].join('\n');

async function evaluateHtml(htmlDir: string): Promise<ParsingMetrics['html']> {
  const names = existsSync(htmlDir) ? await readdir(htmlDir) : [];
  const pages = names.filter((name) => name.endsWith('.html') && !name.endsWith('.expected.html')).sort();
  const byPage: HtmlPageResult[] = [];
  for (const page of pages) {
    const expectedPath = join(htmlDir, page.replace(/\.html$/, '.expected.txt'));
    if (!existsSync(expectedPath)) continue;
    const [html, expected] = await Promise.all([readFile(join(htmlDir, page), 'utf8'), readFile(expectedPath, 'utf8')]);
    const baseline = extractionScores(stripTags(html), expected);
    try {
      byPage.push({ page, parser: extractionScores(bodyText(parseHtml(html, page)), expected), baseline });
    } catch (error) {
      byPage.push({ page, parser: null, error: error instanceof Error ? error.message : String(error), baseline });
    }
  }
  const parsed = byPage.flatMap((result) => (result.parser ? [result.parser] : []));
  return {
    pages: byPage.length,
    failures: byPage.length - parsed.length,
    parser: {
      recovered: mean(byPage.map((result) => result.parser?.recovered ?? 0)),
      junk: mean(parsed.map((scores) => scores.junk)),
    },
    baseline: {
      recovered: mean(byPage.map((result) => result.baseline.recovered)),
      junk: mean(byPage.map((result) => result.baseline.junk)),
    },
    byPage,
  };
}

async function rawTextFiles(directory: string): Promise<string[]> {
  if (!existsSync(directory)) return [];
  return (await readdir(directory)).filter((name) => name.endsWith('.txt')).sort().map((name) => join(directory, name));
}

async function evaluateRawText(repoDir: string): Promise<ParsingMetrics['rawText']> {
  const annotationDir = join(repoDir, 'tests/fixtures/articles');
  const files = [...(await rawTextFiles(join(repoDir, 'data'))), ...(await rawTextFiles(annotationDir))];
  const byFile: RawTextLeakResult[] = [];
  for (const file of files) {
    const annotationPath = join(annotationDir, basename(file).replace(/\.txt$/, '.nonbody.json'));
    if (!existsSync(annotationPath)) continue;
    const annotations = JSON.parse(await readFile(annotationPath, 'utf8')) as { lines: NonBodyAnnotation[] };
    const paragraphs = parseRawText(await readFile(file, 'utf8'), basename(file)).paragraphs.map((p) => comparableText(p.text));
    const leaked = annotations.lines
      .filter((line) => paragraphs.some((paragraph) => paragraph.includes(comparableText(line.text))))
      .map((line) => `${line.kind}: ${line.text}`);
    byFile.push({ file: basename(file), nonBodyLines: annotations.lines.length, leaked });
  }
  const nonBodyLines = byFile.reduce((sum, result) => sum + result.nonBodyLines, 0);
  const leakedLines = byFile.reduce((sum, result) => sum + result.leaked.length, 0);
  return { files: byFile.length, nonBodyLines, leakedLines, leakFraction: nonBodyLines === 0 ? 0 : leakedLines / nonBodyLines, byFile };
}

/**
 * Measures article extraction. HTML: over `<sharedDir>/corpora/html/*.html` with their
 * `.expected.txt`, the token-level recovered and junk fractions of parseHtml's paragraphs,
 * averaged over pages, beside a naive tag-stripping baseline. Raw text: over `data/*.txt` and
 * `tests/fixtures/articles/*.txt` of `repoDir` that have a hand-annotated `<name>.nonbody.json`
 * in `tests/fixtures/articles/`, the fraction of caption, credit, tags and publisher lines that
 * leaked into paragraphs. Prints nothing.
 */
export async function evaluateParsing(sharedDir: string, repoDir: string = process.cwd()): Promise<ParsingMetrics> {
  return {
    html: await evaluateHtml(join(sharedDir, 'corpora/html')),
    rawText: await evaluateRawText(repoDir),
  };
}
