/**
 * The game: the customers (customer-arrays.ts), one quarter at a time. Game.step plans the
 * quarter (plan.ts), plays every customer (loop.ts), then adds referrals and new customers
 * and writes the quarter's report (report.ts). The equations are in docs/model.md.
 */
import { checkDecisions, type Decisions } from './decisions';
import {
	ALIVE,
	allocate,
	copyArrays,
	countAlive,
	MAX_SEGMENTS,
	MAX_TENURE,
	STARTER,
	type CustomerArrays
} from './customer-arrays';
import { LEVER_IDS } from './levers';
import { playCustomers } from './loop';
import * as M from './params';
import { level, planQuarter, startingStage } from './plan';
import { hashUnit, lognormal, nextFloat, seedRandom, type RandomState } from './random';
import { explainQuarter } from './causes';
import { compactRows, concentration, Departed } from './departed';
import { customerValue, equityPlan } from './equity';
import type { Scenario } from './scenario';
import type { ProspectSource } from './market';
import { lifetimeValue, type QuarterReport } from './report';
import type { GameSnapshot } from './snapshot';
import { STORY_SAMPLE, watchTracked, writeStories, type StoryEntry } from './stories';

export type { ValueParts, CostParts } from './plan';
export type { GameSnapshot } from './snapshot';
export type { QuarterReport, SegmentReport } from './report';
export type { StoryEntry } from './stories';
export { BYTES_PER_CUSTOMER } from './customer-arrays';
export { lifetimeValue } from './report';
export type { ProspectSource } from './market';

/** Fewest rows at which the rows of departed customers are compacted away. */
const COMPACT_FROM = 4096;

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const sumOf = (xs: Float64Array) => xs.reduce((s, x) => s + x, 0);

/** How strongly a segment's prospects are drawn to a firm by the value it delivers them. */
export const prospectAttraction = (delivered: number) =>
	clamp(M.ATTRACTION_BASE + M.ATTRACTION_SLOPE * delivered, M.ATTRACTION_MIN, M.ATTRACTION_MAX);

export class Game {
	readonly scenario: Scenario;
	readonly seed: number;
	/** Multiplies every churn hazard: the retention experiment turns it down. */
	readonly churnScale: number;
	private a: CustomerArrays;
	private count: number;
	private random: RandomState;
	private prospects: number[];
	private cumulativeProfit: number;
	/** Sum and count of acquired customers' cumulative profit, by tenure quarter. */
	private tenureSum: Float64Array;
	private tenureCount: Float64Array;
	private stories: Map<number, StoryEntry[]>;
	private storyRows: Map<number, number>;
	private added: number;
	private starters: number;
	private departed: Departed;
	/** A shared market (market.ts) when the firm has rivals; null: its own prospects. */
	private market: ProspectSource | null = null;
	readonly history: QuarterReport[];

	constructor(snapshot: GameSnapshot) {
		// A customer's segment is stored in 8 bits (customer-arrays.ts): refuse rather than wrap.
		if (snapshot.scenario.segments.length > MAX_SEGMENTS)
			throw new RangeError(
				`a game has at most ${MAX_SEGMENTS} segments, not ${snapshot.scenario.segments.length}`
			);
		this.scenario = snapshot.scenario;
		this.seed = snapshot.seed;
		this.churnScale = snapshot.churnScale;
		this.count = snapshot.count;
		this.a = copyArrays(snapshot.arrays, snapshot.count, Math.ceil(snapshot.count * 1.5) + 64);
		this.random = snapshot.random.slice();
		this.prospects = [...snapshot.prospects];
		this.cumulativeProfit = snapshot.cumulativeProfit;
		this.tenureSum = new Float64Array(MAX_TENURE + 1);
		this.tenureCount = new Float64Array(MAX_TENURE + 1);
		this.tenureSum.set(snapshot.tenureProfit.sum);
		this.tenureCount.set(snapshot.tenureProfit.count);
		this.stories = new Map(snapshot.stories.map(([i, s]) => [i, s.map((e) => ({ ...e }))]));
		this.storyRows = new Map(snapshot.storyRows);
		this.added = snapshot.added;
		this.starters = snapshot.starters;
		this.departed = new Departed(snapshot.departed);
		this.history = [...snapshot.history];
	}

