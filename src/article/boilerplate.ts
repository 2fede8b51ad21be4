import boilerplate from './data/boilerplate-lines.json' with { type: 'json' };
import { comparableText } from './text-normalize.js';

const BOILERPLATE = new Set(boilerplate.lines.map(comparableText));

/** A whole line of page furniture ("Advertisement", "Media playback is unsupported on your device"). */
export function isBoilerplateLine(line: string): boolean {
  return line.length <= 80 && BOILERPLATE.has(comparableText(line));
}
