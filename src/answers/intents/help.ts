// Welcome, help, greeting, thanks, and the subscription intents outside Teams: short Dutch texts
// with example questions that work.
import type { FollowUp } from '../../cards/index.js';
import type { Query } from '../../nlu/index.js';
import type { Draft } from '../answer.types.js';

/** Example questions with the query each one means (tests check the parser agrees). */
export const EXAMPLES: readonly { question: string; query: Query }[] = [
  { question: 'Realisatie politie', query: { intent: 'lookup', sector: 'politie', metric: 'alles' } },
  { question: 'Hoeveel mist de politie nog?', query: { intent: 'gap', sector: 'politie' } },
  {
    question: 'Welke sector scoort het best?',
    query: { intent: 'ranking', scope: 'sectoren', by: 'percentage', order: 'hoog', limit: 1 },
  },
  { question: 'Vergelijk po en vo', query: { intent: 'compare', sectors: ['po', 'vo'] } },
  { question: 'Ontwikkeling Rijk', query: { intent: 'trend', sector: 'rijk' } },
  { question: 'Wat is een fta?', query: { intent: 'context', topic: 'fta' } },
];

function exampleButtons(n: number): FollowUp[] {
  return EXAMPLES.slice(0, n).map((e) => ({ title: e.question, query: e.query }));
}

const WHAT =
  'Ik beantwoord vragen over de banenafspraak bij overheid en onderwijs: doelen, realisatie, tekorten en ontwikkeling per sector, met de bron erbij.';

/** Subscriptions work in every conversation with the bot: a personal chat, a group chat, a channel. */
const SUBSCRIBE_HOW =
  'U kunt zich ook abonneren op nieuwe cijfers, hier of in een groepschat of kanaal (noem mij daar met @Banenbot): typ "abonneer" met een sector, bijvoorbeeld "abonneer politie".';

export function welcome(): Draft {
  const lines = [
    'Welkom bij Banenbot.',
    WHAT,
    'Vraag bijvoorbeeld:',
    ...EXAMPLES.slice(0, 4).map((e) => `• ${e.question}`),
    SUBSCRIBE_HOW,
  ];
  return {
    lines,
    quantities: [],
    speak: 'Welkom bij Banenbot. Stel een vraag over de banenafspraak bij overheid en onderwijs.',
    view: {
      kind: 'welcome',
      title: 'Welkom bij Banenbot',
      summary: WHAT,
      paragraphs: ['Vraag bijvoorbeeld:'],
      actions: exampleButtons(4),
    },
  };
}

export function help(): Draft {
  const lines = [
    WHAT,
    'U kunt vragen naar:',
    '• cijfers van één sector of ministerie: "Realisatie politie", "Doel gemeenten"',
    '• het tekort: "Hoeveel mist de politie nog?"',
    '• verandering en ontwikkeling: "Hoeveel is defensie gestegen?", "Ontwikkeling Rijk"',
    '• vergelijken en rangschikken: "Vergelijk po en vo", "Welke sector scoort het best?"',
    '• totalen en inkoop: "Totaal onderwijs", "Defensie inclusief inkoop"',
    '• uitleg: "Wat is een fta?", "Wat doet de politie aan begeleiding?"',
    'Zonder jaartal krijgt u het laatste jaar met cijfers.',
  ];
  return {
    lines,
    quantities: [],
    speak: 'Vraag naar cijfers per sector, tekorten, ontwikkeling, vergelijkingen of uitleg.',
    view: {
      kind: 'help',
      title: 'Wat kan ik vragen?',
      summary: WHAT,
      paragraphs: lines.slice(1),
      actions: exampleButtons(4),
    },
  };
}

export function greeting(): Draft {
  const line =
    'Hallo! Waarmee kan ik helpen? Vraag bijvoorbeeld "Realisatie politie" of "Welke sector scoort het best?".';
  return {
    lines: [line],
    quantities: [],
    speak: 'Hallo! Waarmee kan ik helpen?',
    view: { kind: 'help', title: 'Hallo!', summary: line, actions: exampleButtons(3) },
  };
}

export function thanks(): Draft {
  const line = 'Graag gedaan! Stel gerust nog een vraag.';
  return {
    lines: [line],
    quantities: [],
    speak: line,
    view: { kind: 'help', title: 'Graag gedaan', summary: line, actions: exampleButtons(2) },
  };
}

/**
 * Subscription intents asked outside a conversation with the bot (the command line, the compose
 * box search): say where they work. In Teams they are carried out (src/teams/turn/subscriptions.ts).
 */
export function subscriptionsElsewhere(intent: 'subscribe' | 'subscriptions' | 'unsubscribe'): Draft {
  const what = {
    subscribe: 'Abonneren op nieuwe cijfers',
    subscriptions: 'Uw abonnementen bekijken',
    unsubscribe: 'Een abonnement opzeggen',
  }[intent];
  const line = `${what} doet u in een chat met Banenbot: uw persoonlijke chat, of een groepschat of kanaal waarin u mij noemt (@Banenbot). Typ bijvoorbeeld "abonneer politie", "abonnementen" of "afmelden".`;
  return {
    lines: [line],
    quantities: [],
    speak: `${what} doet u in een chat met Banenbot.`,
    view: { kind: 'subscription', title: what, summary: line },
  };
}
