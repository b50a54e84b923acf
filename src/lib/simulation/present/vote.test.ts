import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDecisions, LEVER_IDS, parseScenario, POLICIES } from '$lib/simulation/core';
import { applyMove, MOVES, tally, winner } from './vote';

const scenario = parseScenario(
	JSON.parse(
		readFileSync(
			path.resolve(import.meta.dirname, '../../../../content/scenarios/coffee.json'),
			'utf8'
		)
	)
);
const draft = POLICIES.balanced!.decide(scenario, 0);

describe('the class vote', () => {
	it.each([
		[[3, 7, 2], 1],
		[[0, 0], null],
		[[5, 5, 1], null],
		[[0, 4], 1]
	])('hands %j elect option %s', (counts, expected) => {
		expect(winner(counts)).toBe(expected);
	});

	it('turns every move into valid decisions that keep the budget', () => {
		for (const { move } of MOVES) {
			const next = applyMove(draft, move, scenario);
			expect(checkDecisions(scenario, next)).toEqual([]);
			const total = LEVER_IDS.reduce((s, l) => s + next.spend[l], 0);
			expect(total).toBeLessThanOrEqual(scenario.budget);
		}
	});

	it('moves a fifth of the budget into the chosen lever', () => {
		const next = applyMove(draft, { kind: 'focus', lever: 'serviceQuality' }, scenario);
		const gained = next.spend.serviceQuality - draft.spend.serviceQuality;
		expect(gained).toBeGreaterThan(scenario.budget * 0.19);
		expect(gained).toBeLessThanOrEqual(scenario.budget * 0.2);
		expect(applyMove(draft, { kind: 'philosophy', id: 'selling' }, scenario).philosophy).toBe(
			'selling'
		);
		expect(applyMove({ ...draft, price: 1.45 }, { kind: 'price', by: 0.1 }, scenario).price).toBe(
			1.5
		);
	});

	it.each([
		[['3', '7'], 'Phương án thắng: “Theo triết lý bán hàng” với 7 phiếu.'],
		[['4', '4'], 'Hòa phiếu'],
		[['', ' '], 'Chưa có phiếu nào.'],
		[['2', '-1'], 'Số phiếu phải là số nguyên không âm.'],
		[['1.5', '0'], 'Số phiếu phải là số nguyên không âm.']
	])('tallies hands %j', (hands, message) => {
		const keys = ['triet-ly-marketing', 'triet-ly-selling'];
		const result = tally(hands.map((h, i) => ({ key: keys[i]!, hands: h })));
		expect(result.message).toContain(message);
		expect(result.move === null).toBe(!message.startsWith('Phương án thắng'));
	});
});
