// The state of the fake Discord: its application, guilds, registered commands and the life of
// every interaction (callback, edits, follow-ups), with Discord's checks on each step.
import { EventEmitter } from 'node:events';
import { performance } from 'node:perf_hooks';
import { fakeUser, type FakeUser, messageObject } from './interactions.js';
import {
  checkAllowedMentions,
  checkMessageLimits,
  isEmptyMessage,
  validateAutocomplete,
  validateCommandDefinition,
  validateModal,
} from './limits.js';
import type { InteractionRecord, Json, RouteCall, Violation, IdentifyRecord } from './records.js';
import { snowflake } from './snowflake.js';

export interface FakeGuild {
  id: string;
  name: string;
  channelId: string;
}

/** An answer for the HTTP layer: status and JSON body (undefined → empty body). */
export interface RestResult {
  status: number;
  body?: unknown;
}

const INTERACTION_DEADLINE_MS = 3000;
const EPHEMERAL = 64;
const LOADING = 128;

export const discordError = (status: number, code: number, message: string): RestResult => ({ status, body: { message, code } });

export class DiscordWorld {
  readonly events = new EventEmitter();
  readonly applicationId = snowflake();
  readonly botUser: FakeUser = { ...fakeUser('Byline', true), id: this.applicationId };
  readonly guilds: FakeGuild[] = [];
  readonly routes: RouteCall[] = [];
  readonly unknownRoutes: RouteCall[] = [];
  readonly violations: Violation[] = [];
  readonly identifies: IdentifyRecord[] = [];
  /** Gateway sessions by session_id with their shard, so that a RESUME continues the right one. */
  readonly sessionShards = new Map<string, [number, number]>();
  resumes = 0;
  /** Close codes of gateway connections the client closed (1000: a clean logout). */
  readonly gatewayCloses: number[] = [];
  readonly interactions = new Map<string, InteractionRecord>();
  /** Registered commands by scope: 'global' or a guild id. Kept across bot restarts, like Discord. */
  readonly commands = new Map<string, Json[]>();
  private readonly byToken = new Map<string, InteractionRecord>();
  private readonly messages = new Map<string, Json>();

  changed(): void {
    this.events.emit('change');
  }

  recordViolation(route: string, interactionId: string | null, problems: string[], payload: unknown): void {
    if (problems.length === 0) return;
    this.violations.push({ route, interactionId, problems, payload });
  }

  // ── application commands ────────────────────────────────────────────────

  commandsOf(scope: string): Json[] {
    return this.commands.get(scope) ?? [];
  }

  /** A definition as Discord stores and returns it: ids and defaults added. */
  private storeCommand(scope: string, definition: Json, existing?: Json): Json {
    const command: Json = {
      type: 1,
      nsfw: false,
      default_member_permissions: null,
      integration_types: [0],
      contexts: null,
      ...definition,
      id: existing?.id ?? snowflake(),
      application_id: this.applicationId,
      version: snowflake(),
    };
    if (scope === 'global') command.dm_permission = definition.dm_permission ?? true;
    else command.guild_id = scope;
    return command;
  }

  putCommands(route: string, scope: string, body: unknown): RestResult {
    if (!Array.isArray(body)) return discordError(400, 50035, 'Invalid Form Body');
    const problems = body.flatMap((definition) => validateCommandDefinition(definition));
    const names = body.map((definition: Json) => `${definition.type ?? 1}:${String(definition.name)}`);
    if (new Set(names).size !== names.length) problems.push('duplicate command names');
    if (problems.length > 0) {
      this.recordViolation(route, null, problems, body);
      return discordError(400, 50035, `Invalid Form Body: ${problems.join('; ')}`);
    }
    const previous = this.commandsOf(scope);
    const stored = body.map((definition: Json) =>
      this.storeCommand(scope, definition, previous.find((old) => old.name === definition.name && old.type === (definition.type ?? 1))),
    );
    this.commands.set(scope, stored);
    return { status: 200, body: stored };
  }

  postCommand(route: string, scope: string, body: unknown): RestResult {
    const problems = validateCommandDefinition(body);
    if (problems.length > 0) {
      this.recordViolation(route, null, problems, body);
      return discordError(400, 50035, `Invalid Form Body: ${problems.join('; ')}`);
    }
    const definition = body as Json;
    const list = this.commandsOf(scope);
    const existing = list.find((old) => old.name === definition.name && old.type === (definition.type ?? 1));
    const stored = this.storeCommand(scope, definition, existing);
    this.commands.set(scope, [...list.filter((old) => old !== existing), stored]);
    return { status: existing ? 200 : 201, body: stored };
  }

