// Helpers for card tests: find elements and the strings a user sees, anywhere in a card.
import type { AdaptiveCard } from '../../src/cards/view.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every element/action object (anything with a `type`), depth first, fallbacks included. */
export function elements(node: unknown, out: Json[] = []): Json[] {
  if (Array.isArray(node)) for (const n of node) elements(n, out);
  else if (isObject(node)) {
    if (typeof node.type === 'string') out.push(node);
    for (const [key, value] of Object.entries(node)) if (key !== 'data') elements(value, out);
  }
  return out;
}

export function ofType(card: AdaptiveCard, type: string): Json[] {
  return elements(card).filter((e) => e.type === type);
}

/** Visible strings outside chart fallbacks: TextBlocks, facts, table cells, button titles, choices. */
export function visibleTexts(card: AdaptiveCard): string[] {
  const texts: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (!isObject(node)) return;
    if (node.type === 'TextBlock') texts.push(String(node.text));
    if (node.type === 'FactSet') for (const f of node.facts as Json[]) texts.push(String(f.title), String(f.value));
    if (typeof node.type === 'string' && node.type.startsWith('Action.')) texts.push(String(node.title));
    if (node.type === 'Input.ChoiceSet') for (const c of node.choices as Json[]) texts.push(String(c.title));
    for (const [key, value] of Object.entries(node)) if (key !== 'data' && key !== 'fallback') visit(value);
  };
  visit(card);
  return texts;
}

export function allText(card: AdaptiveCard): string {
  return visibleTexts(card).join('\n');
}

/** Table rows as arrays of cell texts (header row first). */
/** The cells as text; soft hyphens (where a narrow cell may break a long word) left out. */
export function tableRows(table: Json): string[][] {
  return (table.rows as Json[]).map((r) =>
    (r.cells as Json[]).map((c) =>
      (c.items as Json[])
        .map((i) => String(i.text))
        .join(' ')
        .replaceAll('\u00ad', ''),
    ),
  );
}
