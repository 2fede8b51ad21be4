import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../src/console/parse-line.js';
import type { Command } from '../../src/core/command.js';

const answer = () => ({ kind: 'error', message: 'unused' }) as const;
const command = (definition: Command['definition']): Command => ({ definition, execute: answer });

const commands = new Map<string, Command>([
  ['who', command({
    name: 'who',
    description: 'Who is this person',
    options: [
      { type: ApplicationCommandOptionType.String, name: 'name', description: 'n', required: true },
      { type: ApplicationCommandOptionType.String, name: 'article', description: 'a' },
      { type: ApplicationCommandOptionType.Boolean, name: 'private', description: 'p' },
    ],
  })],
  ['summary', command({
    name: 'summary',
    description: 'Summary',
    options: [{
      type: ApplicationCommandOptionType.String, name: 'length', description: 'l',
      choices: [{ name: 'short', value: 'short' }, { name: 'long', value: 'long' }],
    }],
  })],
  ['article', command({
    name: 'article',
    description: 'Manage articles',
    options: [{
      type: ApplicationCommandOptionType.Subcommand, name: 'remove', description: 'r',
      options: [{ type: ApplicationCommandOptionType.String, name: 'article', description: 'a', required: true }],
    }],
  })],
]);

const parse = (line: string) => parseLine(line, commands);

describe('parseLine', () => {
  it('reads named options whose values contain spaces', () => {
    expect(parse('/who name:Jane Q. Doe private:true')).toMatchObject({
      ok: true,
      line: { name: 'who', options: { name: 'Jane Q. Doe', private: true } },
    });
  });

  it('gives the rest of the line to the main text option', () => {
    expect(parse('/who Jane Doe')).toMatchObject({ ok: true, line: { options: { name: 'Jane Doe' } } });
  });

  it('keeps colons that are not option names inside the text', () => {
    expect(parse('/who Ratio: 3:1')).toMatchObject({ ok: true, line: { options: { name: 'Ratio: 3:1' } } });
  });

  it('reads a true/false option named alone at the end as true, but not a word of the text', () => {
    expect(parse('/who name:Doe private')).toMatchObject({ ok: true, line: { options: { name: 'Doe', private: true } } });
    expect(parse('/who Is Jane Doe? private')).toMatchObject({ ok: true, line: { options: { name: 'Is Jane Doe?', private: true } } });
    expect(parse('/who Jane Private')).toMatchObject({ ok: true, line: { options: { name: 'Jane Private' } } });
    expect(parse('/who Ortiz private')).toMatchObject({ ok: true, line: { options: { name: 'Ortiz', private: true } } });
  });

  it('leaves an option given no value to its default', () => {
    expect(parse('/summary length:')).toMatchObject({ ok: true, line: { options: {} } });
  });

  it('checks choices and booleans', () => {
    expect(parse('/summary length:long')).toMatchObject({ ok: true, line: { options: { length: 'long' } } });
    expect(parse('/summary length:SHORT')).toMatchObject({ ok: true, line: { options: { length: 'short' } } });
    expect(parse('/summary length:huge')).toEqual({ ok: false, name: 'summary', error: 'length must be one of: short, long' });
    expect(parse('/who name:x private:perhaps')).toEqual({ ok: false, name: 'who', error: 'private must be true or false' });
  });

  it('reads subcommands', () => {
    expect(parse('/article remove article:some-id')).toMatchObject({
      ok: true,
      line: { options: { subcommand: 'remove', article: 'some-id' } },
    });
    expect(parse('/article rename')).toMatchObject({ ok: false });
  });

  it('explains unknown commands', () => {
    expect(parse('/weather')).toEqual({ ok: false, error: 'Unknown command /weather. Type /help for the list.' });
  });

  it('leaves a missing text option to the command, as Discord would send it', () => {
    expect(parse('/who')).toMatchObject({ ok: true, line: { name: 'who', options: {} } });
  });
});
