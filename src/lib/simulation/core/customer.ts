/**
 * The model written out one customer at a time: the readable twin of the fast engine
 * (loop.ts and engine.ts), to read next to docs/model.md. It shares the quarter's plan
 * (plan.ts), the parameters (params.ts) and the random numbers (random.ts), and draws them in
 * the same order as the engine, so both give the same quarter reports to the last digit
 * (customer.test.ts checks it; `npm run bench` times the two).
 *
 * The engine keeps a customer's E, P, trust, spend level and cumulative profit in 32-bit
 * floats; `f32` rounds them the same way here, and nothing else in this file is about speed.
 */
import type { Decisions } from './decisions';
import { LEVER_IDS } from './levers';
import * as M from './params';
import { customerValue, equityPlan, firstYearLeft } from './equity';
import { level, planQuarter, spendFactor, startingStage, type QuarterPlan } from './plan';
import { hashUnit, lognormal, nextFloat, seedRandom, type RandomState } from './random';
import { lifetimeValue, type QuarterReport } from './report';
import type { Scenario } from './scenario';

/** A quarter report without its causes (explanations drawn from the report afterwards). */
export type ReferenceReport = Omit<QuarterReport, 'causes'>;

type Customer = {
	segment: number;
	stage: number;
	alive: boolean;
	starter: boolean;
	tenure: number;
	expectation: number;
	trust: number;
	spendLevel: number;
	cumProfit: number;
	/** Whether the customer's last quarter satisfied them (P ≥ E). */
	satisfied: boolean;
	/** Fixed taste, uniform in [0, 1) from the customer's row and the seed: some like the offer more. */
	taste: number;
};

/** What one customer did in one quarter. */
type CustomerQuarter = {
	P: number;
	E: number;
	satisfied: boolean;
	left: boolean;
	spend: number;
	serve: number;
	profit: number;
};

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const f32 = Math.fround;
const average = (sum: number, n: number) => (n ? sum / n : 0);

/** One quarter of one customer who is alive as the quarter begins (docs/model.md, §1–§6). */
function playCustomerQuarter(
	c: Customer,
	plan: QuarterPlan,
	scenario: Scenario,
	retentionPerHead: number,
	random: RandomState
): CustomerQuarter {
	const k = c.segment;
	const stage = c.stage;
	const trust = c.trust;
	const loyal = stage >= M.LOYAL_STAGE;

	// §1 Perceived performance: delivered value, the relationship's own value, taste and luck.
	const loyaltyValue = loyal ? plan.loyalDiscount[k]! : 0;
	const value = plan.delivered[k]! + loyaltyValue + M.TRUST_VALUE * trust;
	const luck = nextFloat(random) - 0.5;
	const taste = (c.taste - 0.5) * M.P_TRAIT;
	const P = clamp(M.P_CENTRE + M.P_SLOPE * value + taste + luck * M.P_NOISE, 0, M.SCALE_MAX);

	// §2 Satisfaction, then the expectation for next quarter: experience, the market, promises.
	const E = c.expectation;
	const satisfied = P >= E;
	c.satisfied = satisfied;
	const nextE = E + M.E_LEARNING * (P - E) + M.E_ANCHOR * (plan.norm[k]! - E) + plan.ePush;
	c.expectation = f32(clamp(nextE, 0, M.SCALE_MAX));

	// §3 Trust grows in a satisfied quarter and falls in a disappointed one.
	c.trust = f32(clamp(trust + (satisfied ? plan.trustGain : -M.TRUST_LOSS), 0, 1));

	// §4 Churn: one draw decides whether the customer leaves.
	const hazard =
		plan.churnBase[k]! *
		M.CHURN_BY_STAGE[stage]! *
		(M.CHURN_TRUST_BASE - M.CHURN_TRUST_CUT * trust) *
		(satisfied ? M.CHURN_SATISFIED : M.CHURN_DISAPPOINTED) *
		(loyal ? plan.loyaltyChurnCut : 1) *
		(!c.starter && c.tenure < M.FIRST_YEAR_QUARTERS ? M.CHURN_FIRST_YEAR : 1);
	const fate = nextFloat(random);
	if (fate < hazard) {
		c.alive = false;
		return { P, E, satisfied, left: true, spend: 0, serve: 0, profit: 0 };
	}

	// §5 Stage movement, from the same draw: among those who stay, (fate − hazard) ÷ (1 − hazard)
	// is a fresh uniform number.
	const move = fate - hazard;
	const stay = 1 - hazard;
	if (satisfied && move < (M.STAGE_UP_BASE + M.STAGE_UP_TRUST * trust) * stay) {
		c.stage = Math.min(stage + 1, M.STAGE_COUNT - 1);
	} else if (!satisfied && move < M.STAGE_DOWN * stay) {
		c.stage = Math.max(stage - 1, 0);
	}

	// §6 This quarter's purchases and profit follow the stage the quarter began in.
	const spend = c.spendLevel * spendFactor(stage, plan.revenueFactor[k]!);
	const serve = scenario.serveCost * M.SERVE_BY_STAGE[stage]!;
	const profit = spend * scenario.grossMargin - serve - retentionPerHead;
	return { P, E, satisfied, left: false, spend, serve, profit };
}