	get quarter(): number {
		return this.history.length;
	}

	/** Customer rows held now: the customers alive and those gone since the last compaction. */
	get customerRows(): number {
		return this.count;
	}

	/** Customers ever added (the rows there would be without compaction). */
	get customersEver(): number {
		return this.added;
	}

	snapshot(): GameSnapshot {
		return {
			scenario: this.scenario,
			seed: this.seed,
			churnScale: this.churnScale,
			count: this.count,
			quarter: this.quarter,
			random: this.random.slice(),
			prospects: [...this.prospects],
			cumulativeProfit: this.cumulativeProfit,
			arrays: copyArrays(this.a, this.count),
			history: [...this.history],
			added: this.added,
			starters: this.starters,
			departed: new Departed(this.departed),
			stories: [...this.stories].map(([i, s]) => [i, s.map((e) => ({ ...e }))]),
			storyRows: [...this.storyRows],
			tenureProfit: {
				sum: Array.from(this.tenureSum.subarray(0, this.quarter + 1)),
				count: Array.from(this.tenureCount.subarray(0, this.quarter + 1))
			}
		};
	}

	/** From now on the firm wins its new customers from a market it shares with rivals. */
	joinMarket(market: ProspectSource): void {
		this.market = market;
	}

	/** The recorded story of a tracked customer (a sample is tracked from the start). */
	customerStory(index: number): StoryEntry[] | undefined {
		return this.stories.get(index);
	}

	/** The customers whose stories are recorded, by their number in order of joining. */
	trackedCustomers(): number[] {
		return [...this.stories.keys()];
	}

	/** Average cumulative profit of acquired customers by tenure quarter (1-based index). */
	profitByTenure(): number[] {
		return Array.from(this.tenureSum.subarray(0, this.quarter + 1), (s, t) =>
			this.tenureCount[t] ? s / this.tenureCount[t]! : 0
		);
	}

	/**
	 * Share of all customers' cumulative profit earned by the top `share` of customers, and
	 * the whole concentration curve (x = share of customers, y = share of profit).
	 */
	profitConcentration(points = 10): { top20: number; curve: { x: number; y: number }[] } {
		return concentration(this.a.cumProfit.subarray(0, this.count), this.departed, points);
	}

