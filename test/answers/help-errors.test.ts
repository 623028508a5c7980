// Welcome, help, greeting, thanks, subscriptions outside Teams; unknown sector, clarify, unknown.
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../src/answers/index.js';
import { createParser } from '../../src/nlu/index.js';
import { answer, answerer, ask, dataset } from './support.js';

describe('welcome and help', () => {
  it('welcome names the bot once and gives example questions with buttons; subscriptions work here too', () => {
    const a = answerer.welcome();
    expect(a.text).toContain('Welkom bij Banenbot.');
    expect(a.text).toContain('• Realisatie politie');
    expect(a.text.match(/Hallo/g)).toBeNull();
    // The card is the answer in Teams: the subscription hint is on it, for personal chats too.
    expect(a.view.paragraphs).toContain(
      'U kunt zich ook abonneren op nieuwe cijfers, hier of in een groepschat of kanaal (noem mij daar met @Banenbot): typ "abonneer" met een sector, bijvoorbeeld "abonneer politie".',
    );
    expect(a.view.kind).toBe('welcome');
    expect(a.view.actions?.length).toBe(4);
    expect(a.card).not.toBeNull();
  });

  it('every example question means what its button sends', () => {
    const parse = createParser(dataset.sectors);
    for (const e of EXAMPLES) {
      const parsed = parse(e.question);
      expect(parsed.intent, e.question).toBe(e.query.intent);
      expect(answerer.ask(e.question).text, e.question).not.toContain('begrijp ik niet');
    }
  });

  it.each([
    ['help', 'help', 'U kunt vragen naar:'],
    ['hallo', 'greeting', 'Waarmee kan ik helpen?'],
    ['dank je', 'thanks', 'Graag gedaan!'],
  ] as const)('%s → %s', (q, intent, fragment) => {
    const a = ask(q);
    expect(a.intent).toBe(intent);
    expect(a.text).toContain(fragment);
  });

  it.each([
    ['abonneer politie', 'subscribe'],
    ['mijn abonnementen', 'subscriptions'],
    ['stop abonnement', 'unsubscribe'],
  ] as const)('%s outside a chat with the bot: works in a personal chat, group chat or channel', (q, intent) => {
    const a = ask(q);
    expect(a.intent).toBe(intent);
    expect(a.text).toContain(
      'doet u in een chat met Banenbot: uw persoonlijke chat, of een groepschat of kanaal waarin u mij noemt (@Banenbot).',
    );
  });
});

