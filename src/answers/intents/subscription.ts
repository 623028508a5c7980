// Confirmations for "abonneer", "abonnementen" and "afmelden": the one place for their wording.
// A channel, a group chat and a personal chat are addressed differently ("dit kanaal", "deze
// groepschat", "je"); in a personal chat the updates come to that person only. src/teams carries
// the command out and the answerer (confirmSubscription) composes this draft like every answer.
import type { CardView, FollowUp } from '../../cards/index.js';
import { formatList } from '../../domain/format.js';
import type { EntityId } from '../../domain/model.js';
import type { Query, QueryOf } from '../../nlu/index.js';
import type { Draft } from '../answer.types.js';
import type { AnswerKit } from '../kit.js';

/** A subscription command: subscribe, show the subscription, unsubscribe. */
export type SubscriptionQuery = QueryOf<'subscribe'> | QueryOf<'subscriptions'> | QueryOf<'unsubscribe'>;

export function isSubscriptionQuery(query: Query): query is SubscriptionQuery {
  return query.intent === 'subscribe' || query.intent === 'subscriptions' || query.intent === 'unsubscribe';
}

export type ConversationPlace = 'personal' | 'groupChat' | 'channel';

export type SubscriptionOutcome =
  /** `previous`: the sectors before this change, when there was a subscription. */
  | { kind: 'subscribed'; place: ConversationPlace; sectors: EntityId[]; previous?: EntityId[] }
  /** `sectors` undefined: no subscription. */
  | { kind: 'status'; place: ConversationPlace; sectors?: EntityId[] }
  | { kind: 'unsubscribed'; place: ConversationPlace; previous?: EntityId[] }
  /** "abonneer brandweer": words that name no sector; nothing changed (`sectors`: the current subscription). */
  | { kind: 'unknownSectors'; place: ConversationPlace; unknown: string[]; sectors?: EntityId[] }
  /** "afmelden mbo": the named sectors removed, `sectors` left (`previous` was all sectors when empty). */
  | { kind: 'reduced'; place: ConversationPlace; removed: EntityId[]; sectors: EntityId[]; previous: EntityId[] }
  /** "afmelden hbo" while hbo is not in the subscription: nothing changed. */
  | { kind: 'notIncluded'; place: ConversationPlace; named: EntityId[]; sectors: EntityId[] }
  /** ADMIN_IDS is set and the sender is not in it. */
  | { kind: 'refused'; place: ConversationPlace }
  /** The state could not be saved. */
  | { kind: 'failed'; place: ConversationPlace };

const WHEN = 'zodra er nieuwe of gecorrigeerde cijfers over de banenafspraak zijn';
const HOW_TO =
  'Stuur "abonneer" voor alle sectoren of bijvoorbeeld "abonneer politie, mbo" voor een keuze; "afmelden" stopt de updates.';

function sectorsText(kit: AnswerKit, sectors: readonly EntityId[]): string {
  return sectors.length ? formatList(sectors.map((s) => kit.name(s))) : 'alle sectoren';
}

/** "Dit kanaal krijgt", "Deze groepschat krijgt", "Je krijgt". */
function who(place: ConversationPlace): { subject: string; has: string; gets: string } {
  if (place === 'channel') return { subject: 'dit kanaal', has: 'Dit kanaal heeft', gets: 'Dit kanaal krijgt' };
  if (place === 'groupChat')
    return { subject: 'deze groepschat', has: 'Deze groepschat heeft', gets: 'Deze groepschat krijgt' };
  return { subject: 'deze chat', has: 'Je hebt', gets: 'Je krijgt' };
}

const SHOW: FollowUp = { title: 'Toon abonnement', query: { intent: 'subscriptions' } };
const STOP: FollowUp = { title: 'Afmelden', query: { intent: 'unsubscribe' } };

