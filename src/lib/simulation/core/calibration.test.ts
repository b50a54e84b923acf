import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CALIBRATION_FACTS, checkFacts, type FactResult } from './facts';
import { parseScenario } from './index';
import { ordinaryScenario } from './ordinary';

/**
 * The course's stylized facts (facts.ts), each in its band on every built-in scenario over
 * seeds 1, 2 and 3, with the same figures `npm run sim -- --json` prints.
 */
const load = (id: string) =>
	parseScenario(
		JSON.parse(
			readFileSync(
				path.resolve(import.meta.dirname, `../../../../content/scenarios/${id}.json`),
				'utf8'
			)
		)
	);

describe.each(['airline', 'coffee', 'bank'])('calibration: %s', (id) => {
	let results = new Map<string, FactResult>();
	// Every fact's runs at once, so that facts reading the same run share it.
	beforeAll(() => {
		results = new Map(checkFacts(load(id)).map((r) => [r.id, r]));
	}, 60_000);
	const result = (factId: string) => results.get(factId)!;

	it.each(CALIBRATION_FACTS.map((f) => [f.id, f.label] as const))('%s: %s', (factId) => {
		const { values, band, pass } = result(factId);
		expect(pass, `seeds 1–3 gave ${values.join(', ')}; band ${band.join('–')}`).toBe(true);
	});
});

/**
 * Property: the structural facts hold for any ordinary firm (ordinary.ts draws one with every
 * number inside ORDINARY_RANGES), not only for the three built-in ones.
 */
describe.each([101, 102, 103, 104])('structural facts on a random ordinary firm (%i)', (seed) => {
	const structural = CALIBRATION_FACTS.filter((f) => f.kind === 'structural');
	let results = new Map<string, FactResult>();
	beforeAll(() => {
		const facts = structural.map((f) => f.id);
		results = new Map(
			checkFacts(ordinaryScenario(seed), { seeds: [1], facts }).map((r) => [r.id, r])
		);
	}, 60_000);

	it.each(structural.map((f) => f.id))('%s', (factId) => {
		const { value, band, pass } = results.get(factId)!;
		expect(pass, `gave ${value}; band ${band.join('–')}`).toBe(true);
	});
});
