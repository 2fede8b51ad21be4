// Discord's documented limits for what a bot sends, checked the way Discord's API checks
// them (lengths in Unicode code points). Each function returns a list of problems; empty
// means Discord would accept the payload.

/** Message flags an interaction reply may set: SUPPRESS_EMBEDS, EPHEMERAL, SUPPRESS_NOTIFICATIONS, IS_COMPONENTS_V2. */
const ALLOWED_REPLY_FLAGS = 4 | 64 | 4096 | 32768;
const EMBED_TOTAL = 6000;

type Json = Record<string, unknown>;

const length = (value: unknown): number => (typeof value === 'string' ? [...value].length : 0);

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkLength(problems: string[], where: string, value: unknown, max: number, min = 0): void {
  if (value === undefined || value === null) {
    if (min > 0) problems.push(`${where} is missing`);
    return;
  }
  if (typeof value !== 'string') {
    problems.push(`${where} is not a string`);
    return;
  }
  const n = length(value);
  if (n > max) problems.push(`${where} has ${n} characters (max ${max})`);
  if (n < min) problems.push(`${where} has ${n} characters (min ${min})`);
}

/** Every embed field Discord counts towards the 6000-character total. */
function embedCharacters(embed: Json): number {
  const fields = Array.isArray(embed.fields) ? embed.fields.filter(isObject) : [];
  return (
    length(embed.title) +
    length(embed.description) +
    (isObject(embed.footer) ? length(embed.footer.text) : 0) +
    (isObject(embed.author) ? length(embed.author.name) : 0) +
    fields.reduce((sum, field) => sum + length(field.name) + length(field.value), 0)
  );
}

function checkEmbeds(problems: string[], embeds: unknown): void {
  if (embeds === undefined || embeds === null) return;
  if (!Array.isArray(embeds)) {
    problems.push('embeds is not an array');
    return;
  }
  if (embeds.length > 10) problems.push(`${embeds.length} embeds (max 10)`);
  let total = 0;
  embeds.forEach((embed, i) => {
    if (!isObject(embed)) {
      problems.push(`embeds[${i}] is not an object`);
      return;
    }
    checkLength(problems, `embeds[${i}].title`, embed.title, 256);
    checkLength(problems, `embeds[${i}].description`, embed.description, 4096);
    if (isObject(embed.footer)) checkLength(problems, `embeds[${i}].footer.text`, embed.footer.text, 2048, 1);
    if (isObject(embed.author)) checkLength(problems, `embeds[${i}].author.name`, embed.author.name, 256, 1);
    if (typeof embed.color === 'number' && (embed.color < 0 || embed.color > 0xffffff)) {
      problems.push(`embeds[${i}].color ${embed.color} is out of range`);
    }
    const fields = embed.fields ?? [];
    if (!Array.isArray(fields)) problems.push(`embeds[${i}].fields is not an array`);
    else {
      if (fields.length > 25) problems.push(`embeds[${i}] has ${fields.length} fields (max 25)`);
      fields.forEach((field: unknown, j) => {
        const where = `embeds[${i}].fields[${j}]`;
        if (!isObject(field)) return problems.push(`${where} is not an object`);
        checkLength(problems, `${where}.name`, field.name, 256, 1);
        checkLength(problems, `${where}.value`, field.value, 1024, 1);
      });
    }
    total += embedCharacters(embed);
  });
  if (total > EMBED_TOTAL) problems.push(`embeds total ${total} characters (max ${EMBED_TOTAL})`);
}

function checkButton(problems: string[], where: string, button: Json, customIds: Set<string>): void {
  checkLength(problems, `${where}.label`, button.label, 80);
  if (button.style === 5) {
    if (typeof button.url !== 'string') problems.push(`${where} is a link button without url`);
    if (button.custom_id !== undefined) problems.push(`${where} is a link button with a custom_id`);
    return;
  }
  if (button.style === 6) return; // premium button: sku_id, no custom_id
  checkLength(problems, `${where}.custom_id`, button.custom_id, 100, 1);
  if (typeof button.custom_id === 'string') {
    if (customIds.has(button.custom_id)) problems.push(`${where}.custom_id "${button.custom_id}" is not unique`);
    customIds.add(button.custom_id);
  }
  if (button.label === undefined && button.emoji === undefined) problems.push(`${where} has neither label nor emoji`);
}

function checkComponents(problems: string[], components: unknown): void {
  if (components === undefined || components === null) return;
  if (!Array.isArray(components)) {
    problems.push('components is not an array');
    return;
  }
  if (components.length > 5) problems.push(`${components.length} action rows (max 5)`);
  const customIds = new Set<string>();
  components.forEach((row: unknown, i) => {
    if (!isObject(row) || row.type !== 1 || !Array.isArray(row.components)) {
      problems.push(`components[${i}] is not an action row`);
      return;
    }
    const children = row.components.filter(isObject);
    const buttons = children.filter((child) => child.type === 2);
    if (buttons.length > 5) problems.push(`components[${i}] has ${buttons.length} buttons (max 5)`);
    if (children.length === 0) problems.push(`components[${i}] is an empty action row`);
    if (buttons.length > 0 && buttons.length !== children.length) {
      problems.push(`components[${i}] mixes buttons with other components`);
    }
    children.forEach((child, j) => {
      const where = `components[${i}].components[${j}]`;
      if (child.type === 2) checkButton(problems, where, child, customIds);
      else checkLength(problems, `${where}.custom_id`, child.custom_id, 100, 1);
    });
  });
}

