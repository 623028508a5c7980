// What a user reads in a message the bot sent: its text (for an answer with a card only the
// "Bron: … [1]" line) followed by every string its Adaptive Cards show (text blocks, facts,
// table cells, button titles), one per line. For assertions on answers over HTTP.
type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export function cardStrings(card: unknown): string[] {
  const out: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (!isObject(node)) return;
    if (node.type === 'TextBlock') out.push(String(node.text));
    if (node.type === 'FactSet' && Array.isArray(node.facts))
      for (const f of node.facts as Json[]) out.push(`${String(f.title)}: ${String(f.value)}`);
    if (typeof node.type === 'string' && node.type.startsWith('Action.') && typeof node.title === 'string')
      out.push(node.title);
    for (const [key, value] of Object.entries(node)) if (key !== 'data' && key !== 'fallback') visit(value);
  };
  visit(card);
  return out;
}

/** The adaptive cards of an activity (attachments of content type application/vnd.microsoft.card.adaptive). */
export function cardsOf(activity: { attachments?: { contentType?: string; content?: unknown }[] }): unknown[] {
  return (activity.attachments ?? [])
    .filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')
    .map((a) => a.content);
}

export function shownText(activity: {
  text?: string;
  attachments?: { contentType?: string; content?: unknown }[];
}): string {
  return [...(activity.text ? [activity.text] : []), ...cardsOf(activity).flatMap(cardStrings)].join('\n');
}
