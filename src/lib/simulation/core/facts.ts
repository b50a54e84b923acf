/**
 * The course's stylized facts that the model is calibrated to, each measured on a scenario
 * over several seeds and held to a band. calibration.test.ts asserts them on the built-in
 * scenarios and `npm run calibrate` prints them for any scenario file.
 *
 * A structural fact holds for any scenario with parameters inside the schema's documented
 * ranges; a level fact follows the parameters, and `lever` names the one that moves it.
 */
import type { Game } from './engine';
import { reichheldExperiment, runPolicy, type Policy } from './policies';
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

/** Policy runs on one scenario, each played once however many facts read it. */
export class Runs {
	private games = new Map<string, Game>();
	private reichheld = new Map<number, number>();
	constructor(readonly scenario: Scenario) {}

	/** A policy played for `quarters` quarters; `key` names an ad-hoc policy. */
	play(policy: Policy | string, seed: number, quarters: number, key?: string): Game {
		const id = `${key ?? (typeof policy === 'string' ? policy : policy.id)}|${seed}|${quarters}`;
		let game = this.games.get(id);
		if (!game) {
			game = runPolicy(this.scenario, policy, seed, quarters);
			this.games.set(id, game);
		}
		return game;
	}

	reichheldGain(seed: number): number {
		let gain = this.reichheld.get(seed);
		if (gain === undefined) {
			gain = reichheldExperiment(this.scenario, 'balanced', seed).gain;
			this.reichheld.set(seed, gain);
		}
		return gain;
	}
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const last = (game: Game) => game.history[game.history.length - 1]!;

/** The policies that stand for the course's misconceptions about CRM (chapter 2). */
const MISCONCEPTIONS = ['it-only', 'loyalty-only', 'hard-selling'];

export const CALIBRATION_FACTS: Fact[] = [
	{
		id: 'no-crm-loss',
		label: 'Không làm CRM: 40–60% khách ban đầu rời đi sau 20 quý',
		kind: 'level',
		band: [0.4, 0.6],
		lever: 'segments[].churn',
		measure: (runs, seed) => 1 - last(runs.play('no-crm', seed, 20)).startingCohortRemaining
	},
	{
		id: 'break-even',
		label: 'Một khách mới hòa vốn sau 4–8 quý gắn bó',
		kind: 'level',
		band: [4, 8],
		lever: 'grossMargin',
		measure: (runs, seed) => {
			const byTenure = runs.play('balanced', seed, 20).profitByTenure();
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
		measure: (runs, seed) => runs.play('balanced', seed, 20).profitConcentration().top20
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
		measure: (runs, seed) => acquisitionRatio(runs.play('balanced', seed, 20))
	},
	{
		id: 'acquisition-cost-ratio',
		label: 'Có một khách mới tốn gấp 4–8 lần giữ một khách cũ',
		kind: 'level',
		band: [4, 8],
		lever: 'prospectPool',
		measure: (runs, seed) => acquisitionRatio(runs.play('balanced', seed, 20))
	},
	{
		id: 'dissatisfied-churn',
		label: 'Khách thất vọng rời đi nhiều gấp ít nhất 2 lần khách hài lòng',
		kind: 'structural',
		band: [2, Number.POSITIVE_INFINITY],
		lever: 'CHURN_DISAPPOINTED',
		measure: (runs, seed) => {
			const h = runs.play('balanced', seed, 20).history;
			return mean(h.map((r) => r.churnDissatisfied)) / mean(h.map((r) => r.churnSatisfied));
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
			const profit = (policy: string) => last(runs.play(policy, seed, 12)).cumulativeProfit;
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
				mean(runs.play(policy, seed, 12).history.map((r) => r.retentionRate));
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
				const h = runs.play(policy, seed, 12).history;
				return h[0]!.revenue + h[1]!.revenue;
			};
			return early('hard-selling') / early('balanced');
		}
	}
];

function acquisitionRatio(game: Game): number {
	const h = game.history.slice(2);
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
