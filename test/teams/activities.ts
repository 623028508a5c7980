// Bot Framework activities as Teams sends them, for the HTTP tests. Ids are unique per call.
let counter = 0;
const nextId = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++counter}`;

export const BOT = { id: '28:banenbot-app-id', name: 'banenbot' };
export const USER = { id: '29:user-1', name: 'Test Gebruiker', aadObjectId: '00000000-0000-0000-0000-000000000001' };
export const TENANT = 'tenant-allowed';

export type Kind = 'personal' | 'groupChat' | 'channel';

export interface ActivityOptions {
  serviceUrl: string;
  conversationId?: string;
  kind?: Kind;
  tenantId?: string;
  id?: string;
}

function base(type: string, o: ActivityOptions) {
  const kind = o.kind ?? 'personal';
  const tenantId = o.tenantId ?? TENANT;
  return {
    type,
    id: o.id ?? nextId('act'),
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl: o.serviceUrl,
    from: USER,
    recipient: BOT,
    conversation: {
      id: o.conversationId ?? nextId(kind === 'channel' ? '19:chan@thread.tacv2' : 'a:conv'),
      conversationType: kind,
      tenantId,
      ...(kind !== 'personal' ? { isGroup: true } : {}),
    },
    channelData: {
      tenant: { id: tenantId },
      ...(kind === 'channel' ? { team: { id: '19:team@thread.tacv2' }, channel: { id: '19:chan@thread.tacv2' } } : {}),
    },
  };
}

/** A text message; `mention: true` prefixes "<at>banenbot</at> " with its mention entity. */
export function message(text: string, o: ActivityOptions & { mention?: boolean }) {
  const mentionText = `<at>${BOT.name}</at>`;
  return {
    ...base('message', o),
    text: o.mention ? `${mentionText} ${text}` : text,
    textFormat: 'plain',
    locale: 'nl-NL',
    entities: o.mention ? [{ type: 'mention', text: mentionText, mentioned: BOT }] : [],
  };
}

/** A card button press (Action.Submit): a message with `value` and no text. */
export function cardAction(value: unknown, o: ActivityOptions) {
  return { ...base('message', o), value, locale: 'nl-NL' };
}

/** installationUpdate (add/remove). Teams sends these without locale. */
export function installationUpdate(action: 'add' | 'remove', o: ActivityOptions) {
  return { ...base('installationUpdate', o), action };
}

/** conversationUpdate with the bot added or removed. */
export function botMembership(change: 'membersAdded' | 'membersRemoved', o: ActivityOptions) {
  return { ...base('conversationUpdate', o), [change]: [{ id: BOT.id }] };
}

/** A card button press (Action.Execute): the `adaptiveCard/action` invoke with verb and data. */
export function cardExecute(verb: string, data: unknown, o: ActivityOptions & { replyToId?: string }) {
  return {
    ...base('invoke', o),
    name: 'adaptiveCard/action',
    replyToId: o.replyToId ?? 'card-message-1',
    value: { action: { type: 'Action.Execute', verb, data } },
    locale: 'nl-NL',
  };
}

/** A search in the compose box's message extension (`composeExtension/query`). */
export function extensionQuery(commandId: string, text: string, o: ActivityOptions, name = 'vraag') {
  return {
    ...base('invoke', o),
    name: 'composeExtension/query',
    value: { commandId, parameters: [{ name, value: text }], queryOptions: { skip: 0, count: 25 } },
    locale: 'nl-NL',
  };
}
