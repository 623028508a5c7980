// Input elements. Every input carries a visible `label` (read by screen readers too).

export interface ChoiceSetInput {
  type: 'Input.ChoiceSet';
  id: string;
  label: string;
  choices: { title: string; value: string }[];
  style: 'compact' | 'expanded';
  isRequired: boolean;
  errorMessage?: string;
  value?: string;
  placeholder?: string;
}

/** A drop-down list with a label; required, with a Dutch error message. */
export function choiceSet(
  id: string,
  label: string,
  choices: readonly { title: string; value: string }[],
): ChoiceSetInput {
  return {
    type: 'Input.ChoiceSet',
    id,
    label,
    choices: choices.map((c) => ({ title: c.title, value: c.value })),
    style: 'compact',
    isRequired: true,
    errorMessage: 'Kies een sector uit de lijst.',
    placeholder: 'Kies een sector',
  };
}
