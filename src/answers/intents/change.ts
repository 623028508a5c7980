// "verschil gemeenten 2023 2024", "hoeveel is defensie gestegen?": realisatie and
// realisatiepercentage in two years, the change in fta/banen and in procentpunten.
import { change as computeChange, realisationPercentage } from '../../domain/compute.js';
import type { Quantity } from '../../domain/figures.js';
import { formatNumber } from '../../domain/format.js';
import type { QueryOf } from '../../nlu/index.js';
import type { Draft } from '../answer.types.js';
import { sectorFollowUps, sectorPicker } from '../follow-ups.js';
import type { AnswerKit } from '../kit.js';
import { rowPhrase, rowQuantities } from '../row-view.js';
import { signedText, valueText } from '../wording.js';
import { chooseYear, latestYearLine } from '../year-choice.js';

/** Changes the letters report themselves, as the answer words them. */
const REPORTED_CHANGES: readonly (readonly [string, (q: Quantity) => string])[] = [
  ['stijging_gemeld', (q) => `een stijging van ${valueText(q)}`],
  ['daling_gemeld', (q) => `een daling van ${valueText(q)}`],
  ['stijging_procent_gemeld', (q) => `de realisatie steeg met ${valueText(q)}`],
  ['daling_procentpunt_gemeld', (q) => `het realisatiepercentage daalde met ${formatNumber(q.value)} procentpunt`],
];

export function change(kit: AnswerKit, query: QueryOf<'change'>): Draft {
  let [fromReq, toReq] = [query.from, query.to];
  if (fromReq !== undefined && toReq !== undefined && fromReq > toReq) [fromReq, toReq] = [toReq, fromReq];
  const toChoice = chooseYear(kit, query.sector, toReq, query);
  if (!toChoice.ok) return toChoice.draft;
  const to = toChoice.year;
  const name = kit.name(query.sector);
  const years = kit.figures.years(query.sector);
  const fromYear = fromReq ?? years.filter((y) => y < to).at(-1);
  if (fromYear === undefined || fromYear === to) {
    const line = `Voor ${kit.subject(query.sector)} zijn er alleen cijfers over ${to}; een verandering kan ik niet laten zien.`;
    return {
      lines: [line],
      quantities: [],
      speak: line,
      view: {
        kind: 'change',
        title: `Verandering ${name}`,
        summary: line,
        actions: [
          { title: `Cijfers ${to}`, query: { intent: 'lookup', sector: query.sector, year: to, metric: 'alles' } },
        ],
      },
    };
  }
  const fromChoice = chooseYear(kit, query.sector, fromYear, query);
  if (!fromChoice.ok) return fromChoice.draft;

  const a = kit.figures.row(query.sector, fromYear);
  const b = kit.figures.row(query.sector, to);
  const c = computeChange(a, b);
  const lines: string[] = [];
  const quantities = [...rowQuantities(a), ...rowQuantities(b)];
  const caveats: string[] = [];
  let summary: string;
  if (c.absolute && a.realisatie && b.realisatie) {
    const verb = c.absolute.value > 0 ? 'gestegen' : c.absolute.value < 0 ? 'gedaald' : 'gelijk gebleven';
    summary = `${name}: realisatie van ${valueText(a.realisatie)} in ${fromYear} naar ${valueText(b.realisatie)} in ${to}, ${verb} (${signedText(c.absolute)}).`;
    lines.push(summary);
    quantities.push(c.absolute);
  } else if (c.unitMismatch && a.realisatie && b.realisatie) {
    summary = `${name}: realisatie ${valueText(a.realisatie)} in ${fromYear} en ${valueText(b.realisatie)} in ${to}.`;
    lines.push(summary);
    caveats.push(
      `Let op: ${fromYear} is in ${c.unitMismatch.units[0]}, ${to} in ${c.unitMismatch.units[1]}. Die tel ik niet van elkaar af.`,
    );
  } else {
    summary = `${name}: ${fromYear} ${rowPhrase(a)}; ${to} ${rowPhrase(b)}.`;
    lines.push(summary);
  }
  const pa = realisationPercentage(a);
  const pb = realisationPercentage(b);
  if (c.points && pa && pb) {
    lines.push(`Realisatiepercentage van ${valueText(pa)} naar ${valueText(pb)} (${signedText(c.points)}).`);
    quantities.push(c.points);
  }
  const how = [
    c.absolute ? `realisatie ${to} − realisatie ${fromYear}` : '',
    c.points ? `percentage ${to} − percentage ${fromYear}` : '',
  ].filter(Boolean);
  if (how.length) lines.push(`Berekend: ${how.join('; ')}.`);
  // The change as the letter itself reports it ("een stijging van 102 banen"), beside our computation.
  for (const [metric, words] of REPORTED_CHANGES) {
    const q = b.other[metric];
    if (!q) continue;
    lines.push(`Volgens de brief: ${words(q)} ten opzichte van het jaar ervoor.`);
    quantities.push(q);
  }
  if (toChoice.implicit && query.from === undefined) lines.push(latestYearLine(to));

  const facts = [
    ...(a.realisatie ? [{ label: `Realisatie ${fromYear}`, value: valueText(a.realisatie) }] : []),
    ...(b.realisatie ? [{ label: `Realisatie ${to}`, value: valueText(b.realisatie) }] : []),
    ...(c.absolute ? [{ label: 'Verschil (berekend)', value: signedText(c.absolute) }] : []),
    ...(pa ? [{ label: `Percentage ${fromYear}`, value: valueText(pa) }] : []),
    ...(pb ? [{ label: `Percentage ${to}`, value: valueText(pb) }] : []),
    ...(c.points ? [{ label: 'Verschil in procentpunten (berekend)', value: signedText(c.points) }] : []),
  ];
  const chartRows = [a, b].filter((r) => r.realisatie);
  const sameUnit = chartRows.length === 2 && !c.unitMismatch;
  return {
    lines,
    quantities,
    speak: summary,
    caveats,
    view: {
      kind: 'change',
      title: `${name} · ${fromYear} → ${to}`,
      summary,
      facts,
      ...(sameUnit
        ? {
            chart: {
              kind: 'verticalBar' as const,
              title: `Realisatie ${kit.shortName(query.sector)} ${fromYear} en ${to}`,
              unit: b.realisatie!.unit,
              series: [
                {
                  name: 'Realisatie',
                  points: chartRows.map((r) => ({
                    x: String(r.year),
                    y: r.realisatie!.value,
                    label: valueText(r.realisatie!),
                  })),
                },
              ],
              textEquivalent: chartRows.map((r) => `${r.year}: ${valueText(r.realisatie!)}`).join('; '),
            },
          }
        : {}),
      actions: sectorFollowUps(kit, query.sector, to, 'change'),
      sectorPicker: sectorPicker(kit, { ...query, from: fromYear, to }, query.sector),
    },
  };
}
