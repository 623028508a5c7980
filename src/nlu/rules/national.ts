// Rule 7: national context when no entity is named. Register, sources and quotum are specific
// words: only a question across sectors (ranking, total, comparison) overrides them.
import type { ContextTopic } from '../../domain/enums.js';
import { singleYear, withOptional } from '../build.js';
import type { Query } from '../query.js';
import { CROSS_SECTOR, STRONG_CUES } from './cue-sets.js';
import type { Reading, Rule } from './rule.js';

/** When or how the agreement started. */
const STARTED = /\b(begonnen|begon|gestart|startte|ingegaan|ingevoerd|van start|sinds wanneer|ontstaan)\b/;

const context = (topic: ContextTopic): Query => ({ intent: 'context', topic });
const noEntity = (r: Reading) => r.ids.length === 0;
const crossSector = (r: Reading) => r.any(CROSS_SECTOR) || (r.has('top') && r.p.features.numbers.length > 0);
const strong = (r: Reading) => r.any(STRONG_CUES) || (r.has('top') && r.p.features.numbers.length > 0);

export const NATIONAL_RULES: readonly Rule[] = [
  {
    says: '"wanneer is de banenafspraak begonnen?" → context banenafspraak (where it comes from)',
    apply: (r) =>
      noEntity(r) && !crossSector(r) && r.has('ctx-banenafspraak') && STARTED.test(r.p.features.text)
        ? context('banenafspraak')
        : undefined,
  },
  {
    says: '"waarom is er een banenafspraak?" → context banenafspraak (what it is for, not why a sector lags)',
    apply: (r) =>
      noEntity(r) &&
      !crossSector(r) &&
      r.has('why') &&
      r.has('ctx-banenafspraak') &&
      !r.p.group &&
      r.p.unknown.length === 0
        ? context('banenafspraak')
        : undefined,
  },
  {
    says: '"doelgroepregister", "hoeveel mensen staan in het register", "doelgroepregister eind 2023" (that period) → context doelgroepregister',
    apply(r) {
      if (!noEntity(r) || crossSector(r) || !r.has('ctx-doelgroepregister')) return undefined;
      // "hoeveel mensen werken bij de overheid" is a total; "hoeveel mensen staan in het register" the register.
      const register = r.p.features.cuePhrase.get('ctx-doelgroepregister') ?? '';
      if (r.p.group && !register.includes('register')) return undefined;
      return withOptional(context('doelgroepregister'), { year: singleYear(r.p), period: r.p.time.period });
    },
  },
  {
    says: '"wanneer moet het doel gehaald zijn" → context doelen; "bronnen" → bronnen; "quotum" → quotum',
    apply(r) {
      if (!noEntity(r) || crossSector(r)) return undefined;
      if (r.has('deadline')) return context('doelen');
      if (r.has('ctx-bronnen')) return context('bronnen');
      if (r.has('ctx-quotum')) return context('quotum');
      return undefined;
    },
  },
  {
    says: '"wat is een fta?" → context fta; "wat is het landelijke doel?" → context doelen',
    apply(r) {
      if (!noEntity(r) || !r.noYears || !r.has('define') || r.p.group) return undefined;
      if (r.has('ctx-fta')) return context('fta');
      if (r.has('ctx-doelen')) return context('doelen');
      // "wat is sroi?", "wat betekent social return?": what inkoop is and how it counts.
      if (r.has('inkoop') && !r.any(['ranking', 'superlative', 'total', 'compare'])) return context('inkoop');
      // "wat is een garantiebaan?": the popular name of a job under the banenafspraak.
      if (/\bgarantiebaan|garantiebanen\b/.test(r.p.features.text)) return context('banenafspraak');
      return undefined;
    },
  },
  {
    says: '"doel van de overheid" (no other figure word) → context doelen; "fta", "banenafspraak" alone → their context',
    apply(r) {
      if (!noEntity(r) || strong(r)) return undefined;
      const scope = r.p.group;
      if (r.noYears && r.has('ctx-doelen')) return context('doelen');
      if (
        r.noYears &&
        r.has('doel') &&
        !r.has('realisatie') &&
        !r.has('percentage') &&
        !r.has('above') &&
        !r.has('below') &&
        r.p.unknown.length === 0 &&
        // "what is the target for the municipalities": a sector in other words, not the national target.
        r.p.nearMisses.length === 0 &&
        // "doel per sector", "welke doelen hebben de sectoren": the targets side by side, not the national one.
        (!scope || scope.scope === 'overheid' || (scope.scope === 'sectoren' && !(scope.plural && scope.generic)))
      ) {
        return context('doelen');
      }
      if (r.noYears && r.has('ctx-fta') && !scope) return context('fta');
      if (
        r.noYears &&
        r.has('ctx-banenafspraak') &&
        !scope &&
        !r.any(['doel', 'realisatie', 'percentage', 'lookup', 'unit']) &&
        // "hoeveel garantiebanen heeft de ns?": an organisation we have no figures for, not the agreement.
        !(r.p.unknown.length > 0 && /^hoeveel\b/.test(r.p.features.text))
      ) {
        return context('banenafspraak');
      }
      return undefined;
    },
  },
];