	/** Plays one quarter. Invalid decisions throw a DecisionError and change nothing. */
	step(decisions: Decisions): QuarterReport {
		const errors = checkDecisions(this.scenario, decisions);
		if (errors.length) throw errors[0];
		if (this.quarter >= MAX_TENURE)
			throw new RangeError(`a game lasts at most ${MAX_TENURE} quarters`);
		const d: Decisions = structuredClone(decisions);
		const s = this.scenario;
		const aliveAtStart = countAlive(this.a.flags, this.count);
		// Rows of customers gone are dropped once they are a quarter of the rows: the loop then
		// reads few dead rows, and memory stays bounded however long the game.
		if (this.count >= COMPACT_FROM && aliveAtStart * 4 <= this.count * 3) {
			this.count = compactRows(this.a, this.count, this.departed, this.storyRows);
		}
		const a = this.a;
		const random = this.random;
		const segCount = s.segments.length;
		const plan = planQuarter(s, d, this.churnScale);
		const { L, philosophy, targeted, values, costs, delivered, retentionSpend } = plan;
		const retentionPerHead = retentionSpend / Math.max(1, aliveAtStart);
		const valuation = equityPlan(plan, s);

		const watched = watchTracked(a, this.storyRows);
		const t = playCustomers({
			a,
			count: this.count,
			random,
			segCount,
			delivered,
			loyalDiscount: plan.loyalDiscount,
			norm: plan.norm,
			churnBase: plan.churnBase,
			revenueFactor: plan.revenueFactor,
			loyaltyChurnCut: plan.loyaltyChurnCut,
			ePush: plan.ePush,
			trustGain: plan.trustGain,
			margin: s.grossMargin,
			serveBase: s.serveCost,
			retentionPerHead,
			valuation,
			tenureSum: this.tenureSum,
			tenureCount: this.tenureCount
		});
		writeStories(a, this.stories, watched, this.quarter + 1, plan.revenueFactor);
		const { byStage, gap, seg, satisfied, dissatisfied, lostSatisfied, lostDissatisfied } = t;
		const { revenue, serveCost, starterAlive, referralDraws } = t;
		// The customers who stayed were valued in the loop; the newcomers are added below.
		let customerEquity = t.customerEquity;
		const margin = s.grossMargin;

		// Referrals and acquisition: new customers join at the end of the quarter.
		let referrals = 0;
		for (let r = 0; r < referralDraws; r++) if (nextFloat(random) < M.REFERRAL_RATE) referrals++;
		const pools = this.market ? this.market.prospects() : this.prospects;
		const targetedPool = pools.reduce((sum, p, k) => (targeted[k] ? sum + p : sum), 0);
		const acquisitionLevel = level(d.spend.acquisition / Math.max(1, targetedPool), s.leverScale);
		const newBySegment = pools.map((pool, k) => {
			if (!targeted[k]) return 0;
			const attraction = prospectAttraction(delivered[k]!);
			const boost = philosophy === 'selling' ? M.SELLING_ACQUISITION_BOOST : 1;
			const expected = pool * M.MAX_CONVERSION * acquisitionLevel * attraction * boost;
			return Math.min(pool, Math.floor(expected + nextFloat(random)));
		});
		const paid = newBySegment.reduce((x, y) => x + y, 0);
		const acquired = paid + referrals;
		const acquisitionCost = acquired ? d.spend.acquisition / acquired : null;
		// Referred friends join the segments in turn.
		for (let r = 0; r < referrals; r++) newBySegment[r % segCount]!++;
		const promise =
			M.E_PUSH_ADVERTISING * acquisitionLevel +
			(philosophy === 'selling' ? M.E_PROMISE_SELLING : 0);
		for (let k = 0; k < segCount; k++) {
			const n = newBySegment[k]!;
			for (let j = 0; j < n; j++) {
				const i = this.addCustomer(
					k,
					s.segments[k]!.expectation + promise,
					-(acquisitionCost ?? 0),
					0
				);
				customerEquity += customerValue(
					valuation,
					k,
					0,
					this.a.trust[i]!,
					2,
					this.a.spendLevel[i]!,
					M.FIRST_YEAR_QUARTERS
				);
			}
			if (this.market) continue;
			const start = s.prospectPool * s.segments[k]!.prospectShare;
			this.prospects[k] =
				Math.max(0, this.prospects[k]! - n) + (start - this.prospects[k]!) * M.POOL_REGROWTH;
		}
		this.market?.settle(
			newBySegment,
			Array.from(seg.start, (n, k) => n - seg.kept[k]!)
		);

		const lost = lostSatisfied + lostDissatisfied;
		const kept = aliveAtStart - lost;
		const leverCost = LEVER_IDS.reduce((sum, l) => sum + d.spend[l], 0);
		const cost = revenue * (1 - margin) + serveCost + leverCost + s.fixedCost;
		const profit = revenue - cost;
		this.cumulativeProfit += profit;
		const retentionRate = aliveAtStart ? kept / aliveAtStart : 1;
		const customersNow = kept + acquired;
		const clv = lifetimeValue(
			kept ? (revenue * margin - serveCost - retentionSpend) / kept : 0,
			retentionRate
		);

		const report: QuarterReport = {
			quarter: this.quarter + 1,
			decisions: d,
			budget: s.budget,
			customers: customersNow,
			byStage: Array.from(byStage),
			acquired,
			referrals,
			lost,
			retentionRate,
			satisfiedShare: aliveAtStart ? satisfied / aliveAtStart : 0,
			averageE: sumOf(seg.sumE) / Math.max(1, aliveAtStart),
			averageP: sumOf(seg.sumP) / Math.max(1, aliveAtStart),
			gapHistogram: Array.from(gap),
			revenue,
			cost,
			costByLever: { ...d.spend },
			profit,
			cumulativeProfit: this.cumulativeProfit,
			customerEquity,
			firmValue: this.cumulativeProfit + customerEquity,
			acquisitionCostPerNewCustomer: acquisitionCost,
			retentionCostPerKeptCustomer: kept ? retentionSpend / kept : null,
			startingCohortRemaining: this.starters ? starterAlive / this.starters : 0,
			churnSatisfied: satisfied ? lostSatisfied / satisfied : 0,
			churnDissatisfied: dissatisfied ? lostDissatisfied / dissatisfied : 0,
			clv,
			segments: s.segments.map((segment, k) => {
				const n = seg.start[k]!;
				const keptK = seg.kept[k]!;
				return {
					id: segment.id,
					name: segment.name,
					customers: seg.kept[k]! + newBySegment[k]!,
					value: values[k]!,
					cost: costs[k]!,
					deliveredValue: delivered[k]!,
					averageE: n ? seg.sumE[k]! / n : 0,
					averageP: n ? seg.sumP[k]! / n : 0,
					satisfiedShare: n ? seg.satisfied[k]! / n : 0,
					retentionRate: n ? keptK / n : 1,
					revenue: seg.revenue[k]!,
					profit: seg.profit[k]!,
					clv: lifetimeValue(keptK ? seg.profit[k]! / keptK : 0, n ? keptK / n : 1)
				};
			}),
			causes: []
		};
		report.causes = explainQuarter(report, this.history[this.history.length - 1], L);
		this.history.push(report);
		return report;
	}

