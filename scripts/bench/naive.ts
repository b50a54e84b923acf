/**
 * The benchmark's reference: the engine's model (src/lib/simulation/core/engine.ts) written the
 * straightforward way, with one object per customer, segments looked up by id, and
 * aggregates in keyed objects. It draws the same random numbers in the same order, so a
 * run gives the same customers and the same profit as the engine; the benchmark checks
 * that before it compares speeds. Kept here to measure the engine against; never shipped.
 */
import * as M from '../../src/lib/simulation/core/params';
import { planQuarter } from '../../src/lib/simulation/core/plan';
import { hashUnit, lognormal, nextFloat, seedRandom } from '../../src/lib/simulation/core/random';
import { LEVER_IDS } from '../../src/lib/simulation/core/levers';
import type { Decisions } from '../../src/lib/simulation/core/decisions';
import type { Scenario } from '../../src/lib/simulation/core/scenario';

type Customer = {
	id: number;
	segmentId: string;
	stage: number;
	alive: boolean;
	satisfied: boolean;
	starter: boolean;
	tenure: number;
	expectation: number;
	perceived: number;
	trust: number;
	spendLevel: number;
	cumProfit: number;
};

type SegmentTotals = {
	start: number;
	kept: number;
	satisfied: number;
	sumE: number;
	sumP: number;
	revenue: number;
	profit: number;
};

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const f32 = Math.fround; // the engine keeps customer numbers in 32-bit floats

