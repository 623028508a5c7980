// "wij zijn het mbo", "dit kanaal gaat over politie": the answer that notes which sector "wij" is
// in this conversation (src/teams stores it), with questions that use it.
import type { FollowUp } from '../../cards/index.js';
import type { QueryOf } from '../../nlu/index.js';
import type { Draft } from '../answer.types.js';
import type { AnswerKit } from '../kit.js';

/** "wij zijn het mbo": noted, with questions that use it. */
export function speaksFor(kit: AnswerKit, query: QueryOf<'speaks_for'>): Draft {
  const n = kit.inSentence(query.sector);
  const line = `Genoteerd: in dit gesprek staat "wij" en "ons" voor ${n}.`;
  const hint = 'Vraag bijvoorbeeld "ons tekort" of "hoe doen wij het ten opzichte van het hbo?".';
  const s = kit.sector(query.sector);
  const compareWith: FollowUp[] =
    s?.kind === 'sector'
      ? [
          {
            title: 'Vergelijk met de eigen groep',
            query: {
              intent: 'compare',
              sectors: [query.sector, ...kit.members(s.group).map((m) => m.id)].filter((v, i, a) => a.indexOf(v) === i),
              scope: s.group,
            },
          },
        ]
      : [];
  return {
    lines: [line, hint],
    quantities: [],
    speak: line,
    view: {
      kind: 'help',
      title: `Wij = ${kit.name(query.sector)}`,
      summary: line,
      paragraphs: [hint],
      actions: [
        { title: 'Onze cijfers', query: { intent: 'lookup', sector: query.sector, metric: 'alles' } },
        { title: 'Ons tekort', query: { intent: 'gap', sector: query.sector } },
        ...compareWith,
      ],
    },
  };
}
