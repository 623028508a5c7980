// Groups of cues the rules test together.
import type { Cue } from '../vocabulary.js';

/** Cues that ask for figures or explanations (anything but conversation). */
export const DATA_CUES: readonly Cue[] = [
  'ctx-fta',
  'ctx-doelgroepregister',
  'ctx-doelen',
  'ctx-quotum',
  'ctx-banenafspraak',
  'ctx-bronnen',
  'deadline',
  'doel',
  'realisatie',
  'realise',
  'percentage',
  'unit',
  'lookup',
  'gap',
  'change',
  'up',
  'down',
  'trend',
  'projection',
  'compare',
  'relative',
  'ranking',
  'superlative',
  'total',
  'reach',
  'inkoop',
  'notes',
  'why',
  'topic-aanpak',
  'topic-knelpunten',
  'topic-begeleiding',
  'topic-maatregelen',
  'topic-organisatie',
  'topic-algemeen',
];

/** Cues that make a question about figures across sectors rather than a definition. */
export const STRONG_CUES: readonly Cue[] = [
  'gap',
  'change',
  'up',
  'down',
  'trend',
  'projection',
  'compare',
  'ranking',
  'superlative',
  'total',
  'inkoop',
  'reach',
  'notes',
  'why',
  'topic-aanpak',
  'topic-knelpunten',
  'topic-begeleiding',
  'topic-maatregelen',
  'topic-organisatie',
];

/** Cues that ask for figures: without a sector these become a total. */
export const FIGURE_CUES: readonly Cue[] = [
  'doel',
  'realisatie',
  'realise',
  'percentage',
  'lookup',
  'unit',
  'reach',
  'ctx-banenafspraak',
  'ctx-fta',
];

/** Across sectors: a ranking, a total or a comparison overrides a national-context word. */
export const CROSS_SECTOR: readonly Cue[] = ['ranking', 'superlative', 'total', 'compare', 'relative'];
