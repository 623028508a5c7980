// Clients without chart support (mobile among them) see a chart's fallback: every chart point
// carries its formatted value, so the fallback lists the numbers (not the sentence twice). Where
// the chart is left out (its renderer would print "68.4" or "1.3k"), the text equivalent has them.
import { describe, expect, it } from 'vitest';
import { ask } from './support.js';

const QUESTIONS = [
  ['realisatie politie 2024?', 'Realisatiepercentage', ['2024', '68,4%']],
  ['tekort politie 2024', 'Politie', ['Doel', '713 fta', 'Realisatie', '489 fta']],
  ['ontwikkeling rijk 2019-2024', 'Realisatiepercentage', ['2019', '59%', '2024', '85%']],
  ['vergelijk politie en defensie 2024', 'Realisatiepercentage', ['Politie', '68,4%', 'Defensie', '66,2%']],
  ['top 3', 'Realisatiepercentage', ['Gemeenten', '109,2%', 'Provincies', '89,4%', 'Rijk', '85%']],
  ['verschil gemeenten 2023 2024', 'Realisatie', ['2023', '6.320 fta', '2024', '6.051 fta']],
  ['totaal overheid 2024', 'Realisatie', ['Politie', '489 fta']],
] as const;

function fallbackFacts(card: unknown): string[] {
  const out: string[] = [];
  const walk = (node: unknown, inFallback: boolean) => {
    if (Array.isArray(node)) return node.forEach((n) => walk(n, inFallback));
    if (typeof node !== 'object' || node === null) return;
    const n = node as Record<string, unknown>;
    if (inFallback && n.type === 'FactSet')
      for (const f of n.facts as { title: string; value: string }[]) out.push(f.title, f.value);
    for (const [k, v] of Object.entries(n))
      walk(v, inFallback || (k === 'fallback' && String(n.type).startsWith('Chart.')));
  };
  walk(card, false);
  return out;
}

describe('chart fallbacks show every value', () => {
  it.each(QUESTIONS)('%s', (question, series, expected) => {
    const a = ask(question);
    const points = a.view.chart!.series.flatMap((s) => s.points);
    expect(points.length).toBeGreaterThan(0);
    expect(points.every((p) => p.label)).toBe(true);
    expect(a.view.chart!.series[0]!.name).toContain(series);
    const drawn = JSON.stringify(a.card).includes('"type":"Chart.');
    const shown = drawn ? fallbackFacts(a.card).join(' | ') : a.view.chart!.textEquivalent;
    for (const e of expected) expect(shown).toContain(e);
  });
});