/**
 * Plays `quarters` quarters of `scenario` with the decisions `decide` gives for each, the
 * same game as `createGame(scenario, seed, options)` stepped with the same decisions (which
 * are assumed valid). Returns every quarter's report and the average cumulative profit of
 * acquired customers by tenure (the engine's profitByTenure).
 */
export function playReference(
	scenario: Scenario,
	seed: number,
	decide: (quarter: number) => Decisions,
	quarters: number,
	options: { churnScale?: number } = {}
): { reports: ReferenceReport[]; profitByTenure: number[] } {
	const random = seedRandom(seed);
	const customers: Customer[] = [];
	const segments = scenario.segments;

	function addCustomer(
		k: number,
		expectation: number,
		cumProfit: number,
		stage = 0,
		starter = false
	) {
		customers.push({
			segment: k,
			stage,
			alive: true,
			starter,
			tenure: 0,
			expectation: f32(clamp(expectation, 0, M.SCALE_MAX)),
			trust: f32(starter ? M.TRUST_START + M.TRUST_START_PER_STAGE * stage : M.TRUST_NEW),
			spendLevel: f32(lognormal(random, segments[k]!.spendSpread)),
			cumProfit: f32(cumProfit),
			satisfied: false,
			taste: hashUnit(customers.length, seed | 0)
		});
	}

	// The starting customers, segment by segment, more of them long-standing than new.
	segments.forEach((seg, k) => {
		const n = Math.round(scenario.startingCustomers * seg.share);
		for (let j = 0; j < n; j++) {
			const stage = startingStage(nextFloat(random));
			addCustomer(k, seg.expectation, 0, stage, true);
		}
	});

	let prospects = segments.map((seg) => scenario.prospectPool * seg.prospectShare);
	let cumulativeProfit = 0;
	const tenureSum: number[] = [0];
	const tenureCount: number[] = [0];
	const reports: ReferenceReport[] = [];

	for (let q = 0; q < quarters; q++) {
		const d: Decisions = structuredClone(decide(q));
		const plan = planQuarter(scenario, d, options.churnScale ?? 1);
		const aliveAtStart = customers.filter((c) => c.alive);
		const retentionPerHead = plan.retentionSpend / Math.max(1, aliveAtStart.length);
		const bySegment = segments.map(() => ({
			start: 0,
			kept: 0,
			satisfied: 0,
			sumE: 0,
			sumP: 0,
			revenue: 0,
			profit: 0
		}));
		const byStage: number[] = Array(M.STAGE_COUNT).fill(0);
		const gapHistogram: number[] = Array(M.GAP_BINS).fill(0);
		let satisfied = 0;
		let lostSatisfied = 0;
		let lostDissatisfied = 0;
		let revenue = 0;
		let serveCost = 0;
		let referralDraws = 0;
		tenureSum[q + 1] = 0;
		tenureCount[q + 1] = 0;

		for (const c of aliveAtStart) {
			const r = playCustomerQuarter(c, plan, scenario, retentionPerHead, random);
			const seg = bySegment[c.segment]!;
			seg.start++;
			seg.sumE += r.E;
			seg.sumP += r.P;
			// P − E rounded to the nearest point, the middle bin holding P = E.
			gapHistogram[clamp(Math.floor(r.P - r.E + M.GAP_BINS / 2), 0, M.GAP_BINS - 1)]!++;
			if (r.satisfied) satisfied++;
			if (r.left) {
				if (r.satisfied) lostSatisfied++;
				else lostDissatisfied++;
				continue;
			}
			const cumProfit = c.cumProfit + r.profit;
			c.cumProfit = f32(cumProfit);
			c.tenure++;
			if (!c.starter) {
				tenureSum[c.tenure]! += cumProfit;
				tenureCount[c.tenure]!++;
			}
			revenue += r.spend;
			serveCost += r.serve;
			seg.kept++;
			seg.revenue += r.spend;
			seg.profit += r.profit;
			if (r.satisfied) seg.satisfied++;
			byStage[c.stage]!++;
			// §7 A delighted customer in the top stage may bring a friend (drawn below).
			if (c.stage === M.STAGE_COUNT - 1 && r.P - r.E >= M.REFERRAL_DELIGHT) referralDraws++;
		}

		// §7 Referrals, then §8 paid acquisition: new customers join at the end of the quarter.
		let referrals = 0;
		for (let j = 0; j < referralDraws; j++) if (nextFloat(random) < M.REFERRAL_RATE) referrals++;
		const targetedPool = prospects.reduce((sum, p, k) => (plan.targeted[k] ? sum + p : sum), 0);
		const acquisitionLevel = level(
			d.spend.acquisition / Math.max(1, targetedPool),
			scenario.leverScale
		);
		const selling = plan.philosophy === 'selling';
		const joining = prospects.map((pool, k) => {
			if (!plan.targeted[k]) return 0;
			const attraction = clamp(
				M.ATTRACTION_BASE + M.ATTRACTION_SLOPE * plan.delivered[k]!,
				M.ATTRACTION_MIN,
				M.ATTRACTION_MAX
			);
			const boost = selling ? M.SELLING_ACQUISITION_BOOST : 1;
			const expected = pool * M.MAX_CONVERSION * acquisitionLevel * attraction * boost;
			return Math.min(pool, Math.floor(expected + nextFloat(random)));
		});
		const acquired = joining.reduce((sum, n) => sum + n, 0) + referrals;
		const acquisitionCost = acquired ? d.spend.acquisition / acquired : null;
		for (let j = 0; j < referrals; j++) joining[j % segments.length]!++;
		const promise = M.E_PUSH_ADVERTISING * acquisitionLevel + (selling ? M.E_PROMISE_SELLING : 0);
		prospects = prospects.map((pool, k) => {
			const seg = segments[k]!;
			for (let j = 0; j < joining[k]!; j++)
				addCustomer(k, seg.expectation + promise, -(acquisitionCost ?? 0));
			const start = scenario.prospectPool * seg.prospectShare;
			return Math.max(0, pool - joining[k]!) + (start - pool) * M.POOL_REGROWTH;
		});

		// §11 Customer equity: every active customer's expected discounted profit ahead.
		const valuation = equityPlan(plan, scenario);
		let customerEquity = 0;
		for (const c of customers) {
			if (!c.alive) continue;
			const last = c.tenure ? (c.satisfied ? 1 : 0) : 2;
			const newFor = firstYearLeft(c.starter, c.tenure);
			customerEquity += customerValue(
				valuation,
				c.segment,
				c.stage,
				c.trust,
				last,
				c.spendLevel,
				newFor
			);
		}

		// §9 The quarter's accounts.
		const margin = scenario.grossMargin;
		const started = aliveAtStart.length;
		const lost = lostSatisfied + lostDissatisfied;
		const kept = started - lost;
		const leverCost = LEVER_IDS.reduce((sum, l) => sum + d.spend[l], 0);
		const cost = revenue * (1 - margin) + serveCost + leverCost + scenario.fixedCost;
		const profit = revenue - cost;
		cumulativeProfit += profit;
		const retentionRate = started ? kept / started : 1;
		const starters = customers.filter((c) => c.starter);
		reports.push({
			quarter: q + 1,
			decisions: d,
			budget: scenario.budget,
			customers: kept + acquired,
			byStage,
			acquired,
			referrals,
			lost,
			retentionRate,
			satisfiedShare: average(satisfied, started),
			averageE: bySegment.reduce((sum, s) => sum + s.sumE, 0) / Math.max(1, started),
			averageP: bySegment.reduce((sum, s) => sum + s.sumP, 0) / Math.max(1, started),
			gapHistogram,
			revenue,
			cost,
			costByLever: { ...d.spend },
			profit,
			cumulativeProfit,
			customerEquity,
			firmValue: cumulativeProfit + customerEquity,
			acquisitionCostPerNewCustomer: acquisitionCost,
			retentionCostPerKeptCustomer: kept ? plan.retentionSpend / kept : null,
			startingCohortRemaining: average(starters.filter((c) => c.alive).length, starters.length),
			churnSatisfied: average(lostSatisfied, satisfied),
			churnDissatisfied: average(lostDissatisfied, started - satisfied),
			// §10 Customer lifetime value from this quarter's profit and retention.
			clv: lifetimeValue(
				average(revenue * margin - serveCost - plan.retentionSpend, kept),
				retentionRate
			),
			segments: segments.map((segment, k) => {
				const s = bySegment[k]!;
				return {
					id: segment.id,
					name: segment.name,
					customers: s.kept + joining[k]!,
					value: plan.values[k]!,
					cost: plan.costs[k]!,
					deliveredValue: plan.delivered[k]!,
					averageE: average(s.sumE, s.start),
					averageP: average(s.sumP, s.start),
					satisfiedShare: average(s.satisfied, s.start),
					retentionRate: s.start ? s.kept / s.start : 1,
					revenue: s.revenue,
					profit: s.profit,
					clv: lifetimeValue(average(s.profit, s.kept), s.start ? s.kept / s.start : 1)
				};
			})
		});
	}
	const profitByTenure = tenureSum.map((sum, t) => average(sum, tenureCount[t]!));
	return { reports, profitByTenure };
}