  patchCommand(route: string, scope: string, commandId: string, body: unknown): RestResult {
    const list = this.commandsOf(scope);
    const existing = list.find((old) => old.id === commandId);
    if (!existing) return discordError(404, 10063, 'Unknown application command');
    const merged = { ...existing, ...(body as Json) };
    const problems = validateCommandDefinition(merged);
    if (problems.length > 0) {
      this.recordViolation(route, null, problems, body);
      return discordError(400, 50035, `Invalid Form Body: ${problems.join('; ')}`);
    }
    const stored = this.storeCommand(scope, merged, existing);
    this.commands.set(scope, list.map((old) => (old === existing ? stored : old)));
    return { status: 200, body: stored };
  }

  deleteCommand(scope: string, commandId: string): RestResult {
    const list = this.commandsOf(scope);
    if (!list.some((old) => old.id === commandId)) return discordError(404, 10063, 'Unknown application command');
    this.commands.set(scope, list.filter((old) => old.id !== commandId));
    return { status: 204 };
  }

  /** The registered command called `name` (guild scope first, then global). */
  findCommand(guildId: string, name: string, type = 1): Json | undefined {
    const match = (command: Json) => command.name === name && command.type === type;
    return this.commandsOf(guildId).find(match) ?? this.commandsOf('global').find(match);
  }

  // ── interactions ────────────────────────────────────────────────────────

  trackInteraction(payload: Json): InteractionRecord {
    const record: InteractionRecord = {
      id: String(payload.id),
      token: String(payload.token),
      type: Number(payload.type),
      guildId: String(payload.guild_id),
      payload,
      dispatchedAt: performance.now(),
      firstCallbackMs: null,
      callbacks: [],
      original: payload.type === 3 ? structuredClone(payload.message as Json) : null,
      settled: false,
      followups: [],
    };
    this.interactions.set(record.id, record);
    this.byToken.set(record.token, record);
    return record;
  }

  private botMessage(record: InteractionRecord, data: Json, flags: number): Json {
    const message = messageObject(this.botUser, String((record.payload.channel as Json).id), {
      type: record.type === 2 ? 20 : 19,
      ...this.visibleFields(data),
      flags,
      webhook_id: this.applicationId,
      application_id: this.applicationId,
      interaction_metadata: {
        id: record.id,
        type: record.type,
        user: (record.payload.member as Json).user,
        authorizing_integration_owners: record.payload.authorizing_integration_owners,
      },
    });
    this.messages.set(String(message.id), message);
    return message;
  }

  private visibleFields(data: Json): Json {
    const fields: Json = {};
    for (const key of ['content', 'embeds', 'components', 'attachments', 'poll'] as const) {
      if (data[key] !== undefined) fields[key] = data[key];
    }
    return fields;
  }

  /** Checks a message-creating or editing payload: limits, mentions, and (when creating) emptiness. */
  private checkMessage(route: string, record: InteractionRecord, data: Json, result: Json | null): void {
    const problems = [...checkMessageLimits(data), ...checkAllowedMentions(data)];
    if (result && isEmptyMessage(result)) problems.push('the message would be empty (Discord error 50006)');
    this.recordViolation(route, record.id, problems, data);
  }

  callback(route: string, interactionId: string, token: string, type: number, data: Json | null, withResponse: boolean): RestResult {
    const record = this.interactions.get(interactionId);
    if (!record || record.token !== token) return discordError(404, 10062, 'Unknown interaction');
    const afterMs = performance.now() - record.dispatchedAt;
    if (afterMs > INTERACTION_DEADLINE_MS) {
      this.recordViolation(route, record.id, [`callback after ${Math.round(afterMs)} ms (deadline 3000 ms)`], data);
      return discordError(404, 10062, 'Unknown interaction');
    }
    if (record.callbacks.length > 0) {
      this.recordViolation(route, record.id, ['interaction acknowledged twice'], data);
      return discordError(400, 40060, 'Interaction has already been acknowledged.');
    }
    const problem = this.callbackProblem(record.type, type);
    if (problem) {
      this.recordViolation(route, record.id, [problem], data);
      return discordError(400, 50035, `Invalid Form Body: ${problem}`);
    }
    record.firstCallbackMs = afterMs;
    record.callbacks.push({ type, data, afterMs });
    const body = this.applyCallback(route, record, type, data ?? {});
    this.changed();
    return withResponse ? { status: 200, body } : { status: 204 };
  }

