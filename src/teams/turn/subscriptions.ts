// "abonneer [sectoren]", "abonnementen", "afmelden": parsed by src/nlu into the intents
// subscribe / subscriptions / unsubscribe and handed here (answerer.respond returns them as a
// command) to be carried out; answerer.confirmSubscription words the outcome. Subscriptions
// belong to the conversation (channel, group chat, or a personal chat: then the updates come to
// that person only). With ADMIN_IDS set, only those users may change a channel's or group chat's
// subscription; everyone may see it; anyone may manage their own personal chat's.
import type { TurnContext } from 'botbuilder';
import type { SubscriptionOutcome, SubscriptionQuery } from '../../answers/index.js';
import { hashId } from '../../log.js';
import { conversationIdOf, conversationKind, storedConversationOf } from '../conversation.js';
import type { BotDeps } from '../deps.js';

/** Whether the sender may change this conversation's subscription. */
function mayChangeSubscription(context: TurnContext, deps: BotDeps): boolean {
  const admins = deps.config.adminIds;
  if (!admins.length) return true;
  if (conversationKind(context.activity) === 'personal') return true;
  const aad = context.activity.from?.aadObjectId;
  return Boolean(aad && admins.includes(aad));
}

/**
 * Carries out a subscription command for this conversation (shows, changes or cancels the
 * subscription) and returns what it did, for answerer.confirmSubscription.
 */
export async function carryOutSubscription(
  context: TurnContext,
  query: SubscriptionQuery,
  deps: BotDeps,
): Promise<SubscriptionOutcome> {
  const conversation = storedConversationOf(context.activity);
  const id = conversationIdOf(context.activity);
  const place = conversationKind(context.activity);
  const current = await deps.store.getSubscription(id);
  let outcome: SubscriptionOutcome;
  if (query.intent === 'subscriptions') {
    outcome = current ? { kind: 'status', place, sectors: current.sectors } : { kind: 'status', place };
  } else if (!mayChangeSubscription(context, deps)) {
    outcome = { kind: 'refused', place };
  } else {
    try {
      if (query.intent === 'subscribe' && query.unknown?.length) {
        // "abonneer brandweer": say which words name no sector and change nothing.
        outcome = {
          kind: 'unknownSectors',
          place,
          unknown: query.unknown,
          ...(current ? { sectors: current.sectors } : {}),
        };
      } else if (query.intent === 'subscribe') {
        // The reference must be there to post to later (a refused one cannot be subscribed).
        if (!conversation) throw new Error('conversation reference refused: too large or incomplete');
        await deps.store.saveConversation(conversation);
        await deps.store.subscribe(id, query.sectors);
        outcome = {
          kind: 'subscribed',
          place,
          sectors: [...new Set(query.sectors)],
          ...(current ? { previous: current.sectors } : {}),
        };
      } else if (query.sectors?.length && current) {
        // "afmelden mbo": only those; an empty list means every sector.
        const all = deps.dataset.sectors.filter((s) => s.kind === 'sector').map((s) => s.id);
        const had = current.sectors.length ? current.sectors : all;
        const named = [...new Set(query.sectors)];
        const removed = had.filter((s) => named.includes(s));
        const left = had.filter((s) => !named.includes(s));
        if (!removed.length) outcome = { kind: 'notIncluded', place, named, sectors: current.sectors };
        else if (!left.length) {
          await deps.store.unsubscribe(id);
          outcome = { kind: 'unsubscribed', place, previous: current.sectors };
        } else {
          await deps.store.subscribe(id, left);
          outcome = { kind: 'reduced', place, removed, sectors: left, previous: current.sectors };
        }
      } else {
        await deps.store.unsubscribe(id);
        outcome = { kind: 'unsubscribed', place, ...(current ? { previous: current.sectors } : {}) };
      }
    } catch (err) {
      deps.log.error({ err, conv: hashId(id), intent: query.intent }, 'subscription could not be saved');
      outcome = { kind: 'failed', place };
    }
  }
  deps.log.info({ conv: hashId(id), kind: place, intent: query.intent, outcome: outcome.kind }, 'subscription');
  return outcome;
}
