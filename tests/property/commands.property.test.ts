// Random option strings through the whole handler path of every command: the command's
// execute, renderDiscord, the reply helper, and discord.js's own payload conversion. Whatever
// a user types, the bot must not throw, must stay within Discord's limits and must not ping.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessagePayload } from 'discord.js';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { commandMap, messageCommandMap } from '../../commands/index.js';
import type { ReloadAnswer } from '../../src/answers/types.js';
import { parseRawText } from '../../src/article/parse-text.js';
import { SUBCOMMAND_OPTION, type Command, type CommandContext, type OptionValues } from '../../src/core/command.js';
import { prepareArticle } from '../../src/core/prepare.js';
import { fitChoices, toPayload, type SendMode } from '../../src/discord/reply.js';
import { renderDiscord } from '../../src/render/discord.js';
import { isEmptyMessage, validateAutocomplete, validateMessagePayload } from '../support/fake-discord/limits.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SEED = 'lavrov-pyongyang-visit.txt';
const NUM_RUNS = 100;

// Option types from discord-api-types' ApplicationCommandOptionType.
const SUBCOMMAND = 1;
const STRING = 3;
const BOOLEAN = 5;

const reloadAnswer: ReloadAnswer = {
  kind: 'reload',
  ok: true,
  before: { articles: 1, paragraphs: 15, people: 6 },
  after: { articles: 1, paragraphs: 15, people: 6 },
  added: [],
  changed: [],
  removed: [],
  skipped: [],
  durationMs: 3,
};

const ZALGO_MARKS = Array.from({ length: 0x36f - 0x300 + 1 }, (_, i) => String.fromCodePoint(0x300 + i));

/** What users type when they are not being nice. */
const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 120 }),
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc.constantFrom('', ' ', '\t\n  ', '\u0000', '\u200b\u200b', '@everyone', '@here', '<@123456789012345678>', '<@&123456789012345678>', '<#123>'),
  fc.array(fc.constantFrom('**', '__', '~~', '||', '`', '```', '> ', '# ', '-# ', '[x](https://e.com)', '\\', '\n', '@everyone', 'Lavrov', 'Russia'), { maxLength: 40 }).map((parts) => parts.join('')),
  fc.tuple(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }), fc.array(fc.constantFrom(...ZALGO_MARKS), { maxLength: 60 })).map(([base, marks]) => base + marks.join('')),
  fc.tuple(fc.constantFrom('munitions ', 'x', '@everyone ', '**a** ', 'Пхеньян ', '🇰🇵'), fc.integer({ min: 1000, max: 6000 })).map(([unit, size]) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size)),
  fc.string({ unit: fc.integer({ min: 0, max: 31 }).map((code) => String.fromCharCode(code)), maxLength: 40 }),
);

/** What Discord would actually send: the payload discord.js builds from our reply options. */
function wireBody(options: ReturnType<typeof toPayload>): unknown {
  const target = { client: { options: { jsonTransformer: (value: unknown) => value } } };
  return new MessagePayload(target as never, options).resolveBody().body;
}

type OptionDefinition = NonNullable<Command['definition']['options']>[number];

function leafOptionsArbitrary(options: readonly OptionDefinition[]): fc.Arbitrary<OptionValues> {
  const entries: Record<string, fc.Arbitrary<string | boolean | undefined>> = {};
  for (const option of options) {
    if (option.type === BOOLEAN) entries[option.name] = fc.option(fc.boolean(), { nil: undefined });
    else if (option.type === STRING && 'choices' in option && option.choices?.length) {
      entries[option.name] = fc.option(fc.constantFrom(...option.choices.map((choice) => String(choice.value))), { nil: undefined });
    } else if (option.type === STRING) entries[option.name] = option.required ? hostileText : fc.option(hostileText, { nil: undefined });
  }
  return fc.record(entries) as fc.Arbitrary<OptionValues>;
}

/** Options as the router hands them over: a chosen subcommand's name and options flattened beside it. */
function optionsArbitrary(command: Command): fc.Arbitrary<OptionValues> {
  const options = command.definition.options ?? [];
  const subcommands = options.filter((option) => option.type === SUBCOMMAND);
  if (subcommands.length === 0) return leafOptionsArbitrary(options);
  return fc.oneof(
    ...subcommands.map((subcommand) =>
      leafOptionsArbitrary('options' in subcommand ? (subcommand.options ?? []) : []).map((values) => ({ ...values, [SUBCOMMAND_OPTION]: subcommand.name })),
    ),
  );
}

/** Every option, at any depth, that asks for autocomplete. */
function autocompletedOptions(options: readonly OptionDefinition[]): string[] {
  return options.flatMap((option) => [
    ...('autocomplete' in option && option.autocomplete ? [option.name] : []),
    ...('options' in option && option.options ? autocompletedOptions(option.options as readonly OptionDefinition[]) : []),
  ]);
}

function expectWithinLimits(body: unknown, what: string): void {
  expect(validateMessagePayload(body), what).toEqual([]);
  expect(isEmptyMessage(body as Record<string, unknown>), `${what}: empty message`).toBe(false);
}

describe('every command under random input', () => {
  let context: (isModerator: boolean) => CommandContext;

  beforeAll(() => {
    const seed = readFileSync(path.join(repoRoot, 'data', SEED), 'utf8');
    const articles = [prepareArticle(parseRawText(seed, SEED))];
    context = (isModerator) => ({ articles, guildId: '1', userId: '2', isModerator, reload: async () => reloadAnswer });
  });

  for (const [name, command] of commandMap) {
    it(`/${name}: never throws, stays within every limit, never pings`, async () => {
      await fc.assert(
        fc.asyncProperty(optionsArbitrary(command), fc.boolean(), fc.integer({ min: -3, max: 40 }), fc.constantFrom<SendMode>('reply', 'edit'), async (options, isModerator, page, mode) => {
          const answer = await command.execute(options, context(isModerator));
          const reply = renderDiscord(answer, { userId: '2', page });
          expectWithinLimits(wireBody(toPayload(reply, mode)), `/${name} ${JSON.stringify(options).slice(0, 200)}`);
        }),
        { numRuns: NUM_RUNS },
      );
    });

    const autocompleted = [...new Set(autocompletedOptions(command.definition.options ?? []))];
    if (command.autocomplete && autocompleted.length > 0) {
      it(`/${name} autocomplete: never throws, at most 25 choices of 1–100 characters`, () => {
        fc.assert(
          fc.property(fc.constantFrom(...autocompleted), hostileText, (option, typed) => {
            const choices = fitChoices(command.autocomplete!(option, typed, context(false)));
            expect(validateAutocomplete({ choices }), `${option}: ${typed.slice(0, 50)}`).toEqual([]);
          }),
          { numRuns: NUM_RUNS },
        );
      });
    }
  }

  for (const [name, command] of messageCommandMap) {
    it(`"${name}" on any message: never throws, stays within every limit, never pings`, async () => {
      await fc.assert(
        fc.asyncProperty(hostileText, async (messageText) => {
          const answer = await command.execute(messageText, context(false));
          expectWithinLimits(wireBody(toPayload(renderDiscord(answer, { userId: '2' }), 'reply')), `"${name}" ${messageText.slice(0, 50)}`);
        }),
        { numRuns: NUM_RUNS },
      );
    });
  }
});