/**
 * `allowed_mentions` must be present and allow nothing: echoed user input must never ping.
 * Returns the problems; an empty list means no mention can leak.
 */
export function checkAllowedMentions(payload: Json): string[] {
  const allowed = payload.allowed_mentions;
  if (!isObject(allowed)) return ['allowed_mentions is missing (Discord then parses @everyone, roles and users)'];
  const problems: string[] = [];
  if (!Array.isArray(allowed.parse)) problems.push('allowed_mentions.parse is missing (treated as parse everything)');
  else if (allowed.parse.length > 0) problems.push(`allowed_mentions.parse allows ${allowed.parse.join(', ')}`);
  for (const list of ['users', 'roles'] as const) {
    const ids = allowed[list];
    if (Array.isArray(ids) && ids.length > 0) problems.push(`allowed_mentions.${list} allows ${ids.length} ids`);
  }
  return problems;
}

/** Limits of a message created or edited by a bot (reply, update, edit, follow-up). */
export function checkMessageLimits(payload: Json): string[] {
  const problems: string[] = [];
  checkLength(problems, 'content', payload.content, 2000);
  checkEmbeds(problems, payload.embeds);
  checkComponents(problems, payload.components);
  if (typeof payload.flags === 'number' && (payload.flags & ~ALLOWED_REPLY_FLAGS) !== 0) {
    problems.push(`flags ${payload.flags} sets bits an interaction reply may not set`);
  }
  return problems;
}

/** A message Discord would refuse as empty (code 50006). */
export function isEmptyMessage(message: Json): boolean {
  const has = (value: unknown): boolean => (Array.isArray(value) ? value.length > 0 : length(value) > 0);
  return !has(message.content) && !has(message.embeds) && !has(message.components) && !has(message.attachments);
}

/** Both checks together, for every message-creating or editing payload. */
export function validateMessagePayload(payload: unknown): string[] {
  if (!isObject(payload)) return ['payload is not a JSON object'];
  return [...checkMessageLimits(payload), ...checkAllowedMentions(payload)];
}

/** The data of an autocomplete result (callback type 8). */
export function validateAutocomplete(data: unknown): string[] {
  if (!isObject(data) || !Array.isArray(data.choices)) return ['autocomplete result has no choices array'];
  const problems: string[] = [];
  if (data.choices.length > 25) problems.push(`${data.choices.length} choices (max 25)`);
  data.choices.forEach((choice: unknown, i) => {
    if (!isObject(choice)) return problems.push(`choices[${i}] is not an object`);
    checkLength(problems, `choices[${i}].name`, choice.name, 100, 1);
    if (typeof choice.value === 'string') checkLength(problems, `choices[${i}].value`, choice.value, 100, 1);
    else if (typeof choice.value !== 'number') problems.push(`choices[${i}].value is neither string nor number`);
  });
  return problems;
}

/** The data of a modal (callback type 9). */
export function validateModal(data: unknown): string[] {
  if (!isObject(data)) return ['modal is not an object'];
  const problems: string[] = [];
  checkLength(problems, 'modal custom_id', data.custom_id, 100, 1);
  checkLength(problems, 'modal title', data.title, 45, 1);
  const rows = Array.isArray(data.components) ? data.components.length : 0;
  if (rows < 1 || rows > 5) problems.push(`modal has ${rows} rows (1 to 5)`);
  return problems;
}

const COMMAND_NAME = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

function checkOptions(problems: string[], where: string, options: unknown): void {
  if (options === undefined) return;
  if (!Array.isArray(options)) return void problems.push(`${where}.options is not an array`);
  if (options.length > 25) problems.push(`${where} has ${options.length} options (max 25)`);
  let sawOptional = false;
  options.forEach((option: unknown, i) => {
    const at = `${where}.options[${i}]`;
    if (!isObject(option)) return problems.push(`${at} is not an object`);
    const name = String(option.name ?? '');
    if (!COMMAND_NAME.test(name) || name !== name.toLowerCase()) problems.push(`${at}.name "${name}" is not a valid option name`);
    checkLength(problems, `${at}.description`, option.description, 100, 1);
    if (option.required === true && sawOptional) problems.push(`${at} is required after an optional option`);
    if (option.required !== true) sawOptional = true;
    if (Array.isArray(option.choices)) {
      if (option.choices.length > 25) problems.push(`${at} has ${option.choices.length} choices (max 25)`);
      if (option.autocomplete === true) problems.push(`${at} has both choices and autocomplete`);
    }
    checkOptions(problems, at, option.options);
  });
}

/** One application command definition, as PUT/POST to the command routes. */
export function validateCommandDefinition(command: unknown): string[] {
  if (!isObject(command)) return ['command is not an object'];
  const problems: string[] = [];
  const type = command.type ?? 1;
  const name = String(command.name ?? '');
  const where = `command "${name}"`;
  if (type === 1) {
    if (!COMMAND_NAME.test(name) || name !== name.toLowerCase()) problems.push(`${where}: invalid chat input name`);
    checkLength(problems, `${where} description`, command.description, 100, 1);
    checkOptions(problems, where, command.options);
  } else {
    checkLength(problems, `${where} name`, name, 32, 1);
    if (command.description !== undefined && command.description !== '') {
      problems.push(`${where}: context menu commands take no description`);
    }
    if (command.options !== undefined) problems.push(`${where}: context menu commands take no options`);
  }
  const permissions = command.default_member_permissions;
  if (permissions !== undefined && permissions !== null && !/^\d+$/.test(String(permissions))) {
    problems.push(`${where}: default_member_permissions must be a bitfield string`);
  }
  return problems;
}
