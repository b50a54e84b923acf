import { checkDecisions, type Decisions } from './decisions';
import { LEVER_IDS, type LeverId } from './levers';
import * as M from './model';
import { hashUnit, nextFloat, seedRandom, type RandomState } from './random';
import { explainQuarter, type Cause } from './causes';
import type { Scenario } from './scenario';

const STAGE_COUNT = 7;
const GAP_BINS = 13; // P − E histogram: ≤ −6, −5 … 5, ≥ 6
const STORY_SAMPLE = 24;
/** Longest game, in quarters (tenure is stored in 16 bits). */
const MAX_TENURE = 4096;

export type ValueParts = { product: number; service: number; personnel: number; image: number };
export type CostParts = { money: number; time: number; energy: number; psychic: number };

export type SegmentReport = {
	id: string;
	name: string;
	customers: number;
	value: ValueParts;
	cost: CostParts;
	deliveredValue: number;
	averageE: number;
	averageP: number;
	satisfiedShare: number;
	retentionRate: number;
	revenue: number;
	profit: number;
	clv: number;
};

export type QuarterReport = {
	quarter: number;
	decisions: Decisions;
	customers: number;
	byStage: number[];
	acquired: number;
	referrals: number;
	lost: number;
	retentionRate: number;
	satisfiedShare: number;
	averageE: number;
	averageP: number;
	gapHistogram: number[];
	revenue: number;
	cost: number;
	costByLever: Record<LeverId, number>;
	profit: number;
	cumulativeProfit: number;
	acquisitionCostPerNewCustomer: number | null;
	retentionCostPerKeptCustomer: number | null;
	startingCohortRemaining: number;
	churnSatisfied: number;
	churnDissatisfied: number;
	clv: number;
	segments: SegmentReport[];
	causes: Cause[];
};

export type StoryEntry = {
	quarter: number;
	stage: number;
	expectation: number;
	perceived: number;
	satisfied: boolean;
	spend: number;
	alive: boolean;
	reason?: string;
};

/** Everything needed to continue a game exactly where it was. */
export type GameSnapshot = {
	scenario: Scenario;
	seed: number;
	churnScale: number;
	count: number;
	quarter: number;
	random: Uint32Array;
	prospects: number[];
	cumulativeProfit: number;
	arrays: CustomerArrays;
	history: QuarterReport[];
	stories: [number, StoryEntry[]][];
	tenureProfit: { sum: number[]; count: number[] };
};

type CustomerArrays = {
	segment: Uint8Array;
	stage: Uint8Array;
	flags: Uint8Array; // bit 0 alive, bit 1 satisfied, bit 2 starting customer
	tenure: Uint16Array;
	expectation: Float32Array;
	perceived: Float32Array;
	trust: Float32Array;
	spendLevel: Float32Array;
	cumProfit: Float32Array;
};

const ALIVE = 1;
const SATISFIED = 2;
const STARTER = 4;
const TRACKED = 8;

function allocate(capacity: number): CustomerArrays {
	return {
		segment: new Uint8Array(capacity),
		stage: new Uint8Array(capacity),
		flags: new Uint8Array(capacity),
		tenure: new Uint16Array(capacity),
		expectation: new Float32Array(capacity),
		perceived: new Float32Array(capacity),
		trust: new Float32Array(capacity),
		spendLevel: new Float32Array(capacity),
		cumProfit: new Float32Array(capacity)
	};
}

function copyArrays(a: CustomerArrays, count: number, capacity = count): CustomerArrays {
	const b = allocate(Math.max(capacity, 1));
	for (const key of Object.keys(a) as (keyof CustomerArrays)[]) {
		(b[key] as Float32Array).set((a[key] as Float32Array).subarray(0, count));
	}
	return b;
}

/** Bytes of customer state per customer row. */
export const BYTES_PER_CUSTOMER = 1 + 1 + 1 + 2 + 4 * 5;

const clamp = (x: number, lo: number, hi: number) => (x < lo ? lo : x > hi ? hi : x);
/** Diminishing returns: 0 at no spend, 63% of the full effect at `scale`, → 1. */
const level = (perHead: number, scale: number) => 1 - Math.exp(-perHead / scale);