describe('when a question cannot be answered as asked', () => {
  it('unknown sector: says so, suggests, with buttons', () => {
    const a = answer({ intent: 'unknown_sector', term: 'xyz', suggestions: ['politie', 'provincies'] });
    expect(a.text).toBe('Ik ken de sector "xyz" niet. Bedoelt u de politie of de provincies?');
    expect(a.view.actions?.map((x) => x.title)).toEqual(['Politie', 'Provincies']);
    expect(a.view.actions?.[0]?.query).toEqual({ intent: 'lookup', sector: 'politie', metric: 'alles' });
  });

  it('unknown sector via ask', () => {
    const a = ask('realisatie plopsaland');
    expect(a.intent).toBe('unknown_sector');
    expect(a.text).toMatch(/^Ik ken de sector "plopsaland" niet\. /);
  });

  it('unknown sector without suggestions offers the list', () => {
    const a = answer({ intent: 'unknown_sector', term: 'qqq', suggestions: [] });
    expect(a.text).toBe(
      'Ik ken de sector "qqq" niet. Ik heb cijfers voor Rijk, Defensie, gemeenten, provincies, waterschappen, politie, universitaire medische centra, primair onderwijs, voortgezet onderwijs, middelbaar beroepsonderwijs, hoger beroepsonderwijs, wetenschappelijk onderwijs en onderzoeksinstellingen, en voor de ministeries van het Rijk.',
    );
    expect(a.view.sectorPicker?.options.length).toBe(13);
  });

  it('echoed user text loses markup and is cut short', () => {
    const a = answer({
      intent: 'unknown_sector',
      term: '[klik](http://x) <b>vet</b> ' + 'a'.repeat(100),
      suggestions: [],
    });
    expect(a.text).not.toMatch(/[[\]()<>]/);
    expect(a.text).toContain('…');
  });

  it('clarify asks back with option buttons', () => {
    const a = ask('funderend onderwijs');
    expect(a.intent).toBe('clarify');
    expect(a.text).toContain('Bedoelt u het primair onderwijs (po) of het voortgezet onderwijs (vo)?');
    expect(a.view.actions?.map((x) => x.query)).toEqual([
      { intent: 'lookup', sector: 'po', metric: 'alles' },
      { intent: 'lookup', sector: 'vo', metric: 'alles' },
    ]);
  });

  it('not understood: a short reply with three example questions that work', () => {
    const a = ask('blabla');
    expect(a.intent).toBe('unknown');
    const examples = a.text
      .split('\n')
      .filter((l) => l.startsWith('• '))
      .map((l) => l.slice(2));
    expect(examples).toHaveLength(3);
    for (const e of examples) expect(['unknown', 'unknown_sector'], e).not.toContain(ask(e).intent);
  });

  it('a failing parser gives a calm Dutch apology, reported without the question', async () => {
    const { createAnswerer } = await import('../../src/answers/index.js');
    const reported: unknown[] = [];
    const broken = createAnswerer(dataset, {
      parse: () => {
        throw new Error('kapot');
      },
      onError: (e, ctx) => reported.push([e, ctx]),
    });
    const a = broken.ask('geheime vraag');
    expect(a.intent).toBe('unknown');
    expect(a.text).toContain('Die vraag begrijp ik niet.');
    expect(JSON.stringify(reported)).not.toContain('geheime vraag');
    expect(reported).toHaveLength(1);
  });

  it('an answer that fails inside is a calm apology, not a throw', async () => {
    const { createAnswerer } = await import('../../src/answers/index.js');
    const reported: unknown[] = [];
    const faulty = Object.defineProperty({ ...dataset }, 'notes', {
      get: () => {
        throw new Error('notes kapot');
      },
    });
    const broken = createAnswerer(faulty, { onError: (e) => reported.push(e) });
    const a = broken.answer({ intent: 'notes', sector: 'politie' });
    expect(a.text).toContain('Sorry, dat lukte me niet.');
    expect(reported.length).toBeGreaterThan(0);
  });
});

// Acceptance round: a clarification carries on with what was asked.
describe('clarify carries the question on', () => {
  it('a prognosis without a sector asks which one; the buttons give the prognosis', () => {
    const a = ask('wanneer haalt het onderwijs het doel');
    expect(a.text).toBe(
      'Een prognose maak ik per sector. Bedoelt u de universitaire medische centra (umc’s), het primair onderwijs (po), het voortgezet onderwijs (vo), het middelbaar beroepsonderwijs (mbo) of het hoger beroepsonderwijs (hbo)?',
    );
    expect(a.view.actions?.map((x) => x.query)[3]).toEqual({ intent: 'projection', sector: 'mbo' });
    expect(a.view.sectorPicker?.query).toEqual({ intent: 'projection', sector: 'umc' });
  });

  it('tekort hoger onderwijs: the buttons show the gap of hbo or wo', () => {
    const a = ask('tekort hoger onderwijs');
    expect(a.text).toBe(
      '"hoger onderwijs" kan ik op meer manieren lezen. Bedoelt u het hoger beroepsonderwijs (hbo) of het wetenschappelijk onderwijs (wo)?',
    );
    expect(a.view.actions?.map((x) => x.query)).toEqual([
      { intent: 'gap', sector: 'hbo' },
      { intent: 'gap', sector: 'wo' },
    ]);
  });

  it('a two-letter unknown name gets the list, not look-alikes', () => {
    const a = ask('hoe doet de NS het');
    expect(a.text).toBe(
      'Ik ken de sector "ns" niet. Ik heb cijfers voor Rijk, Defensie, gemeenten, provincies, waterschappen, politie, universitaire medische centra, primair onderwijs, voortgezet onderwijs, middelbaar beroepsonderwijs, hoger beroepsonderwijs, wetenschappelijk onderwijs en onderzoeksinstellingen, en voor de ministeries van het Rijk.',
    );
  });
});
