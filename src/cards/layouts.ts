// Which layout each card kind uses. Adding a kind-specific layout = one file + one line here.
import type { CardLayout } from './card-layout.js';
import { comparisonCard } from './comparison-card.js';
import { digestCard } from './digest-card.js';
import { errorCard } from './error-card.js';
import { helpCard } from './help-card.js';
import { rankingCard } from './ranking-card.js';
import { standardCard } from './standard-card.js';
import { trendCard } from './trend-card.js';
import type { CardKind } from './view.js';
import { welcomeCard } from './welcome-card.js';

export const layouts: Record<CardKind, CardLayout> = {
  lookup: standardCard,
  gap: standardCard,
  change: standardCard,
  trend: trendCard,
  projection: trendCard,
  comparison: comparisonCard,
  ranking: rankingCard,
  filter: comparisonCard,
  total: standardCard,
  inkoop: standardCard,
  context: standardCard,
  notes: standardCard,
  help: helpCard,
  welcome: welcomeCard,
  clarify: errorCard,
  error: errorCard,
  subscription: standardCard,
  digest: digestCard,
};

/** The layout for a kind; an unknown kind (data from outside) gets the standard layout. */
export function layoutFor(kind: CardKind): CardLayout {
  return Object.hasOwn(layouts, kind) ? layouts[kind] : standardCard;
}
