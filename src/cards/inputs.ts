// Input elements. Every input carries a visible `label` (read by screen readers too).
import type { ChoiceSetInput } from './card-json.js';

/** A required drop-down list with a label and a Dutch error message for an empty choice. */
export function choiceSet(
  id: string,
  label: string,
  choices: readonly { title: string; value: string }[],
  errorMessage = 'Maak een keuze uit de lijst.',
): ChoiceSetInput {
  return {
    type: 'Input.ChoiceSet',
    id,
    label,
    choices: choices.map((c) => ({ title: c.title, value: c.value })),
    style: 'compact',
    isRequired: true,
    errorMessage,
  };
}
