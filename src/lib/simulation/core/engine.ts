import { checkDecisions, type Decisions } from './decisions';
import { clvUnlimited } from '$lib/crm/clv';
import { LEVER_IDS, type LeverId } from './levers';
import * as M from './model';
import { hashUnit, lognormal, nextFloat, seedRandom, type RandomState } from './random';
import { explainQuarter, type Cause } from './causes';
import { level, planQuarter, type CostParts, type ValueParts } from './plan';
import type { Scenario } from './scenario';

const STAGE_COUNT = 7;
const GAP_BINS = 13; // P − E histogram: ≤ −6, −5 … 5, ≥ 6
const STORY_SAMPLE = 24;
/** Longest game, in quarters (tenure is stored in 16 bits). */
const MAX_TENURE = 4096;

export type { ValueParts, CostParts } from './plan';

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
	random: Int32Array;
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
	/** The customer's fixed taste, a uniform number in [0, 1) (kept exact: a Float64). */
	taste: Float64Array;
};

const ALIVE = 1;
const SATISFIED = 2;
const STARTER = 4;

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
		cumProfit: new Float32Array(capacity),
		taste: new Float64Array(capacity)
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
export const BYTES_PER_CUSTOMER = 1 + 1 + 1 + 2 + 4 * 5 + 8;

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** A customer's purchases per unit of spend level, by stage and segment revenue factor. */
const spendFactor = (stage: number, revenueFactor: number) =>
	M.SPEND_BY_STAGE[stage]! * revenueFactor;

type CustomerLoopInput = {
	a: CustomerArrays;
	count: number;
	random: RandomState;
	segCount: number;
	delivered: Float64Array;
	loyalDiscount: Float64Array;
	norm: Float64Array;
	churnBase: Float64Array;
	revenueFactor: Float64Array;
	loyaltyChurnCut: number;
	ePush: number;
	trustGain: number;
	margin: number;
	serveBase: number;
	retentionPerHead: number;
	tenureSum: Float64Array;
	tenureCount: Float64Array;
};

function countAlive(flags: Uint8Array, count: number): number {
	let alive = 0;
	for (let i = 0; i < count; i++) alive += flags[i]! & ALIVE;
	return alive;
}

/**
 * One quarter for every customer row: perceived performance, expectation, trust, churn,
 * stage, spend and profit. Kept apart from Game.step, and free of anything that runs once
 * per quarter, so the JIT compiles this loop once and keeps it compiled.
 */
