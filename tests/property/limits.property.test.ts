// The fake Discord's payload validator, which every e2e and property test relies on: it must
// flag exactly what Discord refuses (lengths in code points) and every way a mention can leak.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateAutocomplete, validateCommandDefinition, validateMessagePayload } from '../support/fake-discord/limits.js';

const SAFE = { allowed_mentions: { parse: [] } };
const codePoints = (min: number, max: number) => fc.string({ unit: 'grapheme-composite', minLength: min, maxLength: max, size: 'max' });
const button = (customId: string) => ({ type: 2, style: 2, label: 'x', custom_id: customId });
const row = (count: number, prefix = 'b') => ({ type: 1, components: Array.from({ length: count }, (_, i) => button(`${prefix}${i}`)) });

describe('message limits', () => {
  it('content is refused exactly above 2000 code points (an emoji counts once)', () => {
    expect(validateMessagePayload({ ...SAFE, content: '🇰'.repeat(2000) })).toEqual([]);
    expect(validateMessagePayload({ ...SAFE, content: 'x'.repeat(2001) })).toEqual(['content has 2001 characters (max 2000)']);
  });

  it('flags an embed set exactly when its characters exceed 6000', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ name: codePoints(1, 256), value: codePoints(1, 1024) }), { maxLength: 25 }), codePoints(0, 4096), (fields, description) => {
        const total = [description, ...fields.flatMap((field) => [field.name, field.value])].reduce((sum, text) => sum + [...text].length, 0);
        const problems = validateMessagePayload({ ...SAFE, embeds: [{ description, fields }] });
        expect(problems.some((problem) => problem.startsWith('embeds total'))).toBe(total > 6000);
      }),
      { numRuns: 100 },
    );
  });

  it('checks every per-embed limit', () => {
    const problems = validateMessagePayload({
      ...SAFE,
      embeds: [{ title: 't'.repeat(257), description: 'd'.repeat(4097), footer: { text: 'f'.repeat(2049) }, author: { name: 'a'.repeat(257) }, fields: [{ name: '', value: 'v'.repeat(1025) }] }],
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'embeds[0].title has 257 characters (max 256)',
        'embeds[0].description has 4097 characters (max 4096)',
        'embeds[0].footer.text has 2049 characters (max 2048)',
        'embeds[0].author.name has 257 characters (max 256)',
        'embeds[0].fields[0].name has 0 characters (min 1)',
        'embeds[0].fields[0].value has 1025 characters (max 1024)',
      ]),
    );
    expect(validateMessagePayload({ ...SAFE, embeds: Array.from({ length: 11 }, () => ({ description: 'x' })) })).toContain('11 embeds (max 10)');
  });

  it('checks rows, buttons and custom ids', () => {
    expect(validateMessagePayload({ ...SAFE, components: [row(5)] })).toEqual([]);
    expect(validateMessagePayload({ ...SAFE, components: [row(6)] })).toContain('components[0] has 6 buttons (max 5)');
    expect(validateMessagePayload({ ...SAFE, components: Array.from({ length: 6 }, (_, i) => row(1, `r${i}`)) })).toContain('6 action rows (max 5)');
    expect(validateMessagePayload({ ...SAFE, components: [{ type: 1, components: [button('c'.repeat(101))] }] })).toContain(
      'components[0].components[0].custom_id has 101 characters (max 100)',
    );
    expect(validateMessagePayload({ ...SAFE, components: [row(1), row(1)] })).toContain('components[1].components[0].custom_id "b0" is not unique');
  });
});

describe('mentions', () => {
  it('accepts only an allowed_mentions that allows nothing', () => {
    expect(validateMessagePayload({ content: '@everyone', allowed_mentions: { parse: [] } })).toEqual([]);
    expect(validateMessagePayload({ content: '@everyone', allowed_mentions: { parse: [], replied_user: false } })).toEqual([]);
    for (const leaky of [undefined, {}, { parse: ['everyone'] }, { parse: ['users'] }, { parse: [], users: ['1'] }, { parse: [], roles: ['2'] }]) {
      expect(validateMessagePayload({ content: 'hi', allowed_mentions: leaky }), JSON.stringify(leaky)).not.toEqual([]);
    }
  });
});

describe('autocomplete and command definitions', () => {
  it('allows at most 25 choices with names and values of 1–100 characters', () => {
    const choice = (name: string, value: string) => ({ name, value });
    expect(validateAutocomplete({ choices: [] })).toEqual([]);
    expect(validateAutocomplete({ choices: Array.from({ length: 25 }, (_, i) => choice(`n${i}`, `v${i}`)) })).toEqual([]);
    expect(validateAutocomplete({ choices: Array.from({ length: 26 }, (_, i) => choice(`n${i}`, `v${i}`)) })).toEqual(['26 choices (max 25)']);
    expect(validateAutocomplete({ choices: [choice('', 'v'), choice('n', 'v'.repeat(101))] })).toEqual([
      'choices[0].name has 0 characters (min 1)',
      'choices[1].value has 101 characters (max 100)',
    ]);
  });

  it('refuses invalid command names and context menus with descriptions', () => {
    expect(validateCommandDefinition({ name: 'who', description: 'Who is who', options: [{ type: 3, name: 'name', description: 'A name', required: true }] })).toEqual([]);
    expect(validateCommandDefinition({ name: 'Who', description: 'x' })).toEqual(['command "Who": invalid chat input name']);
    expect(validateCommandDefinition({ name: 'Ask Byline', type: 3 })).toEqual([]);
    expect(validateCommandDefinition({ name: 'Ask Byline', type: 3, description: 'no' })).toEqual(['command "Ask Byline": context menu commands take no description']);
    expect(
      validateCommandDefinition({ name: 'x', description: 'x', options: [{ type: 3, name: 'a', description: 'a' }, { type: 3, name: 'b', description: 'b', required: true }] }),
    ).toEqual(['command "x".options[1] is required after an optional option']);
  });
});
