// Card buttons: Action.Submit arrives as a message whose `value` is the button's data
// ({ action: 'query', query } or { action: 'pick-sector', query, sector }). It comes from
// outside, so it is validated before it becomes a Query.
import { z } from 'zod';
import { EntityIdSchema } from '../data/schema.js';
import { QuerySchema, type Query } from '../nlu/query.js';

export const CardActionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('query'), query: QuerySchema }),
  z.object({ action: z.literal('pick-sector'), query: QuerySchema, sector: EntityIdSchema }),
]);

export type CardAction = z.infer<typeof CardActionSchema>;

/** The query a button asks for, or undefined when its data is not valid (an old or altered card). */
export function queryFromCardAction(value: unknown): Query | undefined {
  const parsed = CardActionSchema.safeParse(value);
  if (!parsed.success) return undefined;
  const data = parsed.data;
  if (data.action === 'query') return data.query;
  const { query, sector } = data;
  if ('sector' in query) return { ...query, sector } as Query;
  if (query.intent === 'compare') return { ...query, sectors: [...query.sectors.slice(0, -1), sector] };
  return undefined;
}