export function naiveRun(
	scenario: Scenario,
	seed: number,
	decide: () => Decisions,
	quarters: number
) {
	const random = seedRandom(seed);
	const customers: Customer[] = [];
	const segmentIndex = new Map(scenario.segments.map((seg, k) => [seg.id, k]));
	const addCustomer = (k: number, expectation: number, cumProfit: number, stage: number) => {
		const seg = scenario.segments[k]!;
		const e = f32(clamp(expectation, 0, 10));
		customers.push({
			id: customers.length,
			segmentId: seg.id,
			stage,
			alive: true,
			satisfied: false,
			starter: false,
			tenure: 0,
			expectation: e,
			perceived: e,
			trust: f32(0.25),
			spendLevel: f32(lognormal(random, seg.spendSpread)),
			cumProfit: f32(cumProfit)
		});
	};
	scenario.segments.forEach((seg, k) => {
		const n = Math.round(scenario.startingCustomers * seg.share);
		for (let j = 0; j < n; j++) {
			const stage = Math.floor(nextFloat(random) * 5);
			addCustomer(k, seg.expectation, 0, stage);
			const c = customers[customers.length - 1]!;
			c.starter = true;
			c.trust = f32(0.3 + 0.1 * stage);
		}
	});
	let prospects = scenario.segments.map((seg) => scenario.prospectPool * seg.prospectShare);
	const tenureProfit: Record<number, { sum: number; count: number }> = {};
	let customerQuarters = 0;
	let cumulativeProfit = 0;

	for (let q = 0; q < quarters; q++) {
		const d = decide();
		const alive = customers.filter((c) => c.alive);
		const plan = planQuarter(scenario, d, 1);
		const retentionPerHead = plan.retentionSpend / Math.max(1, alive.length);
		const totals: Record<string, SegmentTotals> = {};
		for (const seg of scenario.segments)
			totals[seg.id] = { start: 0, kept: 0, satisfied: 0, sumE: 0, sumP: 0, revenue: 0, profit: 0 };
		const byStage: Record<number, number> = {};
		const gap: Record<number, number> = {};
		let revenue = 0;
		let serveCost = 0;
		let referralDraws = 0;

		for (const c of alive) {
			customerQuarters++;
			const k = segmentIndex.get(c.segmentId)!;
			const t = totals[c.segmentId]!;
			const loyal = c.stage >= M.LOYAL_STAGE;
			const dv = plan.delivered[k]! + (loyal ? plan.loyalDiscount[k]! : 0) + 0.6 * c.trust;
			const trait = (hashUnit(c.id, seed | 0) - 0.5) * M.P_TRAIT;
			const p = clamp(
				M.P_CENTRE + M.P_SLOPE * dv + trait + (nextFloat(random) - 0.5) * M.P_NOISE,
				0,
				10
			);
			const e = c.expectation;
			const satisfied = p >= e;
			t.start++;
			t.sumE += e;
			t.sumP += p;
			const bin = clamp(Math.floor(p - e + 6.5), 0, 12);
			gap[bin] = (gap[bin] ?? 0) + 1;
			c.perceived = f32(p);
			c.expectation = f32(
				clamp(e + M.E_LEARNING * (p - e) + M.E_ANCHOR * (plan.norm[k]! - e) + plan.ePush, 0, 10)
			);
			const trust = c.trust;
			c.trust = f32(clamp(trust + (satisfied ? plan.trustGain : -0.12), 0, 1));
			const hazard =
				plan.churnBase[k]! *
				M.CHURN_BY_STAGE[c.stage]! *
				(1.3 - 0.6 * trust) *
				(satisfied ? M.CHURN_SATISFIED : M.CHURN_DISAPPOINTED) *
				(loyal ? plan.loyaltyChurnCut : 1);
			const fate = nextFloat(random);
			if (fate < hazard) {
				c.alive = false;
				c.satisfied = false;
				continue;
			}
			const move = fate - hazard;
			const stage = c.stage;
			if (satisfied) {
				if (move < (0.3 + 0.25 * trust) * (1 - hazard) && stage < 6) c.stage = stage + 1;
			} else if (move < 0.35 * (1 - hazard) && stage > 0) c.stage = stage - 1;
			c.satisfied = satisfied;
			const spend = c.spendLevel * (M.SPEND_BY_STAGE[stage]! * plan.revenueFactor[k]!);
			const serve = scenario.serveCost * M.SERVE_BY_STAGE[stage]!;
			const profit = spend * scenario.grossMargin - serve - retentionPerHead;
			const cum = c.cumProfit + profit;
			c.cumProfit = f32(cum);
			c.tenure++;
			if (!c.starter) {
				const row = (tenureProfit[c.tenure] ??= { sum: 0, count: 0 });
				row.sum += cum;
				row.count++;
			}
			revenue += spend;
			serveCost += serve;
			t.kept++;
			t.revenue += spend;
			t.profit += profit;
			if (satisfied) t.satisfied++;
			byStage[c.stage] = (byStage[c.stage] ?? 0) + 1;
			if (c.stage === 6 && p - e >= 2) referralDraws++;
		}

		let referrals = 0;
		for (let r = 0; r < referralDraws; r++) if (nextFloat(random) < M.REFERRAL_RATE) referrals++;
		const targetedPool = prospects.reduce((sum, p, k) => (plan.targeted[k] ? sum + p : sum), 0);
		const acquisitionLevel =
			1 - Math.exp(-d.spend.acquisition / Math.max(1, targetedPool) / scenario.leverScale);
		const newBySegment = prospects.map((pool, k) => {
			if (!plan.targeted[k]) return 0;
			const attraction = clamp(0.6 + 0.2 * plan.delivered[k]!, 0.2, 1.6);
			const boost = plan.philosophy === 'selling' ? 1.4 : 1;
			const expected = pool * M.MAX_CONVERSION * acquisitionLevel * attraction * boost;
			return Math.min(pool, Math.floor(expected + nextFloat(random)));
		});
		const acquired = newBySegment.reduce((x, y) => x + y, 0) + referrals;
		const acquisitionCost = acquired ? d.spend.acquisition / acquired : 0;
		for (let r = 0; r < referrals; r++) newBySegment[r % newBySegment.length]!++;
		const promise =
			M.E_PUSH_ADVERTISING * acquisitionLevel + (plan.philosophy === 'selling' ? 1 : 0);
		prospects = prospects.map((pool, k) => {
			const seg = scenario.segments[k]!;
			for (let j = 0; j < newBySegment[k]!; j++)
				addCustomer(k, seg.expectation + promise, -acquisitionCost, 0);
			const start = scenario.prospectPool * seg.prospectShare;
			return Math.max(0, pool - newBySegment[k]!) + (start - pool) * M.POOL_REGROWTH;
		});
		const leverCost = LEVER_IDS.reduce((sum, l) => sum + d.spend[l], 0);
		cumulativeProfit += revenue * scenario.grossMargin - serveCost - leverCost - scenario.fixedCost;
	}
	return {
		customerQuarters,
		customers: customers.filter((c) => c.alive).length,
		rows: customers.length,
		cumulativeProfit
	};
}
