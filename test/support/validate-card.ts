// validateCard(card): every problem with an Adaptive Card as Teams would receive it; [] means valid.
//
// Two layers:
// 1. The `adaptivecards` parser (the reference implementation): AdaptiveCard.parse with a
//    SerializationContext targeting 1.5 collects parse events (unknown types, invalid enum values,
//    …), then validateProperties() collects validation events (too many actions, duplicate ids,
//    missing required properties, …). The parser does not know Teams' Chart.* elements, and an
//    unknown type would both hide the chart's own mistakes and make every chart "unknown". So the
//    Chart.* types are registered in a private element registry as small CardElement subclasses
//    that check their required properties (data points, gauge value/scale, segments); their
//    `fallback` is parsed and checked by the library as for any element.
// 2. JSON-level rules of this project: version "1.5", `speak` present, size under 28 KB, a heading,
//    every chart with a fallback that holds text AND a visible text equivalent (a TextBlock or
//    FactSet with id `<chart id>-text`), every Input with a label, every Image with altText, every
//    Table with a header row, every Action.Execute with a verb equal to its data's action, and every
//    Action.Execute's or Action.Submit's data accepted by CardActionSchema (what
//    src/teams will validate `activity.value` with); a digest's refresh by DigestRefreshSchema.
import { createRequire } from 'node:module';
import type * as ACTypes from 'adaptivecards';
import { CardActionSchema, DigestRefreshSchema, REFRESH_DIGEST_VERB } from '../../src/cards/action-data.js';
import { CARD_SIZE_LIMIT_BYTES, cardSizeBytes } from '../../src/cards/card-size.js';
import type { AdaptiveCard } from '../../src/cards/view.js';

// The package's lib/ is ES modules without "type": "module"; its dist bundle (UMD) loads in Node.
const require = createRequire(import.meta.url);
const AC = require('adaptivecards/dist/adaptivecards.js') as typeof ACTypes;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const nonEmpty = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;

/** Required-property checks for one Chart.* type, on its raw JSON. */
type ChartCheck = (json: Json) => string[];

function xyPoints(data: unknown, where: string): string[] {
  if (!Array.isArray(data) || data.length === 0) return [`${where}: needs a non-empty array of points`];
  return data.flatMap((p, i) =>
    isObject(p) && (typeof p.x === 'string' || isFiniteNumber(p.x)) && isFiniteNumber(p.y)
      ? []
      : [`${where}[${i}]: needs x (string or number) and a finite number y`],
  );
}

function seriesList(data: unknown, where: string): string[] {
  if (!Array.isArray(data) || data.length === 0) return [`${where}: needs a non-empty array of series`];
  return data.flatMap((s, i) =>
    !isObject(s)
      ? [`${where}[${i}]: not an object`]
      : [
          ...(nonEmpty(s.legend) ? [] : [`${where}[${i}].legend: missing`]),
          ...xyPoints(s.values, `${where}[${i}].values`),
        ],
  );
}

const chartChecks: Record<string, ChartCheck> = {
  'Chart.Line': (j) => seriesList(j.data, 'data'),
  'Chart.VerticalBar': (j) => xyPoints(j.data, 'data'),
  'Chart.VerticalBar.Grouped': (j) => seriesList(j.data, 'data'),
  'Chart.HorizontalBar': (j) => [
    ...xyPoints(j.data, 'data'),
    ...(Array.isArray(j.data) && j.data.some((p) => isObject(p) && typeof p.x !== 'string')
      ? ['data: x must be a string']
      : []),
  ],
  'Chart.Gauge': (j) => {
    const problems: string[] = [];
    if (!isFiniteNumber(j.value)) problems.push('value: needs a finite number');
    const min = j.min ?? 0;
    if (!isFiniteNumber(min) || !isFiniteNumber(j.max) || j.max <= min)
      problems.push('min/max: need numbers with min < max');
    if (j.valueFormat !== undefined && j.valueFormat !== 'Percentage' && j.valueFormat !== 'Fraction') {
      problems.push(`valueFormat: invalid value ${JSON.stringify(j.valueFormat)}`);
    }
    if (j.segments !== undefined) {
      if (!Array.isArray(j.segments) || j.segments.length === 0) problems.push('segments: needs a non-empty array');
      else
        j.segments.forEach((s, i) => {
          if (!isObject(s) || !isFiniteNumber(s.size) || s.size < 0 || !nonEmpty(s.legend))
            problems.push(`segments[${i}]: needs size ≥ 0 and a legend`);
        });
    }
    return problems;
  },
};

/** Registers each Chart.* type as a known element that validates its own required properties. */
function chartElementType(typeName: string, check: ChartCheck): { new (): ACTypes.CardElement } {
  return class extends AC.CardElement {
    private raw: Json = {};
    override getJsonTypeName(): string {
      return typeName;
    }
    protected override internalParse(source: ACTypes.PropertyBag, context: ACTypes.BaseSerializationContext): void {
      super.internalParse(source, context);
      this.raw = source;
    }
    protected override internalRender(): HTMLElement | undefined {
      return undefined;
    }
    override internalValidateProperties(context: ACTypes.ValidationResults): void {
      super.internalValidateProperties(context);
      for (const problem of check(this.raw)) {
        context.addFailure(this, AC.ValidationEvent.PropertyCantBeNull, `${typeName}: ${problem}`);
      }
    }
  };
}

