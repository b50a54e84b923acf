import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainQuarter } from './causes';
import { split } from './decisions';
import { createGame } from './engine';
import { LEVER_IDS, type LeverId } from './levers';
import { POLICIES, runPolicy } from './policies';
import { parseScenario } from './scenario';

const coffee = parseScenario(
	JSON.parse(
		readFileSync(
			path.resolve(import.meta.dirname, '../../../../content/scenarios/coffee.json'),
			'utf8'
		)
	)
);
const levels = Object.fromEntries(LEVER_IDS.map((l) => [l, 0.5])) as Record<LeverId, number>;

describe('the causes of a quarter', () => {
	const [before, after] = runPolicy(coffee, 'balanced', 1, 2).history;
	const rose = { ...after!, satisfiedShare: before!.satisfiedShare + 0.1 };

	it('credit no lever for a rise in satisfaction when no spending changed', () => {
		const causes = explainQuarter(rose, before, levels);
		expect(causes.map((c) => c.code)).toContain('satisfaction-rose-steady');
		expect(causes.some((c) => c.values.lever !== undefined)).toBe(false);
	});

	it('credit the lever whose spending rose most', () => {
		const spend = { ...rose.decisions.spend };
		spend.complaints += 5000;
		spend.brand += 1000;
		spend.serviceQuality -= 6000;
		const cause = explainQuarter(
			{ ...rose, decisions: { ...rose.decisions, spend } },
			before,
			levels
		).find((c) => c.code === 'satisfaction-rose');
		expect(cause?.values.lever).toBe('complaints');
	});

	it('name the harvest when customer equity falls while profit rises', () => {
		const game = createGame(coffee, 1);
		const balanced = POLICIES.balanced!.decide(coffee, 0);
		for (let q = 0; q < 8; q++) game.step(balanced);
		const harvest = game.step({ ...balanced, spend: split(0, {}) });
		expect(harvest.profit).toBeGreaterThan(game.history[7]!.profit);
		expect(harvest.customerEquity).toBeLessThan(game.history[7]!.customerEquity);
		expect(harvest.causes.map((c) => c.code)).toContain('equity-fell');
	});
});
