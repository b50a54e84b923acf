import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario, POLICIES } from '$lib/simulation/core';
import { SimComputer } from './compute';

const scenario = parseScenario(
	JSON.parse(
		readFileSync(
			path.resolve(import.meta.dirname, '../../../../content/scenarios/coffee.json'),
			'utf8'
		)
	)
);
const decide = (q: number) => POLICIES.balanced!.decide(scenario, q);
const record = (quarters: number) => ({
	scenario: scenario.id,
	seed: 5,
	decisions: Array.from({ length: quarters }, (_, q) => decide(q))
});

describe('the worker’s computer', () => {
	it('gives the same preview whether or not the rest of the view is asked for', () => {
		const preview = { decisions: { ...decide(3), price: 1.2 }, quarters: 4 };
		const full = new SimComputer().run({ id: 1, scenario, record: record(3), preview });
		const computer = new SimComputer();
		computer.run({ id: 1, scenario, record: record(3) });
		const quick = computer.run({ id: 2, scenario, record: record(3), preview, previewOnly: true });
		expect(quick.history).toEqual([]);
		expect(quick.preview).toEqual(full.preview);
		expect(full.preview).toHaveLength(4);
		// and the cached game is untouched by previews
		const again = computer.run({ id: 3, scenario, record: record(4) });
		expect(again.history).toEqual(
			new SimComputer().run({ id: 4, scenario, record: record(4) }).history
		);
	});
});