function playCustomers(input: CustomerLoopInput) {
	// The loop's constants as function-local literals (typed to match the module's): V8
	// reads a module-level const from memory, with a check, at every use in the loop.
	const alive: typeof ALIVE = 1,
		satisfiedBit: typeof SATISFIED = 2,
		starter: typeof STARTER = 4,
		stageCount: typeof STAGE_COUNT = 7,
		gapBins: typeof GAP_BINS = 13;
	const { a, count, random, segCount } = input;
	// Every customer alive at the start draws two numbers, noise then fate, from the sfc32
	// generator of random.ts written out inline, its state kept in locals for the whole loop
	// and stored back at the end: the same numbers as nextFloat, without a call or an array.
	let ra = random[0]!,
		rb = random[1]!,
		rc = random[2]!,
		rd = random[3]!;
	const { norm, trustGain, tenureSum, tenureCount } = input;
	const byStage = new Int32Array(STAGE_COUNT);
	const gap = new Int32Array(GAP_BINS);
	const seg = {
		start: new Float64Array(segCount),
		kept: new Float64Array(segCount),
		satisfied: new Float64Array(segCount),
		sumE: new Float64Array(segCount),
		sumP: new Float64Array(segCount),
		revenue: new Float64Array(segCount),
		profit: new Float64Array(segCount)
	};
	let satisfied = 0,
		lostSatisfied = 0,
		lostDissatisfied = 0,
		revenue = 0,
		serveCost = 0,
		starterAlive = 0,
		starterTotal = 0,
		referralDraws = 0;

	// Everything that depends only on (segment, stage), looked up once per customer.
	const cells = segCount * stageCount;
	const valueBase = new Float64Array(cells);
	const hazardBase = new Float64Array(cells);
	const spendBase = new Float64Array(cells);
	const loyalCut = new Float64Array(stageCount);
	const serveByStage = new Float64Array(stageCount);
	for (let stage = 0; stage < stageCount; stage++) {
		const loyal = stage >= M.LOYAL_STAGE;
		loyalCut[stage] = loyal ? input.loyaltyChurnCut : 1;
		serveByStage[stage] = input.serveBase * M.SERVE_BY_STAGE[stage]!;
		for (let k = 0; k < segCount; k++) {
			const cell = k * stageCount + stage;
			valueBase[cell] = input.delivered[k]! + (loyal ? input.loyalDiscount[k]! : 0);
			hazardBase[cell] = input.churnBase[k]! * M.CHURN_BY_STAGE[stage]!;
			spendBase[cell] = spendFactor(stage, input.revenueFactor[k]!);
		}
	}
	// The loop's numbers are read back from a Float64Array so that V8 holds them as raw
	// doubles, rather than as tagged numbers it would unbox again at every use in the loop.
	const numbers = Float64Array.of(
		M.P_CENTRE,
		M.P_SLOPE,
		M.P_TRAIT,
		M.P_NOISE,
		M.E_LEARNING,
		M.E_ANCHOR,
		input.ePush,
		input.margin,
		input.retentionPerHead
	);
	const pCentre = numbers[0]!,
		pSlope = numbers[1]!,
		pTrait = numbers[2]!,
		pNoise = numbers[3]!,
		eLearning = numbers[4]!,
		eAnchor = numbers[5]!,
		ePush = numbers[6]!,
		margin = numbers[7]!,
		retentionPerHead = numbers[8]!,
		churnFactor = Float64Array.of(M.CHURN_DISAPPOINTED, M.CHURN_SATISFIED),
		trustStep = Float64Array.of(-0.12, trustGain);
	const { start: segStart, kept: segKept, satisfied: segSatisfied } = seg;
	const { sumE: segSumE, sumP: segSumP, revenue: segRevenue, profit: segProfit } = seg;
	const { segment: segmentOf, stage: stageOf, flags: flagsOf, trust: trustOf } = a;
	const { expectation: expectationOf, perceived: perceivedOf, tenure: tenureOf } = a;
	const { spendLevel: spendLevelOf, cumProfit: cumProfitOf, taste: tasteOf } = a;
	// Customers come in long runs of one segment, so the segment's sums are kept in locals
	// for the run and written back when the segment changes (same additions, same order).
	let runK = -1,
		runStart = 0,
		runKept = 0,
		runSatisfied = 0,
		runSumE = 0,
		runSumP = 0,
		runRevenue = 0,
		runProfit = 0;
	for (let i = 0; i < count; i++) {
		const flags = flagsOf[i]!;
		starterTotal += (flags & starter) >> 2;
		if (!(flags & alive)) continue;
		const k = segmentOf[i]!;
		if (k !== runK) {
			if (runK >= 0) {
				segStart[runK] = runStart;
				segKept[runK] = runKept;
				segSatisfied[runK] = runSatisfied;
				segSumE[runK] = runSumE;
				segSumP[runK] = runSumP;
				segRevenue[runK] = runRevenue;
				segProfit[runK] = runProfit;
			}
			runK = k;
			runStart = segStart[k]!;
			runKept = segKept[k]!;
			runSatisfied = segSatisfied[k]!;
			runSumE = segSumE[k]!;
			runSumP = segSumP[k]!;
			runRevenue = segRevenue[k]!;
			runProfit = segProfit[k]!;
		}
		const stage = stageOf[i]!;
		const cell = k * stageCount + stage;
		const trust = trustOf[i]!;
		const dv = valueBase[cell]! + 0.6 * trust;
		const trait = (tasteOf[i]! - 0.5) * pTrait;
		let t = (((ra + rb) | 0) + rd) | 0;
		rd = (rd + 1) | 0;
		ra = rb ^ (rb >>> 9);
		rb = (rc + (rc << 3)) | 0;
		rc = (((rc << 21) | (rc >>> 11)) + t) | 0;
		const noise = (t >>> 0) / 4294967296 - 0.5;
		const pRaw = pCentre + pSlope * dv + trait + noise * pNoise;
		const p = pRaw < 0 ? 0 : pRaw > 10 ? 10 : pRaw;
		const e = expectationOf[i]!;
		// Written without branches on satisfaction, which is a coin toss the CPU cannot predict.
		const sat = p >= e ? 1 : 0;
		runStart++;
		runSumE += e;
		runSumP += p;
		// Bins below 1 (P − E ≤ −6) all clamp to 0; from 1 up, truncation does for floor.
		const bin = p - e + 6.5;
		gap[bin < 1 ? 0 : bin >= gapBins - 1 ? gapBins - 1 : bin | 0]!++;
		perceivedOf[i] = p;
		const eNext = e + eLearning * (p - e) + eAnchor * (norm[k]! - e) + ePush;
		expectationOf[i] = eNext < 0 ? 0 : eNext > 10 ? 10 : eNext;
		const trustNext = trust + trustStep[sat]!;
		trustOf[i] = trustNext < 0 ? 0 : trustNext > 1 ? 1 : trustNext;
		const hazard = hazardBase[cell]! * (1.3 - 0.6 * trust) * churnFactor[sat]! * loyalCut[stage]!;
		satisfied += sat;

		// One draw decides both whether the customer leaves and, if not, how the stage moves.
		t = (((ra + rb) | 0) + rd) | 0;
		rd = (rd + 1) | 0;
		ra = rb ^ (rb >>> 9);
		rb = (rc + (rc << 3)) | 0;
		rc = (((rc << 21) | (rc >>> 11)) + t) | 0;
		const fate = (t >>> 0) / 4294967296;
		if (fate < hazard) {
			flagsOf[i] = (flags & ~(alive | satisfiedBit)) | (sat << 1);
			lostSatisfied += sat;
			lostDissatisfied += 1 - sat;
			continue;
		}
		// Among those who stay, (fate − hazard) ÷ (1 − hazard) is a fresh uniform draw.
		const move = fate - hazard;
		const stay = 1 - hazard;
		const up = sat & +(move < (0.3 + 0.25 * trust) * stay) & +(stage < stageCount - 1);
		const down = (1 - sat) & +(move < 0.35 * stay) & +(stage > 0);
		const newStage = stage + up - down;
		stageOf[i] = newStage;
		flagsOf[i] = (flags & ~satisfiedBit) | (sat << 1);
		starterAlive += (flags & starter) >> 2;

		// This quarter's purchases follow the relationship as it stood when the quarter began.
		const spend = spendLevelOf[i]! * spendBase[cell]!;
		const serve = serveByStage[stage]!;
		const profit = spend * margin - serve - retentionPerHead;
		const cum = cumProfitOf[i]! + profit;
		cumProfitOf[i] = cum;
		const tenure = tenureOf[i]! + 1;
		tenureOf[i] = tenure;
		if (!(flags & starter)) {
			tenureSum[tenure]! += cum;
			tenureCount[tenure]!++;
		}
		revenue += spend;
		serveCost += serve;
		runKept++;
		runRevenue += spend;
		runProfit += profit;
		runSatisfied += sat;
		byStage[newStage]!++;
		if (newStage === stageCount - 1 && p - e >= 2) referralDraws++;
	}
	if (runK >= 0) {
		segStart[runK] = runStart;
		segKept[runK] = runKept;
		segSatisfied[runK] = runSatisfied;
		segSumE[runK] = runSumE;
		segSumP[runK] = runSumP;
		segRevenue[runK] = runRevenue;
		segProfit[runK] = runProfit;
	}
	random[0] = ra;
	random[1] = rb;
	random[2] = rc;
	random[3] = rd;
	const played = seg.start.reduce((sum, n) => sum + n, 0);
	return {
		byStage,
		gap,
		seg,
		satisfied,
		dissatisfied: played - satisfied,
		lostSatisfied,
		lostDissatisfied,
		revenue,
		serveCost,
		starterAlive,
		starterTotal,
		referralDraws
	};
}

