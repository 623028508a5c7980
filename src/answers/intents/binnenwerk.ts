// "Binnenwerk": the Rijk's central Binnenwerk figures (every metric the dataset holds for it).
import type { Quantity } from '../../domain/figures.js';
import type { QueryOf } from '../../nlu/index.js';
import type { Draft } from '../answer.types.js';
import { metricLabel } from '../compose.js';
import { lookupButtons } from '../follow-ups.js';
import type { AnswerKit } from '../kit.js';
import { capitalize, valueText, yearText } from '../wording.js';
import { chooseYear, latestYearLine } from '../year-choice.js';

export function binnenwerk(kit: AnswerKit, query: QueryOf<'binnenwerk'>): Draft {
  const metrics = [...new Set(kit.figures.all('binnenwerk').map((f) => f.metric))];
  const choice = chooseYear(kit, 'binnenwerk', query.year, query, metrics.length ? metrics : undefined);
  if (!choice.ok) return choice.draft;
  const { year } = choice;
  const row = kit.figures.row('binnenwerk', year);
  const quantities = [row.realisatie, row.doel, row.percentage, ...Object.values(row.other)].filter(
    (q): q is Quantity => q !== undefined,
  );
  const yt = yearText(year, quantities.find((q) => q.period)?.period);
  const summary = `Binnenwerk (Rijk) ${yt}:`;
  const lines = [summary, ...quantities.map((q) => `${capitalize(metricLabel(kit, q.metric))}: ${valueText(q)}`)];
  lines.push(
    'Binnenwerk heeft binnen het Rijk een centrale opgave om duurzame banen te creëren, in samenwerking met de ministeries; de banen zijn over de ministeries verdeeld.',
  );
  if (choice.implicit) lines.push(latestYearLine(year));
  return {
    lines,
    quantities,
    speak: `${summary} ${lines.slice(1, 3).join(' ')}`,
    view: {
      kind: 'lookup',
      title: `Binnenwerk · ${yt}`,
      summary: lines[1] ?? summary,
      facts: quantities.map((q) => ({ label: capitalize(metricLabel(kit, q.metric)), value: valueText(q) })),
      actions: lookupButtons(kit, ['rijk']).map((b) => ({ ...b, title: 'Rijk totaal' })),
    },
  };
}
