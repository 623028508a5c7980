// What a card button sends back. Card JSON comes back from outside, so the receiving side
// validates it with CardActionSchema before trusting it.
//
// The shapes (documented for src/teams), as `value.action.data` of the `adaptiveCard/action`
// invoke (verb = the `action` field), or as `activity.value` of a message from an older card
// that still has Action.Submit buttons:
//   follow-up button      → { action: 'query', query: Query }
//   "Andere sector…" pick → { action: 'pick-sector', query: Query, sector: EntityId }
//                            (`sector` is the value of the Input.ChoiceSet with id SECTOR_INPUT_ID)
// Teams may add an `msteams` key (an old card's messageBack hint); the schemas are not strict, so
// it is ignored.
import { z } from 'zod';
import { type EntityId, MINISTRY_IDS, SECTOR_IDS } from '../domain/model.js';
import { type Query, QuerySchema } from '../nlu/index.js';

/** Action.Execute verbs: the same word as the data's `action`. */
export const QUERY_VERB = 'query';
export const PICK_SECTOR_VERB = 'pick-sector';
/** The `refresh` of a channel digest: the digest of the same update, from the current figures. */
export const REFRESH_DIGEST_VERB = 'refresh-digest';

/** Id of the sector choice list in the "Andere sector…" card: its value arrives as `sector`. */
export const SECTOR_INPUT_ID = 'sector';

const EntitySchema = z.enum([...SECTOR_IDS, ...MINISTRY_IDS, 'binnenwerk']);

const QueryActionSchema = z.object({
  action: z.literal('query'),
  query: QuerySchema,
});

const PickSectorActionSchema = z.object({
  action: z.literal('pick-sector'),
  query: QuerySchema,
  sector: EntitySchema,
});

export const CardActionSchema = z.discriminatedUnion('action', [QueryActionSchema, PickSectorActionSchema]);

/** What a digest card's refresh carries: which digest to rebuild (sectors empty: all sectors). */
export const DigestRefreshSchema = z.object({
  action: z.literal(REFRESH_DIGEST_VERB),
  year: z.number().int().min(2013).max(2100),
  sectors: z.array(EntitySchema).max(30),
  message: z.string().max(500).optional(),
});

export type DigestRefresh = z.infer<typeof DigestRefreshSchema>;

/** The refresh data of a digest card. */
export function digestRefreshData(d: Omit<DigestRefresh, 'action'>): DigestRefresh {
  return {
    action: REFRESH_DIGEST_VERB,
    year: d.year,
    sectors: [...d.sectors],
    ...(d.message ? { message: d.message } : {}),
  };
}

/** The data a follow-up button carries (before Teams adds anything). */
export function queryActionData(query: Query): { action: 'query'; query: Query } {
  return { action: 'query', query };
}

/** The data the "Andere sector…" submit carries; the chosen sector is added by the client. */
export function pickSectorActionData(query: Query): { action: 'pick-sector'; query: Query } {
  return { action: 'pick-sector', query };
}

/**
 * The query a sector pick stands for: the picker's query with its `sector` replaced by the
 * chosen one. For a comparison the last compared sector is replaced (politie vs defensie, pick
 * gemeenten → politie vs gemeenten); a one-sector comparison becomes that sector. Queries
 * without a sector (ranking, total, …) become a lookup of the chosen sector.
 */
export function queryForPickedSector({ query, sector }: { query: Query; sector: EntityId }): Query {
  switch (query.intent) {
    case 'lookup':
    case 'gap':
    case 'change':
    case 'trend':
    case 'projection':
    case 'inkoop':
      return { ...query, sector };
    case 'notes':
      return { ...query, sector, scope: undefined };
    case 'compare': {
      const kept = query.sectors.slice(0, -1).filter((s) => s !== sector);
      return { ...query, sectors: [...kept, sector] };
    }
    default:
      return { intent: 'lookup', sector, metric: 'alles' };
  }
}