/** A log-normal draw with mean 1 (so `spend` stays the segment's mean). */
function lognormal(random: RandomState, sigma: number): number {
	// Box–Muller from two uniforms
	const u = 1 - nextFloat(random);
	const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * nextFloat(random));
	return Math.exp(sigma * z - (sigma * sigma) / 2);
}

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
	readonly history: QuarterReport[];

	constructor(snapshot: GameSnapshot) {
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
		this.history = [...snapshot.history];
	}

	get quarter(): number {
		return this.history.length;
	}

	/** Number of customer rows ever created (alive or not). */
	get customerRows(): number {
		return this.count;
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
			stories: [...this.stories].map(([i, s]) => [i, s.map((e) => ({ ...e }))]),
			tenureProfit: {
				sum: Array.from(this.tenureSum.subarray(0, this.quarter + 1)),
				count: Array.from(this.tenureCount.subarray(0, this.quarter + 1))
			}
		};
	}

	/** The recorded story of a tracked customer (a sample is tracked from the start). */
	customerStory(index: number): StoryEntry[] | undefined {
		return this.stories.get(index);
	}

	/** Indices of the customers whose stories are recorded. */
	trackedCustomers(): number[] {
		return [...this.stories.keys()];
	}

	/** Starts recording a customer's story from the next quarter on. */
	track(index: number): void {
		if (index >= 0 && index < this.count && !this.stories.has(index)) {
			this.stories.set(index, []);
			this.a.flags[index]! |= TRACKED;
		}
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
		const profits = Array.from(this.a.cumProfit.subarray(0, this.count)).sort((x, y) => y - x);
		const total = profits.reduce((s, p) => s + p, 0);
		const cumulative: number[] = [];
		let run = 0;
		for (const p of profits) cumulative.push((run += p));
		const at = (x: number) =>
			total === 0 || !profits.length
				? 0
				: cumulative[Math.max(0, Math.ceil(x * profits.length) - 1)]! / total;
		const curve = Array.from({ length: points + 1 }, (_, i) => ({
			x: i / points,
			y: i === 0 ? 0 : at(i / points)
		}));
		return { top20: at(0.2), curve };
	}

	/** Plays one quarter. Invalid decisions throw a DecisionError and change nothing. */
	step(decisions: Decisions): QuarterReport {
		const errors = checkDecisions(this.scenario, decisions);
		if (errors.length) throw errors[0];
		if (this.quarter >= MAX_TENURE)
			throw new RangeError(`a game lasts at most ${MAX_TENURE} quarters`);
		const d: Decisions = structuredClone(decisions);
		const s = this.scenario;
		const a = this.a;
		const random = this.random;
		const segCount = s.segments.length;
		const targeted = s.segments.map((seg) => d.targets.length === 0 || d.targets.includes(seg.id));

		let aliveAtStart = 0;
		for (let i = 0; i < this.count; i++) if (a.flags[i]! & ALIVE) aliveAtStart++;
		// Lever effects scale with spend against the size of the firm's programme (its starting
		// base), so the experiment of keeping more customers does not dilute them.
		const perHead = (lever: LeverId) => d.spend[lever] / s.startingCustomers;
		const L = Object.fromEntries(
			LEVER_IDS.map((l) => [l, level(perHead(l), s.leverScale)])
		) as Record<LeverId, number>;
		const philosophy = d.philosophy;
		const customerCentric = philosophy === 'marketing' || philosophy === 'societal' ? 1.15 : 1;
		// Data multiplies what service and personalization do; alone it adds little.
		const dataBoost = (0.45 + 0.9 * L.analytics) * customerCentric;

		const values: ValueParts[] = [];
		const costs: CostParts[] = [];
		const delivered = new Float64Array(segCount);
		const loyalDiscount = new Float64Array(segCount);
		const norm = s.segments.map((x) => x.expectation);
		const churnBase = new Float64Array(segCount);
		const revenueFactor = new Float64Array(segCount);
		const loyaltyChurnCut = 1 - 0.3 * L.loyalty;
		for (let k = 0; k < segCount; k++) {
			const seg = s.segments[k]!;
			const focus = targeted[k] ? 1 : 0.4;
			const value: ValueParts = {
				product:
					M.BASE_VALUE.product +
					(philosophy === 'product' ? 0.8 : philosophy === 'production' ? -0.6 : 0) +
					1.6 * L.personalization * dataBoost * focus,
				service: M.BASE_VALUE.service + 2.2 * L.serviceQuality * dataBoost + 0.6 * L.complaints,
				personnel: M.BASE_VALUE.personnel + 1.8 * L.staffTraining * customerCentric,
				image: M.BASE_VALUE.image + 1.4 * L.brand + (philosophy === 'societal' ? 0.5 : 0)
			};
			const priceFactor =
				d.price * (philosophy === 'production' ? 0.9 : philosophy === 'product' ? 1.1 : 1);
			const cost: CostParts = {
				money: M.BASE_COST.money * priceFactor * (0.5 + seg.priceSensitivity),
				time: M.BASE_COST.time - 0.9 * L.serviceQuality * dataBoost - 0.2 * L.analytics,
				energy:
					M.BASE_COST.energy - 0.5 * L.personalization * dataBoost * focus - 0.2 * L.staffTraining,
				psychic: M.BASE_COST.psychic - 0.6 * L.complaints + (philosophy === 'selling' ? 0.9 : 0)
			};
			values.push(value);
			costs.push(cost);
			delivered[k] =
				value.product +
				value.service +
				value.personnel +
				value.image -
				(cost.money + cost.time + cost.energy + cost.psychic);
			loyalDiscount[k] = 0.9 * L.loyalty;
			const priceChurn = 1 + seg.priceSensitivity * (d.price - 1) * 1.5;
			churnBase[k] = seg.churn * Math.max(0.2, priceChurn) * this.churnScale;
			const quantity = Math.pow(d.price, -seg.priceSensitivity * 1.2);
			revenueFactor[k] =
				seg.spend * d.price * quantity * (philosophy === 'selling' ? M.SELLING_PUSH : 1);
		}

		const retentionSpend = LEVER_IDS.reduce(
			(sum, l) => (l === 'acquisition' ? sum : sum + d.spend[l]),
			0
		);
		const retentionPerHead = retentionSpend / Math.max(1, aliveAtStart);
		const ePush = philosophy === 'selling' ? M.E_PUSH_SELLING : 0;
		const trustGain = 0.07 * (1 + L.staffTraining) * (philosophy === 'societal' ? 1.2 : 1);

		// Per-quarter aggregates
		const byStage = new Array<number>(STAGE_COUNT).fill(0);
		const gap = new Array<number>(GAP_BINS).fill(0);
		const seg = {
			alive: new Float64Array(segCount),
			start: new Float64Array(segCount),
			kept: new Float64Array(segCount),
			satisfied: new Float64Array(segCount),
			sumE: new Float64Array(segCount),
			sumP: new Float64Array(segCount),
			revenue: new Float64Array(segCount),
			profit: new Float64Array(segCount)
		};
		let satisfied = 0,
			dissatisfied = 0,
			lostSatisfied = 0,
			lostDissatisfied = 0,
			revenue = 0,
			serveCost = 0,
			starterAlive = 0,
			starterTotal = 0,
			referralDraws = 0;
		const margin = s.grossMargin;
		const serveBase = s.serveCost;
		const seedKey = this.seed | 0;
		const story = this.stories;

		// Constants hoisted out of the module namespace for the hot loop.
		const churnByStage = M.CHURN_BY_STAGE,
			spendByStage = M.SPEND_BY_STAGE,
			serveByStage = M.SERVE_BY_STAGE,
			loyalStage = M.LOYAL_STAGE,
			pCentre = M.P_CENTRE,
			pSlope = M.P_SLOPE,
			pTrait = M.P_TRAIT,
			pNoise = M.P_NOISE,
			eLearning = M.E_LEARNING,
			eAnchor = M.E_ANCHOR,
			churnSatisfied = M.CHURN_SATISFIED,
			churnDisappointed = M.CHURN_DISAPPOINTED;
		const tenureSum = this.tenureSum,
			tenureCount = this.tenureCount;
		const { segment: segmentOf, stage: stageOf, flags: flagsOf, trust: trustOf } = a;
		const { expectation: expectationOf, perceived: perceivedOf, tenure: tenureOf } = a;
		const { spendLevel: spendLevelOf, cumProfit: cumProfitOf } = a;
		for (let i = 0; i < this.count; i++) {
			const flags = flagsOf[i]!;
			if (flags & STARTER) starterTotal++;
			if (!(flags & ALIVE)) continue;
			const k = segmentOf[i]!;
			const stage = stageOf[i]!;
			const trust = trustOf[i]!;
			let dv = delivered[k]! + 0.6 * trust;
			if (stage >= loyalStage) dv += loyalDiscount[k]!;
			const trait = (hashUnit(i, seedKey) - 0.5) * pTrait;
			const p = clamp(pCentre + pSlope * dv + trait + (nextFloat(random) - 0.5) * pNoise, 0, 10);
			const e = expectationOf[i]!;
			const isSatisfied = p >= e;
			seg.start[k]!++;
			seg.sumE[k]! += e;
			seg.sumP[k]! += p;
			const bin = clamp(Math.round(p - e) + 6, 0, GAP_BINS - 1);
			gap[bin]!++;
			perceivedOf[i] = p;
			expectationOf[i] = clamp(e + eLearning * (p - e) + eAnchor * (norm[k]! - e) + ePush, 0, 10);
			trustOf[i] = clamp(trust + (isSatisfied ? trustGain : -0.12), 0, 1);

			let hazard = churnBase[k]! * churnByStage[stage]! * (1.3 - 0.6 * trust);
			hazard *= isSatisfied ? churnSatisfied : churnDisappointed;
			if (stage >= loyalStage) hazard *= loyaltyChurnCut;
			if (isSatisfied) satisfied++;
			else dissatisfied++;

			if (nextFloat(random) < hazard) {
				flagsOf[i] = (flags & ~ALIVE & ~SATISFIED) | 0;
				if (isSatisfied) lostSatisfied++;
				else lostDissatisfied++;
				if (flags & TRACKED) {
					story.get(i)!.push({
						quarter: this.quarter + 1,
						stage,
						expectation: e,
						perceived: p,
						satisfied: isSatisfied,
						spend: 0,
						alive: false,
						reason: isSatisfied
							? 'Rời đi dù hài lòng: đối thủ chào mời hấp dẫn hơn hoặc nhu cầu thay đổi.'
							: `Rời đi vì thất vọng: cảm nhận P = ${p.toFixed(1)} thấp hơn kỳ vọng E = ${e.toFixed(1)}.`
					});
				}
				continue;
			}

			const move = nextFloat(random);
			let newStage = stage;
			if (isSatisfied) {
				if (move < 0.3 + 0.25 * trust && stage < STAGE_COUNT - 1) newStage = stage + 1;
			} else if (move < 0.35 && stage > 0) newStage = stage - 1;
			stageOf[i] = newStage;
			flagsOf[i] = isSatisfied ? flags | SATISFIED : flags & ~SATISFIED;
			if (flags & STARTER) starterAlive++;

			// This quarter's purchases follow the relationship as it stood when the quarter began.
			const spend = spendLevelOf[i]! * spendByStage[stage]! * revenueFactor[k]!;
			const serve = serveBase * serveByStage[stage]!;
			const profit = spend * margin - serve - retentionPerHead;
			const cum = cumProfitOf[i]! + profit;
			cumProfitOf[i] = cum;
			const tenure = tenureOf[i]! + 1;
			tenureOf[i] = tenure;
			if (!(flags & STARTER)) {
				tenureSum[tenure]! += cum;
				tenureCount[tenure]!++;
			}
			revenue += spend;
			serveCost += serve;
			seg.kept[k]!++;
			seg.alive[k]!++;
			seg.revenue[k]! += spend;
			seg.profit[k]! += profit;
			if (isSatisfied) seg.satisfied[k]!++;
			byStage[newStage]!++;
			if (newStage === STAGE_COUNT - 1 && p - e >= 2) referralDraws++;
			if (flags & TRACKED) {
				story.get(i)!.push({
					quarter: this.quarter + 1,
					stage: newStage,
					expectation: e,
					perceived: p,
					satisfied: isSatisfied,
					spend,
					alive: true
				});
			}
		}

		// Referrals and acquisition: new customers join at the end of the quarter.
		let referrals = 0;
		for (let r = 0; r < referralDraws; r++) if (nextFloat(random) < M.REFERRAL_RATE) referrals++;
		const targetedPool = this.prospects.reduce((sum, p, k) => (targeted[k] ? sum + p : sum), 0);
		const acquisitionLevel = level(d.spend.acquisition / Math.max(1, targetedPool), s.leverScale);
		const newBySegment = this.prospects.map((pool, k) => {
			if (!targeted[k]) return 0;
			const attraction = clamp(0.6 + 0.2 * delivered[k]!, 0.2, 1.6);
			const boost = philosophy === 'selling' ? 1.4 : 1;
			const expected = pool * M.MAX_CONVERSION * acquisitionLevel * attraction * boost;
			return Math.min(pool, Math.floor(expected + nextFloat(random)));
		});
		const paid = newBySegment.reduce((x, y) => x + y, 0);
		const acquired = paid + referrals;
		const acquisitionCost = acquired ? d.spend.acquisition / acquired : null;
		// Referred friends come from the segments of existing customers, in proportion.
		for (let r = 0; r < referrals; r++) newBySegment[r % segCount]!++;
		const promise = M.E_PUSH_ADVERTISING * acquisitionLevel + (philosophy === 'selling' ? 1 : 0);
		for (let k = 0; k < segCount; k++) {
			const n = newBySegment[k]!;
			for (let j = 0; j < n; j++) {
				this.addCustomer(k, s.segments[k]!.expectation + promise, -(acquisitionCost ?? 0), 0);
			}
			const start = s.prospectPool * s.segments[k]!.prospectShare;
			this.prospects[k] =
				Math.max(0, this.prospects[k]! - n) + (start - this.prospects[k]!) * M.POOL_REGROWTH;
		}

		const lost = lostSatisfied + lostDissatisfied;
		const kept = aliveAtStart - lost;
		const leverCost = LEVER_IDS.reduce((sum, l) => sum + d.spend[l], 0);
		const cost = revenue * (1 - margin) + serveCost + leverCost;
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
			customers: customersNow,
			byStage,
			acquired,
			referrals,
			lost,
			retentionRate,
			satisfiedShare: aliveAtStart ? satisfied / aliveAtStart : 0,
			averageE: sumOf(seg.sumE) / Math.max(1, aliveAtStart),
			averageP: sumOf(seg.sumP) / Math.max(1, aliveAtStart),
			gapHistogram: gap,
			revenue,
			cost,
			costByLever: { ...d.spend },
			profit,
			cumulativeProfit: this.cumulativeProfit,
			acquisitionCostPerNewCustomer: acquisitionCost,
			retentionCostPerKeptCustomer: kept ? retentionSpend / kept : null,
			startingCohortRemaining: starterTotal ? starterAlive / starterTotal : 0,
			churnSatisfied: satisfied ? lostSatisfied / satisfied : 0,
			churnDissatisfied: dissatisfied ? lostDissatisfied / dissatisfied : 0,
			clv,
			segments: s.segments.map((segment, k) => {
				const n = seg.start[k]!;
				const keptK = seg.kept[k]!;
				return {
					id: segment.id,
					name: segment.name,
					customers: seg.alive[k]! + newBySegment[k]!,
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
	) {
		if (this.count === this.a.segment.length)
			this.a = copyArrays(this.a, this.count, this.count * 2 + 64);
		const i = this.count++;
		const a = this.a;
		a.segment[i] = segment;
		a.stage[i] = stage;
		a.flags[i] = ALIVE | (starter ? STARTER : 0);
		a.tenure[i] = 0;
		a.expectation[i] = clamp(expectation, 0, 10);
		a.perceived[i] = a.expectation[i]!;
		a.trust[i] = starter ? 0.3 + 0.1 * stage : 0.25;
		a.spendLevel[i] = lognormal(this.random, this.scenario.segments[segment]!.spendSpread);
		a.cumProfit[i] = cumProfit;
	}

	/** @internal used by createGame to seed the starting customers */
	populate(): void {
		const s = this.scenario;
		s.segments.forEach((seg, k) => {
			const n = Math.round(s.startingCustomers * seg.share);
			for (let j = 0; j < n; j++) {
				// Starting customers are spread over the early and middle stages.
				const stage = Math.floor(nextFloat(this.random) * 5);
				this.addCustomer(k, seg.expectation, 0, stage, true);
			}
		});
		const sample = Math.min(STORY_SAMPLE, this.count);
		for (let j = 0; j < sample; j++) this.track(Math.floor((j * this.count) / sample));
	}
}

const sumOf = (xs: Float64Array) => xs.reduce((s, x) => s + x, 0);

/**
 * CLV from a quarterly profit per customer and a quarterly retention rate, with the
 * unlimited-horizon formula of chapter 4 on yearly figures: m ÷ (1 + d − r).
 */
export function lifetimeValue(quarterlyProfit: number, quarterlyRetention: number): number {
	const m = quarterlyProfit * 4;
	const r = Math.min(0.99, Math.max(0, quarterlyRetention) ** 4);
	return m / (1 + M.DISCOUNT_RATE - r);
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
		stories: [],
		tenureProfit: { sum: [], count: [] }
	});
	game.populate();
	return game;
}

/** Continues a game from a snapshot (undo, branch, preview). */
export function createGameFrom(snapshot: GameSnapshot): Game {
	return new Game(snapshot);
}
