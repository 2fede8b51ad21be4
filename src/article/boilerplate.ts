import boilerplate from './data/boilerplate-lines.json' with { type: 'json' };
import { comparableText } from './text-normalize.js';

const BOILERPLATE = new Set(boilerplate.lines.map(comparableText));

const LINK_LABELS = boilerplate.prefixes.map((prefix) => prefix.toLowerCase());
const MAX_LINK_LINE = 200;

/**
 * A whole line of page furniture ("Advertisement", "Media playback is unsupported on your device"), or a link to
 * another story under a label ("Also on rt.com Journalists threatened …", "READ MORE: …").
 */
export function isBoilerplateLine(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length <= MAX_LINK_LINE && !/[.!?]["”’]?$/.test(trimmed) && LINK_LABELS.some((label) => trimmed.toLowerCase().startsWith(label))) return true;
  return line.length <= 80 && BOILERPLATE.has(comparableText(line));
}