	private addCustomer(
		segment: number,
		expectation: number,
		cumProfit: number,
		stage: number,
		starter = false
	): number {
		if (this.count === this.a.segment.length)
			this.a = copyArrays(this.a, this.count, this.count * 2 + 64);
		const i = this.count++;
		const a = this.a;
		a.segment[i] = segment;
		a.stage[i] = stage;
		a.flags[i] = ALIVE | (starter ? STARTER : 0);
		a.tenure[i] = 0;
		a.expectation[i] = clamp(expectation, 0, M.SCALE_MAX);
		a.perceived[i] = a.expectation[i]!;
		a.trust[i] = starter ? M.TRUST_START + M.TRUST_START_PER_STAGE * stage : M.TRUST_NEW;
		a.spendLevel[i] = lognormal(this.random, this.scenario.segments[segment]!.spendSpread);
		a.cumProfit[i] = cumProfit;
		// The taste hashes the customer's number in order of joining, which compaction keeps.
		a.taste[i] = hashUnit(this.added++, this.seed | 0);
		if (starter) this.starters++;
		return i;
	}

	/** @internal used by createGame to seed the starting customers */
	populate(): void {
		const s = this.scenario;
		s.segments.forEach((seg, k) => {
			const n = Math.round(s.startingCustomers * seg.share);
			for (let j = 0; j < n; j++) {
				// Starting customers: more of them long-standing than new (plan.ts).
				const stage = startingStage(nextFloat(this.random));
				this.addCustomer(k, seg.expectation, 0, stage, true);
			}
		});
		// Rows are the customers' numbers until the first compaction.
		const sample = Math.min(STORY_SAMPLE, this.count);
		for (let j = 0; j < sample; j++) {
			const customer = Math.floor((j * this.count) / sample);
			this.stories.set(customer, []);
			this.storyRows.set(customer, customer);
		}
	}
}

/** A new game of `scenario` with its starting customers; same seed ⇒ same game. */
export function createGame(
	scenario: Scenario,
	seed: number,
	options: { churnScale?: number } = {}
): Game {
	const game = new Game({
		scenario,
		seed,
		churnScale: options.churnScale ?? 1,
		count: 0,
		quarter: 0,
		random: seedRandom(seed),
		prospects: scenario.segments.map((seg) => scenario.prospectPool * seg.prospectShare),
		cumulativeProfit: 0,
		arrays: allocate(scenario.startingCustomers + 64),
		history: [],
		added: 0,
		starters: 0,
		departed: new Departed(),
		stories: [],
		storyRows: [],
		tenureProfit: { sum: [], count: [] }
	});
	game.populate();
	return game;
}

/** Continues a game from a snapshot (undo, branch, preview). */
export function createGameFrom(snapshot: GameSnapshot): Game {
	return new Game(snapshot);
}
