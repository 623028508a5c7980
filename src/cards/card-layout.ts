// What a per-kind layout is: the body under the card's heading, in the order that kind needs.
import type { CardElement } from './elements.js';
import type { Limits } from './sections.js';
import type { CardView } from './view.js';

export interface CardLayout {
  body(view: CardView, limits: Limits): CardElement[];
  /** True when the layout places the buttons in its body itself (no card-level actions then). */
  actionsInBody?: boolean;
}
