// Follow-up context per conversation: loaded before a turn, saved after it. The key is the
// conversation id as Teams sends it, so a channel thread ("…;messageid=…") has its own context;
// what "wij" is ("dit kanaal gaat over politie") belongs to the whole channel (its id without
// ";messageid"), in a chat to the chat. The store keeps only the resolved query, the "wij" sector,
// the recent subjects (entity ids of the last few answers, for "vergelijk ze" two turns on) and a
// timestamp — no message text, no names. A context older than CONTEXT_TTL_MINUTES is not used.
// Loading or saving never breaks an answer: a store failure is logged and the turn goes on, and
// a store that does not answer within LOAD_DEADLINE_MS is not waited for.
import type { TurnContext } from 'botbuilder';
import { type AskContext, recentSubjects, remembered, wijChosen } from '../../answers/index.js';
import type { EntityId } from '../../domain/model.js';
import { type Query, QuerySchema } from '../../nlu/index.js';
import type { ConversationContext } from '../../store/state.js';
import { conversationIdOf, conversationKind } from '../conversation.js';
import type { BotDeps } from '../deps.js';
import { activityLogFields } from '../log-fields.js';

export interface TurnConversation {
  /** Context key: the conversation (or channel thread) id. */
  key: string;
  /** Where "wij" is kept: the conversation, or the channel of a thread. */
  homeKey: string;
  /** The previous resolved query, when recent enough. */
  previous?: Query;
  /** The sectors of the last few answers here, most recent last (with `previous`, and expiring with it). */
  recent?: EntityId[];
  speaksFor?: EntityId;
  /** A channel subscribed to exactly one sector: "wij" may be that sector (the answer asks to confirm). */
  assumedSpeaksFor?: EntityId;
}

function fresh(ctx: ConversationContext | undefined, ttlMs: number, now: number): boolean {
  if (!ctx) return false;
  const at = Date.parse(ctx.at);
  return Number.isFinite(at) && now - at <= ttlMs && at - now <= ttlMs;
}

/** How long a turn waits for its context before answering without it. */
export const LOAD_DEADLINE_MS = 2_000;

/** The conversation's context for this turn (an empty one when the store cannot be read in time). */
export async function loadConversation(context: TurnContext, deps: BotDeps): Promise<TurnConversation> {
  const key = context.activity.conversation?.id ?? '';
  const homeKey = conversationIdOf(context.activity);
  if (!key) return { key, homeKey };
  let tooLate!: () => void;
  const late = new Promise<undefined>((resolve) => {
    tooLate = () => resolve(undefined);
  });
  const timer = setTimeout(tooLate, LOAD_DEADLINE_MS);
  const turn = await Promise.race([readConversation(context, deps, { key, homeKey }), late]);
  clearTimeout(timer);
  if (turn) return turn;
  deps.log.warn(
    { ...activityLogFields(context.activity), deadlineMs: LOAD_DEADLINE_MS },
    'conversation context not loaded in time: answering without it',
  );
  return { key, homeKey };
}

async function readConversation(
  context: TurnContext,
  deps: BotDeps,
  turn: TurnConversation,
): Promise<TurnConversation> {
  const { key, homeKey } = turn;
  try {
    const own = await deps.store.getContext(key);
    const home = homeKey === key ? own : await deps.store.getContext(homeKey);
    const now = Date.now();
    if (own && fresh(own, deps.config.contextTtlMinutes * 60_000, now)) {
      const parsed = QuerySchema.safeParse(own.query);
      if (parsed.success) turn.previous = parsed.data;
      if (own.recent?.length) turn.recent = own.recent;
    } else if (own && own.query !== undefined && !own.speaksFor) {
      // Expired: forget it (nothing else is kept under this key).
      deps.store.deleteContext(key).catch((err: unknown) => {
        deps.log.warn({ ...activityLogFields(context.activity), err }, 'expired context not deleted');
      });
    }
    if (home?.speaksFor) turn.speaksFor = home.speaksFor;
    else if (conversationKind(context.activity) === 'channel') {
      const sectors = (await deps.store.getSubscription(homeKey))?.sectors;
      if (sectors?.length === 1) turn.assumedSpeaksFor = sectors[0];
    }
  } catch (err) {
    deps.log.warn(
      { ...activityLogFields(context.activity), err },
      'conversation context not loaded: answering without it',
    );
  }
  return turn;
}

/** What the answerer gets from the conversation. */
export function askContextOf(turn: TurnConversation): AskContext {
  const out: AskContext = {};
  if (turn.previous) out.previous = turn.previous;
  if (turn.speaksFor) out.speaksFor = turn.speaksFor;
  if (turn.assumedSpeaksFor) out.assumedSpeaksFor = turn.assumedSpeaksFor;
  if (turn.recent) out.recent = turn.recent;
  return out;
}

/**
 * Remembers what this turn resolved to: a question about figures (typed or a button) becomes the
 * context; "wij zijn …", or a sector picked when asked who "wij" is, sets the sector; anything else
 * only keeps the context alive. Never throws.
 */
export async function saveConversation(
  context: TurnContext,
  deps: BotDeps,
  turn: TurnConversation,
  query: Query,
): Promise<void> {
  if (!turn.key) return;
  const at = new Date().toISOString();
  const writes: Promise<void>[] = [];
  const put = (key: string, ctx: ConversationContext) => {
    try {
      writes.push(deps.store.putContext(key, ctx));
    } catch (err) {
      writes.push(Promise.reject(err));
    }
  };
  const own = (
    q: Query | undefined,
    speaksFor: EntityId | undefined,
    recent: EntityId[] | undefined = undefined,
  ): ConversationContext => {
    const ctx: ConversationContext = { at };
    if (q) ctx.query = q;
    if (speaksFor) ctx.speaksFor = speaksFor;
    if (q && recent?.length) ctx.recent = recent;
    return ctx;
  };
  const chosen = query.intent === 'speaks_for' ? query.sector : wijChosen(turn.previous, query);
  const speaksFor = chosen ?? turn.speaksFor;
  const homeSpeaksFor = turn.homeKey === turn.key ? speaksFor : undefined;
  if (chosen && turn.homeKey !== turn.key) put(turn.homeKey, own(undefined, chosen));
  if (query.intent === 'speaks_for') {
    if (turn.homeKey === turn.key || turn.previous) put(turn.key, own(turn.previous, homeSpeaksFor, turn.recent));
  } else if (remembered(query)) {
    const kept = remembered(query)!;
    put(turn.key, own(kept, homeSpeaksFor, recentSubjects(turn.recent, kept)));
  } else if (turn.previous) {
    put(turn.key, own(turn.previous, homeSpeaksFor, turn.recent));
  }
  const results = await Promise.allSettled(writes);
  for (const r of results) {
    if (r.status === 'rejected')
      deps.log.warn({ ...activityLogFields(context.activity), err: r.reason }, 'conversation context not saved');
  }
}