function draft(kit: AnswerKit, o: SubscriptionOutcome): { view: CardView; lines: string[] } {
  const w = who(o.place);
  const where = o.place === 'personal' ? ' in deze chat' : '';
  switch (o.kind) {
    case 'subscribed': {
      const summary = `${w.gets} voortaan${where} een overzicht van ${sectorsText(kit, o.sectors)} ${WHEN}.`;
      const changed = o.previous !== undefined;
      const facts = [
        {
          label: 'Sectoren',
          value: o.sectors.length ? o.sectors.map((s) => kit.shortName(s)).join(', ') : 'alle sectoren',
        },
        { label: 'Wanneer', value: 'bij nieuwe of gecorrigeerde cijfers' },
        ...(changed
          ? [
              {
                label: 'Was',
                value: o.previous!.length ? o.previous!.map((s) => kit.shortName(s)).join(', ') : 'alle sectoren',
              },
            ]
          : []),
      ];
      return {
        view: {
          kind: 'subscription',
          title: changed ? 'Abonnement gewijzigd' : 'Abonnement ingesteld',
          summary,
          facts,
          paragraphs: [HOW_TO],
          actions: [SHOW, STOP],
        },
        lines: [summary, HOW_TO],
      };
    }
    case 'status': {
      if (!o.sectors) {
        const summary = `${w.has} geen abonnement op updates over de banenafspraak.`;
        return {
          view: {
            kind: 'subscription',
            title: 'Geen abonnement',
            summary,
            paragraphs: [HOW_TO],
            actions: [{ title: 'Abonneer op alle sectoren', query: { intent: 'subscribe', sectors: [] } }],
          },
          lines: [summary, HOW_TO],
        };
      }
      const summary = `${w.gets}${where} een overzicht van ${sectorsText(kit, o.sectors)} ${WHEN}.`;
      return {
        view: {
          kind: 'subscription',
          title: 'Abonnement',
          summary,
          facts: [
            {
              label: 'Sectoren',
              value: o.sectors.length ? o.sectors.map((s) => kit.shortName(s)).join(', ') : 'alle sectoren',
            },
          ],
          paragraphs: [HOW_TO],
          actions: [STOP],
        },
        lines: [summary, HOW_TO],
      };
    }
    case 'unsubscribed': {
      if (!o.previous) {
        const summary = `${w.has} geen abonnement; er is niets veranderd.`;
        return {
          view: { kind: 'subscription', title: 'Geen abonnement', summary, paragraphs: [HOW_TO] },
          lines: [summary, HOW_TO],
        };
      }
      const summary = `${w.gets} geen updates over de banenafspraak meer.`;
      return {
        view: {
          kind: 'subscription',
          title: 'Afgemeld',
          summary,
          actions: [{ title: 'Opnieuw abonneren', query: { intent: 'subscribe', sectors: o.previous } }],
        },
        lines: [summary],
      };
    }
    case 'unknownSectors': {
      const names = formatList(o.unknown.map((u) => `"${u}"`));
      const summary = `Ik ken ${o.unknown.length > 1 ? 'de sectoren' : 'de sector'} ${names} niet; het abonnement is niet gewijzigd.`;
      const now = o.sectors
        ? `${w.gets}${where} een overzicht van ${sectorsText(kit, o.sectors)} ${WHEN}.`
        : `${w.has} geen abonnement.`;
      const names2 = kit.dataset.sectors.filter((s) => s.kind === 'sector').map((s) => kit.shortName(s.id));
      const choose = `Sectoren die ik ken: ${names2.join(', ')}.`;
      return {
        view: {
          kind: 'subscription',
          title: 'Abonnement niet gewijzigd',
          summary,
          paragraphs: [now, choose, HOW_TO],
          actions: [SHOW],
        },
        lines: [summary, now, choose, HOW_TO],
      };
    }
    case 'reduced': {
      const summary = `${w.gets}${where} geen updates meer over ${sectorsText(kit, o.removed)}.`;
      const left = `Wat blijft: een overzicht van ${sectorsText(kit, o.sectors)} ${WHEN}.`;
      return {
        view: {
          kind: 'subscription',
          title: 'Abonnement gewijzigd',
          summary,
          facts: [
            { label: 'Sectoren', value: o.sectors.map((s) => kit.shortName(s)).join(', ') },
            {
              label: 'Was',
              value: o.previous.length ? o.previous.map((s) => kit.shortName(s)).join(', ') : 'alle sectoren',
            },
          ],
          paragraphs: [left],
          actions: [SHOW, STOP],
        },
        lines: [summary, left],
      };
    }
    case 'notIncluded': {
      const summary = `${sectorsText(kit, o.named)} ${o.named.length > 1 ? 'zitten' : 'zit'} niet in het abonnement; er is niets veranderd.`;
      const now = `${w.gets}${where} een overzicht van ${sectorsText(kit, o.sectors)} ${WHEN}.`;
      return {
        view: {
          kind: 'subscription',
          title: 'Abonnement niet gewijzigd',
          summary,
          paragraphs: [now],
          actions: [SHOW, STOP],
        },
        lines: [summary, now],
      };
    }
    case 'refused': {
      const summary = `Alleen beheerders van Banenbot kunnen het abonnement van ${w.subject} wijzigen.`;
      const more = 'Vraag een beheerder om dit te doen. Met "abonnementen" ziet iedereen het huidige abonnement.';
      return {
        view: { kind: 'subscription', title: 'Alleen voor beheerders', summary, paragraphs: [more], actions: [SHOW] },
        lines: [summary, more],
      };
    }
    case 'failed': {
      const summary = 'Het abonnement kon nu niet worden opgeslagen. Probeer het later opnieuw.';
      return { view: { kind: 'error', title: 'Niet opgeslagen', summary }, lines: [summary] };
    }
  }
}

/** The confirmation of a carried-out subscription command, as a draft (no figures, no sources). */
export function subscriptionDraft(kit: AnswerKit, outcome: SubscriptionOutcome): Draft {
  const { view, lines } = draft(kit, outcome);
  return { lines, quantities: [], speak: view.summary, view };
}
