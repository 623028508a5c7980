// Rules for questions that name no entity: about a group (or all sectors), in order.
import type { FilterCondition } from '../../domain/enums.js';
import {
  compareScope,
  nearMiss,
  notesFor,
  notesLike,
  ranking,
  SCOPE_TREND_YEARS,
  singleYear,
  TOPIC_ORDER,
  topicOf,
  unknownSectorFor,
  withOptional,
} from '../build.js';
import type { Query } from '../query.js';
import { FIGURE_CUES } from './cue-sets.js';
import type { Reading, Rule } from './rule.js';

/** "het hele onderwijs", "als geheel": the whole group, which a development is about too. */
const WHOLE = /^(hele|geheel|als geheel|in het geheel)$/;
/** The phrase that names both groups at once ("overheid en onderwijs"). */
const PAIR = /^overheids? en onderwijs/;

const filter = (r: Reading, condition: FilterCondition): Query =>
  withOptional({ intent: 'filter' as const, scope: r.scope, condition }, { year: singleYear(r.p) });

export const NO_ENTITY_RULES: readonly Rule[] = [
  {
    says: '"ziekenhuizen", "belastingdienst": not a sector here, but close to one → unknown_sector with suggestions',
    apply: (r) => nearMiss(r.p),
  },
  {
    says: '"inleen per ministerie", "hoeveel scholen leverden gegevens?" → figure (every entity that reports it)',
    apply: (r) =>
      r.p.figure && !r.has('why')
        ? withOptional({ intent: 'figure' as const, metric: r.p.figure }, { year: singleYear(r.p) })
        : undefined,
  },
  {
    says: '"waarom …", a topic ("de grootste knelpunten") → notes over the group',
    apply: (r) =>
      r.has('why') || (TOPIC_ORDER.some(([c]) => r.has(c)) && !r.has('gap'))
        ? notesFor(r.scope, topicOf(r.p))
        : undefined,
  },
  {
    says: '"overheid vs onderwijs", "doet het onderwijs het beter dan de overheid?", "overheidssectoren versus onderwijssectoren 2023" → total of each group, side by side (not every sector; not "welke sectoren …", a development, or a gap)',
    apply(r) {
      // "overheid en onderwijs" alone means all sectors; compared ("vergelijk overheid en onderwijs") the two groups.
      const pair = r.any(['compare', 'relative', 'change']) && r.p.features.scopes.some((s) => PAIR.test(s.term));
      const groups = r.p.groups ?? (pair ? (['overheid', 'onderwijs'] as const) : undefined);
      if (!groups || r.has('which') || r.has('trend') || r.has('up') || r.has('down')) return undefined;
      if (r.p.time.years.length > 1 || r.p.time.since || r.has('inkoop') || r.has('gap') || notesLike(r.p))
        return undefined;
      return withOptional(
        { intent: 'total' as const, scope: 'sectoren' as const, scopes: [groups[0]!, groups[1]!] },
        { year: singleYear(r.p) },
      );
    },
  },
  {
    says: '"meeste banen via inkoop", "wie doet het best qua inkoop" → ranking by inkoop; "inkoop" alone → inkoop notes',
    apply(r) {
      if (!r.has('inkoop') || r.has('total')) return undefined;
      const ranks = r.has('ranking') || r.has('superlative') || (r.has('top') && r.p.features.numbers.length > 0);
      return ranks ? ranking(r.p, r.scope) : notesFor(r.scope, 'inkoop');
    },
  },
  {
    says: '"welke sector scoort het best in 2024?", "top 3", "grootste stijging in procentpunten", "het dichtst bij het doel zonder het te halen", "net niet gehaald" → ranking',
    apply: (r) =>
      r.has('ranking') ||
      r.has('superlative') ||
      (r.has('top') && r.p.features.numbers.length > 0) ||
      r.p.measure.by === 'dichtst_bij'
        ? ranking(r.p, r.scope)
        : undefined,
  },
  {
    says: '"wanneer haalt het onderwijs het doel?" → clarify which sector (a prognosis is per sector)',
    apply(r) {
      if (!r.has('projection')) return undefined;
      const guess = r.p.group ? undefined : unknownSectorFor(r.p, r.fuzzy);
      if (guess) return guess;
      const named = r.p.group;
      const term = named && !named.generic ? named.term : (r.p.features.cuePhrase.get('projection') ?? 'prognose');
      return { intent: 'clarify', term, options: r.sets.members(r.scope).slice(0, 5), ask: 'projection' };
    },
  },
  {
    says: '"welke sectoren zitten tussen 50 en 70%?" → filter tussen {range}',
    apply: (r) =>
      r.p.measure.range
        ? withOptional(
            { intent: 'filter' as const, scope: r.scope, condition: 'tussen' as const, range: r.p.measure.range },
            { year: singleYear(r.p) },
          )
        : undefined,
  },
  {
    says: '"welke sectoren haalden hun doel?", "wie haalt het doel niet", "wie zit onder de 50%?" → filter (threshold other than 100%)',
    apply(r) {
      const threshold = r.p.measure.threshold;
      const aboveBelow =
        (r.has('above') || r.has('below')) && (threshold !== undefined || r.has('doel') || r.has('percentage'));
      if (!(r.has('reach') && (r.has('doel') || threshold !== undefined || r.has('not'))) && !aboveBelow)
        return undefined;
      const condition: FilterCondition = r.has('not') || r.has('below') ? 'doel_niet_gehaald' : 'doel_gehaald';
      return withOptional(
        { intent: 'filter' as const, scope: r.scope, condition },
        { year: singleYear(r.p), threshold: threshold === 100 ? undefined : threshold },
      );
    },
  },
  {
    says: '"welke sectoren hebben een tekort" → filter doel_niet_gehaald',
    apply: (r) => (r.has('which') && r.has('gap') ? filter(r, 'doel_niet_gehaald') : undefined),
  },
  {
    says: '"hoeveel is de realisatie van de overheid gestegen", "hoeveel zijn de onderwijssectoren samen gedaald sinds 2023" → total of the group in two years (its change; not "welke sectoren stegen")',
    apply(r) {
      const group = r.p.group;
      if (!group || group.scope === 'sectoren' || !(r.has('up') || r.has('down'))) return undefined;
      // "hoeveel …" or "samen"/"als geheel" asks for the group's own change; "is de overheid gegroeid?" stays the filter.
      const howMuch = /\bhoeveel\b/.test(r.p.features.text);
      if (r.has('which') || r.has('trend') || !(r.has('total') || (howMuch && !group.plural))) return undefined;
      const asked = r.p.time.years;
      const before = (y: number) => [...r.years].reverse().find((k) => k < y);
      const to =
        asked.length >= 2 ? asked[asked.length - 1]! : r.p.time.since ? r.years.at(-1) : (asked[0] ?? r.years.at(-1));
      const from =
        asked.length >= 2 ? asked[0]! : r.p.time.since ? asked[0] : to === undefined ? undefined : before(to);
      if (from === undefined || to === undefined || from >= to) return undefined;
      return { intent: 'total', scope: group.scope, years: [from, to] };
    },
  },
  {
    says: '"welke sectoren daalden?" → filter gedaald / gestegen',
    apply: (r) =>
      (r.has('up') || r.has('down')) && !r.has('trend') && !r.has('change')
        ? filter(r, r.has('down') ? 'gedaald' : 'gestegen')
        : undefined,
  },
  {
    says: '"totaal overheid 2024", "hoeveel banen in het onderwijs samen?" → total (not "ontwikkeling van het hele onderwijs")',
    apply: (r) =>
      r.has('total') && !(r.has('trend') && WHOLE.test(r.p.features.cuePhrase.get('total') ?? ''))
        ? withOptional({ intent: 'total' as const, scope: r.scope }, { year: singleYear(r.p) })
        : undefined,
  },
  {
    says: '"vergelijk alle onderwijssectoren", "onderwijs 2023 en 2024", "overheid sinds 2020" → compare the group',
    apply(r) {
      const y = r.p.time;
      const severalYears = y.years.length >= 2 || y.since;
      const table =
        (r.p.group?.plural === true || severalYears) &&
        !r.has('trend') &&
        !notesLike(r.p) &&
        !r.has('inkoop') &&
        !r.has('gap');
      return r.has('compare') || r.has('relative') || r.has('change') || y.versus || table
        ? compareScope(r.p, r.sets, r.scope)
        : undefined;
    },
  },
  {
    says: '"wat doen de sectoren aan begeleiding" → notes over the group',
    apply: (r) =>
      notesLike(r.p) || r.has('inkoop') ? notesFor(r.scope, r.has('inkoop') ? 'inkoop' : topicOf(r.p)) : undefined,
  },
  {
    says: 'a question that needs a sector and names an unknown word ("hoeveel banen heeft de brandweer") → unknown_sector',
    apply: (r) => (r.p.group ? undefined : unknownSectorFor(r.p, r.fuzzy)),
  },
  {
    says: '"achterstand", "hoeveel moet er nog" → ranking by gap',
    apply: (r) => (r.has('gap') || (r.has('must') && r.has('still')) ? ranking(r.p, r.scope, 'gap') : undefined),
  },
  {
    says: '"ontwikkeling overheid" → the group side by side over the latest five years',
    apply: (r) => (r.has('trend') ? compareScope(r.p, r.sets, r.scope, r.years.slice(-SCOPE_TREND_YEARS)) : undefined),
  },
  {
    says: '"realisatie ministerie" → clarify which ministry; "het ministerie van Oorlog" (no such ministry here) → unknown_sector',
    apply(r) {
      const group = r.p.group;
      if (!group || group.plural || group.scope !== 'ministeries') return undefined;
      const named = r.p.features.text.match(/\bministerie van (\w+(?: (?:en|voor) \w+)?)/)?.[1];
      if (named && r.p.unknown.some((u) => named.includes(u.word) || named.includes(u.term)))
        return { intent: 'unknown_sector', term: `ministerie van ${named}`.slice(0, 200), suggestions: [] };
      return { intent: 'clarify', term: group.term, options: r.sets.options('ministeries', group.term) };
    },
  },
  {
    says: '"overheid", "realisatie 2024", "hoe gaat het met de banenafspraak?" → total of the group',
    apply: (r) =>
      r.p.group || r.any(FIGURE_CUES)
        ? withOptional({ intent: 'total' as const, scope: r.scope }, { year: singleYear(r.p) })
        : undefined,
  },
];
