import boilerplate from './data/boilerplate-lines.json' with { type: 'json' };
import { comparableText } from './text-normalize.js';

const BOILERPLATE = new Set(boilerplate.lines.map(comparableText));

const LINK_LABELS = boilerplate.prefixes.map((prefix) => prefix.toLowerCase());
const MAX_LINK_LINE = 200;

// "(Reporting by Ayu Lestari; Editing by Michael Perry)": the wire's staff credits, a line of their own.
const STAFF_CREDIT_LINE =
  /^\(\s*(?:(?:additional|further)\s+)?(?:reporting|writing|editing|compiled|compilation|research|reported|written|edited|produced)\s+by\b[^()]{1,300}\)\.?$/i;

/**
 * A whole line of page furniture ("Advertisement", "Media playback is unsupported on your device"), or a link to
 * another story under a label ("Also on rt.com Journalists threatened …", "READ MORE: …"), or a wire's staff credits.
 */
export function isBoilerplateLine(line: string): boolean {
  const trimmed = line.trim();
  if (STAFF_CREDIT_LINE.test(trimmed)) return true;
  if (trimmed.length <= MAX_LINK_LINE && !/[.!?]["”’]?$/.test(trimmed) && LINK_LABELS.some((label) => trimmed.toLowerCase().startsWith(label))) return true;
  return line.length <= 80 && BOILERPLATE.has(comparableText(line));
}

/** "(Reporting by Anna Petrova in Kyiv; Editing by Mark Heinrich)" → "Anna Petrova": who reported a wire story, or null. */
export function staffCreditReporters(line: string): string | null {
  const trimmed = line.trim();
  if (!STAFF_CREDIT_LINE.test(trimmed)) return null;
  const reporting = /^\(\s*(?:reporting|writing|reported|written)\s+by\s+([^;()]+)/i.exec(trimmed)?.[1];
  // "Anna Petrova and Tom Hale in Kyiv": the names, without where they filed from.
  const names = reporting?.replace(/\s+(?:in|from|at)\s+\p{Lu}.*$/u, '').trim();
  return names && /^\p{Lu}/u.test(names) ? names : null;
}
