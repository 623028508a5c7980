// Card buttons: Action.Submit arrives as a message whose `value` is the button's data
// (shapes and schema in src/cards/action-data.ts). It comes from outside, so it is validated
// before it becomes a Query.
import { CardActionSchema, queryForPickedSector } from '../cards/action-data.js';
import type { Query } from '../nlu/query.js';

/** The query a button asks for, or undefined when its data is not valid (an old or altered card). */
export function queryFromCardAction(value: unknown): Query | undefined {
  const parsed = CardActionSchema.safeParse(value);
  if (!parsed.success) return undefined;
  return parsed.data.action === 'query' ? parsed.data.query : queryForPickedSector(parsed.data);
}
