// Card builders: CardView → Adaptive Card 1.5. (Minimal first version; src/cards grows per kind.)
import type { AdaptiveCard, CardView } from './view.js';

export type { AdaptiveCard, CardView } from './view.js';

export function buildCard(view: CardView, speak: string): AdaptiveCard {
  const body: unknown[] = [
    { type: 'TextBlock', text: view.title, weight: 'Bolder', size: 'Medium', wrap: true, style: 'heading' },
    { type: 'TextBlock', text: view.summary, wrap: true },
  ];
  if (view.facts?.length) body.push({ type: 'FactSet', facts: view.facts.map((f) => ({ title: f.label, value: f.value })) });
  for (const p of view.paragraphs ?? []) body.push({ type: 'TextBlock', text: p, wrap: true });
  for (const c of view.caveats ?? []) body.push({ type: 'TextBlock', text: c, wrap: true, isSubtle: true });
  if (view.source) body.push({ type: 'TextBlock', text: view.source, wrap: true, isSubtle: true, size: 'Small' });
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    speak,
    body,
    actions: (view.actions ?? []).map((a) => ({ type: 'Action.Submit', title: a.title, data: { action: 'query', query: a.query } })),
  };
}
