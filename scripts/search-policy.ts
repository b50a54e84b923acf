/**
 * npm run search:policy [-- <scenario id|file.json> …] [--budget <evaluations>]
 * Searches for the policy with the highest firm value, as a strong student would try: random
 * search over the philosophy, the price, the share of the budget spent and its split over
 * the eight levers, then coordinate ascent from the best found. A policy decides every
 * quarter the same way. Firm value is the mean over seeds 1–2 at the end of the game; the
 * winner is then played on seeds 11–13 next to `balanced` and `customer-centric`, and judged
 * customer-centric or not. Not part of npm test (about a minute per scenario).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
	LEVER_IDS,
	parseScenario,
	PHILOSOPHY_IDS,
	POLICIES,
	PRICE_MAX,
	PRICE_MIN,
	runPolicy,
	split,
	type LeverId,
	type PhilosophyId,
	type Policy,
	type Scenario
} from '../src/lib/simulation/core/index';
import { nextFloat, seedRandom } from '../src/lib/simulation/core/random';

type Candidate = {
	philosophy: PhilosophyId;
	price: number;
	/** Share of the budget spent, 0–1. */
	spent: number;
	/** Weights of the levers (the split is weight ÷ total). */
	weights: Record<LeverId, number>;
};

const SEARCH_SEEDS = [1, 2];
const CHECK_SEEDS = [11, 12, 13];

function policyOf(c: Candidate, id = 'searched'): Policy {
	return {
		id,
		decide: (scenario) => ({
			philosophy: c.philosophy,
			price: c.price,
			spend: split(scenario.budget * c.spent, c.weights),
			targets: []
		})
	};
}