type Watched = { index: number; stage: number; expectation: number };

/** Tracked customers alive as the quarter begins, as they were then. */
function watchTracked(a: CustomerArrays, stories: Map<number, StoryEntry[]>): Watched[] {
	const watched: Watched[] = [];
	for (const index of stories.keys()) {
		if (a.flags[index]! & ALIVE)
			watched.push({ index, stage: a.stage[index]!, expectation: a.expectation[index]! });
	}
	return watched;
}

/**
 * Adds this quarter to the stories of the tracked customers, from what playCustomers left
 * in their rows (written here rather than in the loop, which then has no calls to make).
 */
function writeStories(
	a: CustomerArrays,
	stories: Map<number, StoryEntry[]>,
	watched: Watched[],
	quarter: number,
	revenueFactor: Float64Array
) {
	for (const { index, stage, expectation } of watched) {
		const perceived = a.perceived[index]!;
		const satisfied = (a.flags[index]! & SATISFIED) !== 0;
		const story = stories.get(index)!;
		if (!(a.flags[index]! & ALIVE)) {
			story.push({
				quarter,
				stage,
				expectation,
				perceived,
				satisfied,
				spend: 0,
				alive: false,
				reason: satisfied
					? 'Rời đi dù hài lòng: đối thủ chào mời hấp dẫn hơn hoặc nhu cầu thay đổi.'
					: `Rời đi vì thất vọng: cảm nhận P = ${perceived.toFixed(1)} thấp hơn kỳ vọng E = ${expectation.toFixed(1)}.`
			});
			continue;
		}
		// The quarter's purchases, as playCustomers computed them from the starting stage.
		const spend = a.spendLevel[index]! * spendFactor(stage, revenueFactor[a.segment[index]!]!);
		story.push({
			quarter,
			stage: a.stage[index]!,
			expectation,
			perceived,
			satisfied,
			spend,
			alive: true
		});
	}
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
		const aliveAtStart = countAlive(a.flags, this.count);
		const plan = planQuarter(s, d, this.churnScale);
		const { L, philosophy, targeted, values, costs, delivered, retentionSpend } = plan;
		const retentionPerHead = retentionSpend / Math.max(1, aliveAtStart);

		const watched = watchTracked(a, this.stories);
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
			tenureSum: this.tenureSum,
			tenureCount: this.tenureCount
		});
		writeStories(a, this.stories, watched, this.quarter + 1, plan.revenueFactor);
		const { byStage, gap, seg, satisfied, dissatisfied, lostSatisfied, lostDissatisfied } = t;
		const { revenue, serveCost, starterAlive, starterTotal, referralDraws } = t;
		const margin = s.grossMargin;

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
		// Referred friends join the segments in turn.
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
		a.taste[i] = hashUnit(i, this.seed | 0);
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
	return clvUnlimited(m, r, M.DISCOUNT_RATE);
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