function elementRegistry(): ACTypes.CardObjectRegistry<ACTypes.CardElement> {
  const registry = new AC.CardObjectRegistry<ACTypes.CardElement>();
  AC.GlobalRegistry.populateWithDefaultElements(registry);
  for (const [name, check] of Object.entries(chartChecks))
    registry.register(name, chartElementType(name, check), AC.Versions.v1_5);
  return registry;
}

const registry = elementRegistry();

function eventText(e: ACTypes.IValidationEvent): string {
  return `${AC.ValidationEvent[e.event] ?? e.event}: ${e.message}`;
}

/** Problems the adaptivecards parser and validator report. */
function libraryProblems(card: AdaptiveCard): string[] {
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  context.setElementRegistry(registry);
  const parsed = new AC.AdaptiveCard();
  parsed.parse(card, context);
  const problems: string[] = [];
  for (let i = 0; i < context.eventCount; i++) problems.push(`parse ${eventText(context.getEventAt(i))}`);
  for (const e of parsed.validateProperties().validationEvents) problems.push(`validate ${eventText(e)}`);
  return problems;
}

interface Visit {
  node: Json;
  path: string;
}

/** Every object with a `type` in the card: body, nested items, table cells, fallbacks, actions, ShowCard cards. */
function walk(node: unknown, path: string, out: Visit[] = []): Visit[] {
  if (Array.isArray(node)) node.forEach((n, i) => walk(n, `${path}[${i}]`, out));
  else if (isObject(node)) {
    if (typeof node.type === 'string') out.push({ node, path });
    for (const [key, value] of Object.entries(node)) {
      if (
        key === 'data' &&
        typeof node.type === 'string' &&
        (node.type.startsWith('Chart.') || node.type.startsWith('Action.'))
      )
        continue;
      walk(value, `${path}.${key}`, out);
    }
  }
  return out;
}

const hasText = (n: Json): boolean =>
  (n.type === 'TextBlock' && nonEmpty(n.text)) ||
  (n.type === 'FactSet' && Array.isArray(n.facts) && n.facts.some((f) => isObject(f) && nonEmpty(f.value)));

/** Project rules on the JSON itself. */
function jsonProblems(card: AdaptiveCard): string[] {
  const problems: string[] = [];
  if (card.type !== 'AdaptiveCard') problems.push('type must be "AdaptiveCard"');
  if (card.version !== '1.5') problems.push(`version must be "1.5", got ${JSON.stringify(card.version)}`);
  if (!nonEmpty(card.speak)) problems.push('speak is missing or empty');
  const size = cardSizeBytes(card);
  if (size >= CARD_SIZE_LIMIT_BYTES) problems.push(`card is ${size} bytes, over Teams' ${CARD_SIZE_LIMIT_BYTES}`);

  const all = walk(card, '$');
  const byId = new Map<string, Json>();
  for (const { node } of all) if (nonEmpty(node.id)) byId.set(node.id, node);
  if (!all.some(({ node }) => node.type === 'TextBlock' && node.style === 'heading' && nonEmpty(node.text))) {
    problems.push('no heading: the title must be a TextBlock with style "heading"');
  }
  const choiceValues = all
    .filter(({ node }) => node.type === 'Input.ChoiceSet' && Array.isArray(node.choices))
    .flatMap(({ node }) => (node.choices as unknown[]).filter(isObject).map((c) => c.value));

  for (const { node, path } of all) {
    const type = node.type as string;
    if (type.startsWith('Chart.')) {
      const fallback = node.fallback;
      if (!isObject(fallback)) problems.push(`${path}: ${type} needs a fallback element (not "drop")`);
      else if (!walk(fallback, '').some(({ node: n }) => hasText(n)))
        problems.push(`${path}: ${type} fallback holds no text`);
      const text = nonEmpty(node.id) ? byId.get(`${node.id}-text`) : undefined;
      if (!text || !hasText(text))
        problems.push(`${path}: ${type} needs a visible text equivalent with id "<chart id>-text"`);
    }
    if (type.startsWith('Input.') && !nonEmpty(node.label)) problems.push(`${path}: ${type} needs a label`);
    if (type === 'Image' && !nonEmpty(node.altText)) problems.push(`${path}: Image needs altText`);
    if (type === 'Table' && node.firstRowAsHeader !== true)
      problems.push(`${path}: Table needs firstRowAsHeader: true`);
    if (type === 'Action.Execute' && (!nonEmpty(node.verb) || !isObject(node.data) || node.data.action !== node.verb))
      problems.push(`${path}: Action.Execute needs a verb equal to its data's action`);
    if (type === 'Action.Submit' || type === 'Action.Execute') {
      const data = isObject(node.data) ? node.data : {};
      const candidate = data.action === 'pick-sector' ? { ...data, sector: choiceValues[0] } : data;
      const schema = data.action === REFRESH_DIGEST_VERB ? DigestRefreshSchema : CardActionSchema;
      const result = schema.safeParse(candidate);
      if (!result.success)
        problems.push(
          `${path}.data: not a valid card action: ${result.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
        );
    }
  }
  return problems;
}

/** All problems with the card; an empty array means Teams-valid and within project rules. */
export function validateCard(card: AdaptiveCard): string[] {
  return [...libraryProblems(card), ...jsonProblems(card)];
}