  private callbackProblem(interactionType: number, callbackType: number): string | null {
    const allowed: Record<number, number[]> = {
      1: [1],
      2: [4, 5, 9],
      3: [4, 5, 6, 7, 9],
      4: [8],
      5: [4, 5, 6, 7],
    };
    return allowed[interactionType]?.includes(callbackType)
      ? null
      : `callback type ${callbackType} is not valid for interaction type ${interactionType}`;
  }

  private applyCallback(route: string, record: InteractionRecord, type: number, data: Json): Json {
    const flags = typeof data.flags === 'number' ? data.flags : 0;
    let resource: Json = { type };
    if (type === 4) {
      record.original = this.botMessage(record, data, flags & EPHEMERAL);
      this.checkMessage(route, record, data, record.original);
      record.settled = true;
    } else if (type === 5) {
      record.original = this.botMessage(record, {}, (flags & EPHEMERAL) | LOADING);
    } else if (type === 7) {
      record.original = { ...(record.original ?? {}), ...this.visibleFields(data), edited_timestamp: new Date().toISOString() };
      this.checkMessage(route, record, data, record.original);
      record.settled = true;
    } else if (type === 8) {
      this.recordViolation(route, record.id, validateAutocomplete(data), data);
      record.settled = true;
    } else if (type === 9) {
      this.recordViolation(route, record.id, validateModal(data), data);
      record.settled = true;
    }
    if (record.original && (type === 4 || type === 5 || type === 7)) resource = { type, message: record.original };
    return {
      interaction: {
        id: record.id,
        type: record.type,
        response_message_id: record.original?.id ?? null,
        response_message_loading: type === 5,
        response_message_ephemeral: Boolean(flags & EPHEMERAL),
      },
      resource,
    };
  }

  private webhookRecord(applicationId: string, token: string): InteractionRecord | RestResult {
    const record = this.byToken.get(token);
    if (applicationId !== this.applicationId || !record) return discordError(404, 10015, 'Unknown Webhook');
    if (record.callbacks.length === 0) return discordError(404, 10015, 'Unknown Webhook');
    return record;
  }

  getOriginal(applicationId: string, token: string): RestResult {
    const record = this.webhookRecord(applicationId, token);
    if ('status' in record) return record;
    return record.original ? { status: 200, body: record.original } : discordError(404, 10008, 'Unknown Message');
  }

  editMessage(route: string, applicationId: string, token: string, messageId: string, data: Json): RestResult {
    const record = this.webhookRecord(applicationId, token);
    if ('status' in record) return record;
    const isOriginal = messageId === '@original' || messageId === record.original?.id;
    const target = isOriginal ? record.original : record.followups.find((message) => message.id === messageId);
    if (!target) return discordError(404, 10008, 'Unknown Message');
    const edited: Json = { ...target, ...this.visibleFields(data), edited_timestamp: new Date().toISOString() };
    if (typeof edited.flags === 'number') edited.flags &= ~LOADING;
    this.checkMessage(route, record, data, edited);
    if (isOriginal) {
      record.original = edited;
      record.settled = true;
    } else record.followups = record.followups.map((message) => (message === target ? edited : message));
    this.messages.set(String(edited.id), edited);
    this.changed();
    return { status: 200, body: edited };
  }

  deleteMessage(applicationId: string, token: string, messageId: string): RestResult {
    const record = this.webhookRecord(applicationId, token);
    if ('status' in record) return record;
    if (messageId === '@original' || messageId === record.original?.id) {
      record.original = null;
      record.settled = true;
    } else record.followups = record.followups.filter((message) => message.id !== messageId);
    this.changed();
    return { status: 204 };
  }

  followUp(route: string, applicationId: string, token: string, data: Json): RestResult {
    const record = this.webhookRecord(applicationId, token);
    if ('status' in record) return record;
    // After a deferred reply, Discord turns the "thinking…" message into the first follow-up.
    if (typeof record.original?.flags === 'number' && record.original.flags & LOADING) {
      return this.editMessage(route, applicationId, token, '@original', data);
    }
    const flags = typeof data.flags === 'number' ? data.flags : 0;
    const message = this.botMessage(record, data, flags & EPHEMERAL);
    this.checkMessage(route, record, data, message);
    record.followups.push(message);
    record.settled = true;
    this.changed();
    return { status: 200, body: message };
  }
}
