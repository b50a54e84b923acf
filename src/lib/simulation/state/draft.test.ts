import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '$lib/simulation/core';
import { DecisionDraft } from './draft.svelte';

const coffee = parseScenario(
	JSON.parse(
		readFileSync(
			path.resolve(import.meta.dirname, '../../../../content/scenarios/coffee.json'),
			'utf8'
		)
	)
);

describe('DecisionDraft', () => {
	it('lets a lever move up from the start, and says so when the budget stops it', () => {
		let edits = 0;
		const draft = new DecisionDraft(coffee, () => edits++);
		const left = draft.remaining;
		expect(left).toBeGreaterThan(0);
		const service = draft.current.spend.serviceQuality;
		draft.nudge('serviceQuality', 1);
		expect(draft.current.spend.serviceQuality).toBe(service + draft.step);
		expect(draft.blocked).toBeNull();

		draft.setSpend('acquisition', coffee.budget);
		expect(draft.remaining).toBe(0);
		expect(draft.blocked).toBe('acquisition');
		draft.nudge('brand', 1);
		expect(draft.blocked).toBe('brand');
		draft.nudge('acquisition', -1);
		expect(draft.blocked).toBeNull();
		expect(draft.remaining).toBe(draft.step);
		expect(edits).toBe(4);
	});

	it('goes back to the starting decisions', () => {
		const draft = new DecisionDraft(coffee, () => {});
		const start = structuredClone(draft.current);
		draft.setSpend('loyalty', 0);
		draft.setPhilosophy('selling');
		draft.reset();
		expect(draft.current).toEqual(start);
	});
});