function firmValue(scenario: Scenario, policy: Policy | string, seeds: number[]): number {
	let sum = 0;
	for (const seed of seeds)
		sum += runPolicy(scenario, policy, seed, scenario.quarters).history.at(-1)!.firmValue;
	return sum / seeds.length;
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const round = (x: number, step: number) => Math.round(x / step) * step;

function randomCandidate(random: Int32Array): Candidate {
	const pick = <T>(xs: readonly T[]) => xs[Math.floor(nextFloat(random) * xs.length)]!;
	const weights = Object.fromEntries(
		LEVER_IDS.map((l) => [l, nextFloat(random) < 0.3 ? 0 : nextFloat(random)])
	) as Record<LeverId, number>;
	return {
		philosophy: pick(PHILOSOPHY_IDS),
		price: round(PRICE_MIN + (PRICE_MAX - PRICE_MIN) * nextFloat(random), 0.05),
		spent: round(nextFloat(random), 0.05),
		weights
	};
}

/** Every candidate one step away along one coordinate. */
function neighbours(c: Candidate, step: number): Candidate[] {
	const out: Candidate[] = [];
	for (const philosophy of PHILOSOPHY_IDS)
		if (philosophy !== c.philosophy) out.push({ ...c, philosophy });
	for (const d of [-1, 1]) {
		out.push({ ...c, price: clamp(round(c.price + d * 0.1 * step, 0.01), PRICE_MIN, PRICE_MAX) });
		out.push({ ...c, spent: clamp(round(c.spent + d * 0.1 * step, 0.01), 0, 1) });
		const total = LEVER_IDS.reduce((s, l) => s + c.weights[l], 0) || 1;
		for (const l of LEVER_IDS) {
			const w = clamp(c.weights[l] + d * 0.1 * step * total, 0, Number.POSITIVE_INFINITY);
			out.push({ ...c, weights: { ...c.weights, [l]: w } });
		}
	}
	return out;
}

/** Customer-centric: a customer-centred philosophy, most of the budget spent, and the
 * money on what customers experience (service, people, personalization, complaints) rather
 * than on technology or loyalty rewards alone. */
function judge(c: Candidate) {
	const total = LEVER_IDS.reduce((s, l) => s + c.weights[l], 0) || 1;
	const share = (l: LeverId) => c.weights[l] / total;
	const experience =
		share('serviceQuality') +
		share('staffTraining') +
		share('personalization') +
		share('complaints');
	const centred = c.philosophy === 'marketing' || c.philosophy === 'societal';
	return {
		customerCentric: centred && c.spent >= 0.7 && experience >= 0.35,
		experience
	};
}

function describe(c: Candidate): string {
	const total = LEVER_IDS.reduce((s, l) => s + c.weights[l], 0) || 1;
	const split = LEVER_IDS.map((l) => [l, c.weights[l] / total] as const)
		.filter(([, x]) => x >= 0.005)
		.sort((a, b) => b[1] - a[1])
		.map(([l, x]) => `${l} ${(x * 100).toFixed(0)}%`)
		.join(', ');
	return `${c.philosophy}, price ${c.price.toFixed(2)}, ${(c.spent * 100).toFixed(0)}% of the budget spent: ${split}`;
}

function search(scenario: Scenario, evaluations: number) {
	const random = seedRandom(2026);
	const cache = new Map<string, number>();
	const value = (c: Candidate) => {
		const key = JSON.stringify(c);
		let v = cache.get(key);
		if (v === undefined) {
			v = firmValue(scenario, policyOf(c), SEARCH_SEEDS);
			cache.set(key, v);
		}
		return v;
	};
	// Start from the built-in policies' own decisions, then random ones.
	let best: Candidate = {
		philosophy: 'marketing',
		price: 1,
		spent: 1,
		weights: POLICIES.balanced!.decide(scenario, 0).spend
	};
	let bestValue = value(best);
	const randomShare = Math.floor(evaluations * 0.6);
	for (let i = 0; i < randomShare; i++) {
		const c = randomCandidate(random);
		const v = value(c);
		if (v > bestValue) [best, bestValue] = [c, v];
	}
	// Coordinate ascent: take any better neighbour; halve the step when none is better.
	let step = 1;
	while (cache.size < evaluations && step >= 0.125) {
		let improved = false;
		for (const n of neighbours(best, step)) {
			if (cache.size >= evaluations) break;
			const v = value(n);
			if (v > bestValue) {
				[best, bestValue] = [n, v];
				improved = true;
			}
		}
		if (!improved) step /= 2;
	}
	return { best, bestValue, evaluated: cache.size };
}

const args = process.argv.slice(2);
let evaluations = 400;
const refs: string[] = [];
for (let i = 0; i < args.length; i++) {
	if (args[i] === '--budget') evaluations = Number(args[++i]);
	else refs.push(args[i]!);
}
const scenarios = (refs.length ? refs : ['coffee', 'airline', 'bank']).map((ref) => {
	const file = ref.endsWith('.json') ? ref : path.join('content', 'scenarios', `${ref}.json`);
	return parseScenario(JSON.parse(readFileSync(file, 'utf8')));
});

const million = (x: number) => `${(x / 1e6).toFixed(2)} tỷ đồng`;
for (const scenario of scenarios) {
	const started = performance.now();
	const { best, bestValue, evaluated } = search(scenario, evaluations);
	const searched = firmValue(scenario, policyOf(best), CHECK_SEEDS);
	const balanced = firmValue(scenario, 'balanced', CHECK_SEEDS);
	const centric = POLICIES['customer-centric']
		? firmValue(scenario, 'customer-centric', CHECK_SEEDS)
		: Number.NaN;
	const verdict = judge(best);
	console.log(`\n${scenario.name} (${scenario.id}), ${scenario.quarters} quarters`);
	console.log(`  best found: ${describe(best)}`);
	console.log(
		`  firm value, seeds ${CHECK_SEEDS.join(', ')}: searched ${million(searched)}, balanced ${million(balanced)} (${((searched / balanced - 1) * 100).toFixed(1)}%), customer-centric ${million(centric)}`
	);
	console.log(
		`  customer-centric: ${verdict.customerCentric ? 'yes' : 'NO'} (${(verdict.experience * 100).toFixed(0)}% on service, people, personalization and complaints); ${evaluated} policies in ${((performance.now() - started) / 1000).toFixed(0)} s, search value ${million(bestValue)}`
	);
}
