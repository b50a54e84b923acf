/**
 * The course's stylized facts that the model is calibrated to, each measured on a scenario
 * over several seeds and held to a band. calibration.test.ts asserts them on the built-in
 * scenarios and `npm run calibrate` prints them for any scenario file.
 *
 * A structural fact holds for any scenario with parameters inside the schema's documented
 * ranges; a level fact follows the parameters, and `lever` names the one that moves it.
 */
import { createGameFrom, type Game, type QuarterReport } from './engine';
import { split, type Decisions } from './decisions';
import type { PhilosophyId } from './levers';
import { POLICIES, reichheldExperiment, runPolicy, type Policy } from './policies';
import type { Scenario } from './scenario';

export type FactKind = 'structural' | 'level';

export type FactResult = {
	id: string;
	/** What the fact says, in Vietnamese. */
	label: string;
	kind: FactKind;
	/** The mean over the seeds of what was measured. */
	value: number;
	/** Each seed's measure, in the order of the seeds. */
	values: number[];
	band: [min: number, max: number];
	/** Every seed's measure lies in the band. */
	pass: boolean;
	/** The parameter that moves it (a path in the scenario file, or a params.ts name). */
	lever: string;
};

export type Fact = Omit<FactResult, 'value' | 'values' | 'pass'> & {
	measure: (runs: Runs, seed: number) => number;
};

/** The five years of the course's retention facts, in quarters. */
const LONGEST = 20;

/** Policy runs on one scenario, each played once however many facts read it. */
export class Runs {
	private games = new Map<string, Game>();
	private reichheld = new Map<number, number>();
	constructor(readonly scenario: Scenario) {}

	/**
	 * A policy's run, played once and lengthened when a fact needs more quarters (a policy
	 * decides each quarter alone, so the first quarters of a longer run are the shorter run).
	 */
	play(policy: Policy | string, seed: number, quarters = LONGEST): Game {
		const chosen = typeof policy === 'string' ? POLICIES[policy]! : policy;
		const id = `${chosen.id}|${seed}`;
		let game = this.games.get(id);
		if (!game) {
			game = runPolicy(this.scenario, chosen, seed, quarters);
			this.games.set(id, game);
		}
		while (game.quarter < quarters) game.step(chosen.decide(this.scenario, game.quarter));
		return game;
	}

	/** The report of quarter `quarter` (1-based) of a policy's run. */
	at(policy: Policy | string, seed: number, quarter: number): QuarterReport {
		return this.play(policy, seed, quarter).history[quarter - 1]!;
	}

