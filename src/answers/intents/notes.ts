// "wat doet de politie?", "waarom lukt het niet in het onderwijs?", "wat doen andere sectoren
// aan begeleiding?": short notes from data/notes.json, by sector or scope and topic.
import type { EntityId, Note, NoteTopic } from '../../domain/model.js';
import { SCOPE_LABELS } from '../../domain/sectors.js';
import type { QueryOf } from '../../nlu/index.js';
import type { Draft } from '../answer.types.js';
import { sectorPicker } from '../follow-ups.js';
import type { AnswerKit } from '../kit.js';

/** At most this many notes in one answer. */
export const MAX_NOTES = 5;

const TOPIC_LABELS: Record<NoteTopic, string> = {
  aanpak: 'aanpak',
  knelpunten: 'knelpunten',
  begeleiding: 'begeleiding',
  maatregelen: 'maatregelen',
  inkoop: 'inkoop en SROI',
  organisatie: 'organisatie',
  algemeen: 'algemeen beeld',
};

export function notes(kit: AnswerKit, query: QueryOf<'notes'>): Draft {
  const { sector, scope, topic } = query;
  const inScope = (n: Note): boolean => {
    if (sector) return n.sector === sector;
    if (scope) return n.sector !== 'algemeen' && kit.members(scope).some((m) => m.id === n.sector);
    return true;
  };
  let selected = kit.dataset.notes.filter((n) => inScope(n) && (!topic || n.topic === topic));
  let fallback = '';
  if (!selected.length && sector && topic) {
    selected = kit.dataset.notes.filter((n) => n.sector === sector);
    if (selected.length) fallback = `Over ${TOPIC_LABELS[topic]} heb ik voor ${kit.name(sector)} niets apart; wel dit:`;
  }
  if (!selected.length && topic) {
    selected = kit.dataset.notes.filter((n) => n.sector === 'algemeen' && n.topic === topic);
    if (selected.length)
      fallback = `Voor ${sector ? kit.name(sector) : 'deze sectoren'} heb ik hier niets apart over; in het algemeen:`;
  }
  const who = sector ? kit.name(sector) : scope ? SCOPE_LABELS[scope] : 'de sectoren';
  const what = topic ? TOPIC_LABELS[topic] : 'aanpak en ervaringen';
  const title = `${who}: ${what}`;
  if (!selected.length) {
    const line = `Over ${what} bij ${who} heb ik geen toelichting in mijn gegevens.`;
    return {
      lines: [line],
      quantities: [],
      speak: line,
      view: {
        kind: 'notes',
        title,
        summary: line,
        ...(sector ? { sectorPicker: sectorPicker(kit, query, sector) } : {}),
      },
    };
  }
  // Spread over sectors when several are in play: round-robin so one sector does not fill the answer.
  const shown = spread(selected).slice(0, MAX_NOTES);
  const label = (n: Note) =>
    sector && n.sector === sector
      ? ''
      : `${n.sector === 'algemeen' ? 'Algemeen' : kit.shortName(n.sector as EntityId)}: `;
  const intro = fallback || `${capitalizeFirst(who)} over ${what}:`;
  const lines = [intro, ...shown.map((n) => `• ${label(n)}${n.text}`)];
  if (selected.length > shown.length)
    lines.push(`Er zijn meer toelichtingen; vraag gerichter, bijvoorbeeld naar één sector of onderwerp.`);
  return {
    lines,
    quantities: [],
    sources: shown.map((n) => n.ref.source),
    speak: `${intro} ${shown[0]!.text}`,
    view: {
      kind: 'notes',
      title,
      summary: intro,
      paragraphs: shown.map((n) => `${label(n)}${n.text}`),
      actions: (['aanpak', 'knelpunten', 'begeleiding', 'maatregelen', 'inkoop'] as const)
        .filter((t) => t !== topic)
        .slice(0, 4)
        .map((t) => ({ title: capitalizeFirst(TOPIC_LABELS[t]), query: { ...query, topic: t } })),
      ...(sector ? { sectorPicker: sectorPicker(kit, query, sector) } : {}),
    },
  };
}

function spread(list: Note[]): Note[] {
  const groups = new Map<string, Note[]>();
  for (const n of list) {
    const g = groups.get(n.sector) ?? [];
    g.push(n);
    groups.set(n.sector, g);
  }
  const out: Note[] = [];
  const queues = [...groups.values()];
  for (let i = 0; out.length < list.length; i++) for (const q of queues) if (q[i]) out.push(q[i]!);
  return out;
}

function capitalizeFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
