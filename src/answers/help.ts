// Welcome, help, greeting, thanks, and the subscription intents outside Teams: short Dutch texts
// with example questions that work.
import type { FollowUp } from '../cards/view.js';
import type { Query } from '../nlu/query.js';
import type { Draft } from './compose.js';

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

export function welcome(): Draft {
  const lines = [
    'Hallo! Ik ben Banenbot.',
    WHAT,
    'Vraag bijvoorbeeld:',
    ...EXAMPLES.slice(0, 4).map((e) => `• ${e.question}`),
    'In een kanaal of groepschat kunt u zich ook abonneren op nieuwe cijfers: typ dan "abonneer" met een sector.',
  ];
  return {
    lines,
    quantities: [],
    speak: 'Hallo! Ik ben Banenbot. Stel een vraag over de banenafspraak bij overheid en onderwijs.',
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

/** Subscriptions live in a Teams channel or group chat; elsewhere this is what we say. */
export function subscriptionsElsewhere(intent: 'subscribe' | 'subscriptions' | 'unsubscribe'): Draft {
  const what = {
    subscribe: 'Abonneren op nieuwe cijfers',
    subscriptions: 'Uw abonnementen bekijken',
    unsubscribe: 'Een abonnement opzeggen',
  }[intent];
  const line = `${what} werkt in een Teams-kanaal of groepschat: noem mij daar (@Banenbot) en typ bijvoorbeeld "abonneer politie", "abonnementen" of "stop abonnement".`;
  return {
    lines: [line],
    quantities: [],
    speak: `${what} werkt in een Teams-kanaal of groepschat.`,
    view: { kind: 'subscription', title: what, summary: line },
  };
}
