// The architecture as a test: dependency-cruiser checks import directions in src/
// (rules in .dependency-cruiser.cjs). A wrong-way import fails here with its rule name.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function cruise(): {
  summary: { violations: { rule: { name: string }; from: string; to: string }[]; totalCruised: number };
} {
  const out = execFileSync(
    'npx',
    ['depcruise', 'src', '--config', '.dependency-cruiser.cjs', '--output-type', 'json'],
    {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return JSON.parse(out);
}

describe('import direction', () => {
  it('has no violations of the layering rules', () => {
    const result = cruise();
    expect(result.summary.totalCruised).toBeGreaterThan(10);
    const violations = result.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
    expect(violations).toEqual([]);
  });
});
