import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createGame, parseScenario, POLICIES, type Decisions, type Scenario } from './index';
import { playMarketQuarter, SharedMarket } from './market';
import { nextFloat, seedRandom } from './random';
import { split } from './decisions';
import { LEVER_IDS, PHILOSOPHY_IDS } from './levers';

const load = (id: string) =>
	parseScenario(
		JSON.parse(
			readFileSync(
				path.resolve(import.meta.dirname, `../../../../content/scenarios/${id}.json`),
				'utf8'
			)
		)
	);

/** Varied valid decisions from a fixed seed: philosophies, prices, budgets and targets change. */
function randomPlan(s: Scenario, seed: number, quarters: number): Decisions[] {
	const random = seedRandom(seed);
	return Array.from({ length: quarters }, () => {
		const weights = Object.fromEntries(LEVER_IDS.map((l) => [l, nextFloat(random)]));
		const targets = s.segments.filter(() => nextFloat(random) < 0.5).map((seg) => seg.id);
		return {
			philosophy: PHILOSOPHY_IDS[Math.floor(nextFloat(random) * PHILOSOPHY_IDS.length)]!,
			price: 0.7 + 0.8 * nextFloat(random),
			spend: split(s.budget * (0.3 + 0.7 * nextFloat(random)), weights),
			targets
		};
	});
}

function playAlone(s: Scenario, seed: number, plan: Decisions[]) {
	const game = createGame(s, seed);
	return plan.map((d) => game.step(d));
}

function playMarket(s: Scenario, seed: number, plans: Decisions[][]) {
	const market = new SharedMarket(s, plans.length);
	const games = plans.map(() => createGame(s, seed));
	for (let q = 0; q < plans[0]!.length; q++)
		playMarketQuarter(
			market,
			games,
			plans.map((p) => p[q]!)
		);
	return games.map((g) => g.history);
}

describe('a market of one firm is the single-player game', () => {
	it.each([
		['airline', 1],
		['airline', 7],
		['coffee', 2],
		['coffee', 11],
		['bank', 3],
		['bank', 5]
	] as const)('%s, seed %i: the same reports, number for number', (id, seed) => {
		const s = load(id);
		const plan = randomPlan(s, seed * 31, 10);
		const [inMarket] = playMarket(s, seed, [plan]);
		expect(inMarket).toStrictEqual(playAlone(s, seed, plan));
	});

	it('also under a fixed policy over three years', () => {
		const s = load('coffee');
		const plan = Array.from({ length: 12 }, (_, q) => POLICIES.balanced!.decide(s, q));
		expect(playMarket(s, 4, [plan])[0]).toStrictEqual(playAlone(s, 4, plan));
	});
});

describe('a market of rival firms', () => {
	const s = load('coffee');
	const balanced = (price: number) =>
		Array.from({ length: 8 }, (_, q) => ({ ...POLICIES.balanced!.decide(s, q), price }));
	const total = (reports: { acquired: number }[]) => reports.reduce((n, r) => n + r.acquired, 0);

	it('gives equal firms equal results, each also winning some of the customers the other lost', () => {
		const [a, b] = playMarket(s, 3, [balanced(1), balanced(1)]);
		expect(a).toStrictEqual(b);
		const alone = playAlone(s, 3, balanced(1));
		expect(a![0]!.acquired).toBe(alone[0]!.acquired);
		expect(total(a!)).toBeGreaterThan(total(alone));
	});

	it('moves customers to the rival of a firm that raises its price', () => {
		const [calmA, calmB] = playMarket(s, 3, [balanced(1), balanced(1)]);
		const [rivalA, dearB] = playMarket(s, 3, [balanced(1), balanced(1.5)]);
		// The dear firm wins fewer new customers, and its rival more than in a calm market.
		expect(total(dearB!)).toBeLessThan(total(calmB!));
		expect(total(rivalA!)).toBeGreaterThan(total(calmA!));
		expect(rivalA!.at(-1)!.customers).toBeGreaterThan(dearB!.at(-1)!.customers);
		expect(dearB!.at(-1)!.lost).toBeGreaterThan(calmB!.at(-1)!.lost);
	});

	it('lets only the rivals reach the customers a firm lost', () => {
		const market = new SharedMarket(s, 2);
		const d = POLICIES.balanced!.decide(s, 0);
		market.open([d, d]);
		const before = [market.seat(0).prospects(), market.seat(1).prospects()];
		const none = s.segments.map(() => 0);
		market.seat(0).settle(none, [...none.slice(0, -1), 40]);
		market.seat(1).settle(none, none);
		market.close();
		market.open([d, d]);
		const last = s.segments.length - 1;
		const [own, rival] = [market.seat(0).prospects(), market.seat(1).prospects()];
		// The pool regrew alike for both; the rival alone also reaches the 40 who left firm 0.
		expect(rival[last]! - own[last]!).toBeCloseTo(40, 9);
		expect(own[last]).toBeCloseTo(before[0]![last]!, 9);
		expect(market.leaversBySegment[last]).toBe(40);
	});

	it('refuses a quarter with an invalid decision before any firm plays', () => {
		const market = new SharedMarket(s, 2);
		const games = [createGame(s, 1), createGame(s, 1)];
		const good = POLICIES.balanced!.decide(s, 0);
		expect(() => playMarketQuarter(market, games, [good, { ...good, price: 9 }])).toThrow(/price/);
		expect(games.map((g) => g.quarter)).toEqual([0, 0]);
	});
});