	reichheldGain(seed: number): number {
		let gain = this.reichheld.get(seed);
		if (gain === undefined) {
			gain = reichheldExperiment(
				this.scenario,
				'balanced',
				seed,
				this.play('balanced', seed, LONGEST)
			).gain;
			this.reichheld.set(seed, gain);
		}
		return gain;
	}
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

/** The policies that stand for the course's misconceptions about CRM (chapter 2). */
const MISCONCEPTIONS = ['it-only', 'loyalty-only', 'hard-selling'];

export const CALIBRATION_FACTS: Fact[] = [
	{
		id: 'no-crm-loss',
		label: 'Không làm CRM: 40–60% khách ban đầu rời đi sau 20 quý',
		kind: 'level',
		band: [0.4, 0.6],
		lever: 'segments[].churn',
		measure: (runs, seed) => 1 - runs.at('no-crm', seed, 20).startingCohortRemaining
	},
	{
		id: 'break-even',
		label: 'Một khách mới hòa vốn sau 4–8 quý gắn bó',
		kind: 'level',
		band: [4, 8],
		lever: 'grossMargin',
		measure: (runs, seed) => {
			const byTenure = runs.play('balanced', seed, LONGEST).profitByTenure();
			const quarter = byTenure.findIndex((p, t) => t > 0 && p > 0);
			return quarter > 0 ? quarter : Number.POSITIVE_INFINITY;
		}
	},
	{
		id: 'top-20-profit',
		label: '20% khách tốt nhất mang lại ít nhất 60% lợi nhuận',
		kind: 'structural',
		// Above 1 when the rest of the customers lose money, together.
		band: [0.6, Number.POSITIVE_INFINITY],
		lever: 'segments[].spendSpread',
		measure: (runs, seed) => runs.play('balanced', seed, LONGEST).profitConcentration().top20
	},
	{
		id: 'retention-raises-profit',
		label: 'Giữ chân thêm 5 điểm % mỗi năm làm tăng lợi nhuận 5 năm',
		kind: 'structural',
		band: [0, Number.POSITIVE_INFINITY],
		lever: 'grossMargin',
		measure: (runs, seed) => runs.reichheldGain(seed)
	},
	{
		id: 'reichheld-gain',
		label: 'Giữ chân thêm 5 điểm % mỗi năm: lợi nhuận 5 năm tăng 25–95%',
		kind: 'level',
		band: [0.25, 0.95],
		lever: 'fixedCost',
		measure: (runs, seed) => runs.reichheldGain(seed)
	},
	{
		id: 'acquisition-dearer',
		label: 'Có một khách mới tốn hơn giữ một khách cũ',
		kind: 'structural',
		band: [1, Number.POSITIVE_INFINITY],
		lever: 'prospectPool',
		measure: (runs, seed) => acquisitionRatio(runs.play('balanced', seed).history.slice(0, 20))
	},
	{
		id: 'acquisition-cost-ratio',
		label: 'Có một khách mới tốn gấp 4–8 lần giữ một khách cũ',
		kind: 'level',
		band: [4, 8],
		lever: 'prospectPool',
		measure: (runs, seed) => acquisitionRatio(runs.play('balanced', seed).history.slice(0, 20))
	},
	{
		id: 'dissatisfied-churn',
		label: 'Khách thất vọng rời đi nhiều gấp ít nhất 2 lần khách hài lòng',
		kind: 'structural',
		band: [2, Number.POSITIVE_INFINITY],
		lever: 'CHURN_DISAPPOINTED',
		measure: (runs, seed) => {
			// Pooled over the quarters: every disappointed (satisfied) customer-quarter counts once.
			let lostDisappointed = 0,
				disappointed = 0,
				lostSatisfied = 0,
				satisfied = 0;
			for (const r of runs.play('balanced', seed).history.slice(0, 20)) {
				const played = r.customers - r.acquired + r.lost;
				const sat = r.satisfiedShare * played;
				satisfied += sat;
				lostSatisfied += r.churnSatisfied * sat;
				disappointed += played - sat;
				lostDisappointed += r.churnDissatisfied * (played - sat);
			}
			return lostDisappointed / disappointed / (lostSatisfied / satisfied);
		}
	},
	{
		id: 'balanced-beats-misconceptions-profit',
		label:
			'Sau 12 quý, CRM cân bằng lãi hơn chỉ đầu tư công nghệ, chỉ thẻ thành viên và bán hàng ép buộc (nghìn đồng)',
		kind: 'structural',
		band: [0, Number.POSITIVE_INFINITY],
		lever: 'budget',
		measure: (runs, seed) => {
			const profit = (policy: string) => runs.at(policy, seed, 12).cumulativeProfit;
			return Math.min(...MISCONCEPTIONS.map((rival) => profit('balanced') - profit(rival)));
		}
	},
	{
		id: 'balanced-beats-misconceptions-retention',
		label: 'Sau 12 quý, CRM cân bằng giữ chân tốt hơn ba ngộ nhận đó (điểm %)',
		kind: 'structural',
		band: [0, Number.POSITIVE_INFINITY],
		lever: 'segments[].churn',
		measure: (runs, seed) => {
			const retention = (policy: string) =>
				mean(
					runs
						.play(policy, seed, 12)
						.history.slice(0, 12)
						.map((r) => r.retentionRate)
				);
			return Math.min(...MISCONCEPTIONS.map((rival) => retention('balanced') - retention(rival)));
		}
	},
	{
		id: 'hard-selling-leads-early',
		label: 'Bán hàng ép buộc có doanh thu hai quý đầu cao hơn CRM cân bằng (lần)',
		kind: 'structural',
		band: [1, Number.POSITIVE_INFINITY],
		lever: 'SELLING_PUSH',
		measure: (runs, seed) => {
			const early = (policy: string) => {
				const h = runs.play(policy, seed, 2).history;
				return h[0]!.revenue + h[1]!.revenue;
			};
			return early('hard-selling') / early('balanced');
		}
	},
	{
		id: 'price-optimum-interior',
		label: 'Với CRM cân bằng, giá trị doanh nghiệp cao nhất ở mức giá 0,85–1,3',
		kind: 'structural',
		band: [0.85, 1.3],
		lever: 'DEMAND_PRICE',
		measure: (runs, seed) => {
			const quarter = runs.scenario.quarters;
			const values = PRICE_GRID.map(
				(price) => runs.at(withLevers(runs.scenario, 'marketing', price), seed, quarter).firmValue
			);
			return peakOf(PRICE_GRID, values);
		}
	},
	...([12, 20] as const).map((quarters): Fact => ({
		id: `customer-centric-philosophy-${quarters}`,
		label: `Sau ${quarters} quý, cùng các khoản chi, marketing và marketing đạo đức xã hội có giá trị doanh nghiệp cao hơn bán hàng, sản xuất và sản phẩm (nghìn đồng)`,
		kind: 'structural',
		band: [0, Number.POSITIVE_INFINITY],
		lever: 'CUSTOMER_CENTRIC_BOOST',
		measure: (runs, seed) => {
			const value = (philosophy: PhilosophyId) =>
				runs.at(withLevers(runs.scenario, philosophy), seed, quarters).firmValue;
			const centred = Math.min(value('marketing'), value('societal'));
			return centred - Math.max(value('selling'), value('production'), value('product'));
		}
	})),
	{
		id: 'harvest-loses',
		label:
			'Vắt kiệt khách cuối ván (bán ép hoặc cắt chi 2–5 quý cuối) làm giảm giá trị doanh nghiệp (nghìn đồng)',
		kind: 'structural',
		band: [0, Number.POSITIVE_INFINITY],
		lever: 'CHURN_DISAPPOINTED',
		measure: (runs, seed) => {
			const quarters = runs.scenario.quarters;
			const stay = runs.at('balanced', seed, quarters).firmValue;
			return stay - Math.max(...harvests(runs.scenario, seed, quarters));
		}
	},
	{
		id: 'balanced-grows-value',
		label: 'CRM cân bằng: giá trị doanh nghiệp sau 12 quý ít nhất gấp 1,5 lần sau quý đầu (lần)',
		kind: 'level',
		band: [1.5, Number.POSITIVE_INFINITY],
		lever: 'budget',
		measure: (runs, seed) =>
			runs.at('balanced', seed, 12).firmValue / runs.at('balanced', seed, 1).firmValue
	}
];

/** Prices the interior-optimum fact plays (the whole range a learner may choose). */
const PRICE_GRID = [0.7, 0.85, 1, 1.15, 1.3, 1.5];

/** The balanced programme's levers with another philosophy or price. */
function withLevers(scenario: Scenario, philosophy: PhilosophyId, price = 1): Policy {
	const balanced = POLICIES.balanced!.decide(scenario, 0);
	const id =
		philosophy === 'marketing' && price === 1 ? 'balanced' : `levers-${philosophy}-${price}`;
	return { id, decide: () => ({ ...balanced, philosophy, price }) };
}

/**
 * Where a curve through the points peaks: the vertex of the parabola through the highest
 * point and its two neighbours (the highest point itself when it is at an end).
 */
export function peakOf(xs: number[], ys: number[]): number {
	const i = ys.indexOf(Math.max(...ys));
	if (i === 0 || i === xs.length - 1) return xs[i]!;
	const [x0, x1, x2] = [xs[i - 1]!, xs[i]!, xs[i + 1]!];
	const [y0, y1, y2] = [ys[i - 1]!, ys[i]!, ys[i + 1]!];
	// Lagrange's parabola through the three points, written as its vertex.
	const d1 = (y1 - y0) / (x1 - x0);
	const d2 = (y2 - y1) / (x2 - x1);
	const curvature = (d2 - d1) / (x2 - x0);
	return (x0 + x1) / 2 - d1 / (2 * curvature);
}

/**
 * Firm value at the end of the game after playing balanced and then, for the last 2–5
 * quarters, harvesting the base: hard selling, selling with the same levers, or no spend.
 */
function harvests(scenario: Scenario, seed: number, quarters: number): number[] {
	const balanced = POLICIES.balanced!.decide(scenario, 0);
	const ways: ((q: number) => Decisions)[] = [
		(q) => POLICIES['hard-selling']!.decide(scenario, q),
		() => ({ ...balanced, philosophy: 'selling' }),
		() => ({ ...balanced, spend: split(0, {}) })
	];
	const game = runPolicy(scenario, 'balanced', seed, quarters - 5);
	const values: number[] = [];
	for (let k = 5; k >= 2; k--) {
		const from = game.snapshot();
		for (const way of ways) {
			const branch = createGameFrom(from);
			for (let q = quarters - k; q < quarters; q++) branch.step(way(q));
			values.push(branch.history[quarters - 1]!.firmValue);
		}
		game.step(balanced);
	}
	return values;
}

function acquisitionRatio(history: QuarterReport[]): number {
	const h = history.slice(2);
	return mean(h.map((r) => r.acquisitionCostPerNewCustomer! / r.retentionCostPerKeptCustomer!));
}

const inBand = (x: number, [min, max]: [number, number]) => x >= min && x <= max;

/** Measures every fact (or those named) on `scenario`, over the seeds (1, 2, 3 unless told). */
export function checkFacts(
	scenario: Scenario,
	options: { seeds?: number[]; facts?: string[]; runs?: Runs } = {}
): FactResult[] {
	const seeds = options.seeds ?? [1, 2, 3];
	const runs = options.runs ?? new Runs(scenario);
	const chosen = options.facts
		? CALIBRATION_FACTS.filter((f) => options.facts!.includes(f.id))
		: CALIBRATION_FACTS;
	return chosen.map(({ measure, ...fact }) => {
		const values = seeds.map((seed) => measure(runs, seed));
		return {
			...fact,
			band: [...fact.band],
			value: mean(values),
			values,
			pass: values.every((x) => inBand(x, fact.band))
		};
	});
}
