// Small structural fakes of discord.js interactions: only the members the router uses,
// recording every call so tests can assert what would have been sent to Discord.
import { ApplicationCommandOptionType, InteractionType, PermissionFlagsBits } from 'discord-api-types/v10';
import type { Interaction } from 'discord.js';
import type { RawOption } from '../../src/discord/options.js';

export interface Call {
  method: string;
  payload: any;
}

export interface FakeActor {
  userId?: string;
  guildId?: string | null;
  moderator?: boolean;
}

type Kind = 'chat' | 'autocomplete' | 'button' | 'message';

export const GUILD = '100000000000000001';
export const USER = '200000000000000002';

interface InteractionState {
  deferred: boolean;
  replied: boolean;
  responded: boolean;
}

function base(kind: Kind, actor: FakeActor) {
  const calls: Call[] = [];
  const record = (method: string, effect: (state: InteractionState) => void = () => undefined) =>
    async (payload?: unknown) => {
      calls.push({ method, payload });
      effect(fake);
    };
  const permissions = actor.moderator ? PermissionFlagsBits.ManageGuild : 0n;
  const fake = {
    calls,
    type: kind === 'button' ? InteractionType.MessageComponent : kind === 'autocomplete' ? InteractionType.ApplicationCommandAutocomplete : InteractionType.ApplicationCommand,
    user: { id: actor.userId ?? USER },
    guildId: actor.guildId === undefined ? GUILD : actor.guildId,
    memberPermissions: actor.guildId === null ? null : { has: (bit: bigint) => (permissions & bit) === bit },
    deferred: false,
    replied: false,
    responded: false,
    isAutocomplete: () => kind === 'autocomplete',
    isChatInputCommand: () => kind === 'chat',
    isMessageContextMenuCommand: () => kind === 'message',
    isCommand: () => kind === 'chat' || kind === 'message',
    isButton: () => kind === 'button',
    isRepliable: () => kind !== 'autocomplete',
    reply: record('reply', (state) => (state.replied = true)),
    deferReply: record('deferReply', (state) => (state.deferred = true)),
    editReply: record('editReply', (state) => (state.replied = true)),
    followUp: record('followUp'),
    deleteReply: record('deleteReply'),
    update: record('update', (state) => (state.replied = true)),
    deferUpdate: record('deferUpdate', (state) => (state.deferred = true)),
    respond: record('respond', (state) => (state.responded = true)),
  };
  return fake;
}

export type FakeInteraction = ReturnType<typeof base> & Record<string, unknown>;

const asInteraction = (fake: FakeInteraction) => fake as unknown as Interaction;

function rawOptions(values: Record<string, string | number | boolean>): RawOption[] {
  return Object.entries(values).map(([name, value]) => ({
    name,
    value,
    type: typeof value === 'boolean' ? ApplicationCommandOptionType.Boolean : ApplicationCommandOptionType.String,
  }));
}

export function chatInput(commandName: string, values: Record<string, string | number | boolean> = {}, actor: FakeActor = {}) {
  const fake: FakeInteraction = Object.assign(base('chat', actor), { commandName, options: { data: rawOptions(values) } });
  return { fake, interaction: asInteraction(fake) };
}

export function autocomplete(commandName: string, focused: { name: string; value: string }, actor: FakeActor = {}) {
  const fake: FakeInteraction = Object.assign(base('autocomplete', actor), {
    commandName,
    options: { getFocused: () => ({ ...focused, type: ApplicationCommandOptionType.String }) },
  });
  return { fake, interaction: asInteraction(fake) };
}

export function button(customId: string, actor: FakeActor = {}) {
  const fake: FakeInteraction = Object.assign(base('button', actor), { customId });
  return { fake, interaction: asInteraction(fake) };
}

export function messageContextMenu(commandName: string, content: string, actor: FakeActor = {}) {
  const fake: FakeInteraction = Object.assign(base('message', actor), { commandName, targetMessage: { content, embeds: [] } });
  return { fake, interaction: asInteraction(fake) };
}
