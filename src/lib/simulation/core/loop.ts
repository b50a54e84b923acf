import { ALIVE, SATISFIED, STARTER, type CustomerArrays } from './customer-arrays';
import type { EquityPlan, TRUST_STEPS } from './equity';
import * as M from './params';
import { spendFactor, type QuarterPlan } from './plan';
import type { RandomState } from './random';

/** The quarter plan's per-segment effects that every customer's quarter reads. */
type PlanEffects = Pick<
	QuarterPlan,
	| 'delivered'
	| 'loyalDiscount'
	| 'norm'
	| 'churnBase'
	| 'revenueFactor'
	| 'loyaltyChurnCut'
	| 'ePush'
	| 'trustGain'
>;

/** What playCustomers needs from the quarter's plan and the scenario, per segment or once. */
export type CustomerLoopInput = PlanEffects & {
	a: CustomerArrays;
	count: number;
	random: RandomState;
	segCount: number;
	margin: number;
	serveBase: number;
	retentionPerHead: number;
	/** The quarter's valuation tables: each customer who stays is valued here (equity.ts). */
	valuation: EquityPlan;
	tenureSum: Float64Array;
	tenureCount: Float64Array;
};

type SegmentSums = Record<
	'start' | 'kept' | 'satisfied' | 'sumE' | 'sumP' | 'revenue' | 'profit',
	Float64Array
>;

/**
 * Stores one segment's running sums. They are passed as arguments, not captured by a
 * closure: a closure would move the loop's locals out of registers.
 */
function writeRun(
	seg: SegmentSums,
	k: number,
	start: number,
	kept: number,
	satisfied: number,
	sumE: number,
	sumP: number,
	revenue: number,
	profit: number
) {
	seg.start[k] = start;
	seg.kept[k] = kept;
	seg.satisfied[k] = satisfied;
	seg.sumE[k] = sumE;
	seg.sumP[k] = sumP;
	seg.revenue[k] = revenue;
	seg.profit[k] = profit;
}

/** The quarter's sums over the customers, as playCustomers returns them. */
export type CustomerLoopTotals = ReturnType<typeof playCustomers>;

/**
 * One quarter for every customer row: perceived performance, expectation, trust, churn,
 * stage, spend and profit (customer.ts writes the same model out one customer at a time).
 * Kept apart from Game.step, and free of anything that runs once per quarter, so the JIT
 * compiles this loop once and keeps it compiled.
 */
export function playCustomers(input: CustomerLoopInput) {
	// The loop's whole-number constants (flag bits, stages, the top of the 0–10 scale, the
	// histogram's bins) as function-local literals, typed to equal params.ts's so that they
	// cannot drift: V8 reads a module-level const from memory, with a check, at every use in
	// the loop, and folds a literal into the instructions.
	const alive: typeof ALIVE = 1,
		satisfiedBit: typeof SATISFIED = 2,
		starter: typeof STARTER = 4,
		stageCount: typeof M.STAGE_COUNT = 7,
		gapBins: typeof M.GAP_BINS = 13,
		scaleMax: typeof M.SCALE_MAX = 10,
		trustSteps: typeof TRUST_STEPS = 16;
	const { a, count, random, segCount } = input;
	// Every customer alive at the start draws two numbers, noise then fate, from the sfc32
	// generator of random.ts written out inline, its state kept in locals for the whole loop
	// and stored back at the end: the same numbers as nextFloat, without a call or an array.
	let ra = random[0]!,
		rb = random[1]!,
		rc = random[2]!,
		rd = random[3]!;
	const { norm, trustGain, tenureSum, tenureCount } = input;
	const byStage = new Int32Array(stageCount);
	const gap = new Int32Array(gapBins);
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
		referralDraws = 0,
		customerEquity = 0;

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
		input.retentionPerHead,
		M.TRUST_VALUE,
		M.CHURN_TRUST_BASE,
		M.CHURN_TRUST_CUT,
		M.STAGE_UP_BASE,
		M.STAGE_UP_TRUST,
		M.STAGE_DOWN,
		M.REFERRAL_DELIGHT
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
		trustValue = numbers[9]!,
		churnTrustBase = numbers[10]!,
		churnTrustCut = numbers[11]!,
		stageUpBase = numbers[12]!,
		stageUpTrust = numbers[13]!,
		stageDown = numbers[14]!,
		referralDelight = numbers[15]!,
		churnFactor = Float64Array.of(M.CHURN_DISAPPOINTED, M.CHURN_SATISFIED),
		// By whether the customer was won during the game and is in its first year.
		churnNew = Float64Array.of(1, M.CHURN_FIRST_YEAR),
		firstYear = M.FIRST_YEAR_QUARTERS,
		trustStep = Float64Array.of(-M.TRUST_LOSS, trustGain);
	const { start: segStart, kept: segKept, satisfied: segSatisfied } = seg;
	const { sumE: segSumE, sumP: segSumP, revenue: segRevenue, profit: segProfit } = seg;
	const { segment: segmentOf, stage: stageOf, flags: flagsOf, trust: trustOf } = a;
	const { expectation: expectationOf, perceived: perceivedOf, tenure: tenureOf } = a;
	const { spendLevel: spendLevelOf, cumProfit: cumProfitOf, taste: tasteOf } = a;
	const { quarters: aheadOf, perSpend, serve: serveAhead } = input.valuation;
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
		if (!(flags & alive)) continue;
		const k = segmentOf[i]!;
		if (k !== runK) {
			if (runK >= 0)
				writeRun(
					seg,
					runK,
					runStart,
					runKept,
					runSatisfied,
					runSumE,
					runSumP,
					runRevenue,
					runProfit
				);
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
		const isNew = +!(flags & starter) & +(tenureOf[i]! < firstYear);
		const trust = trustOf[i]!;
		const dv = valueBase[cell]! + trustValue * trust;
		const trait = (tasteOf[i]! - 0.5) * pTrait;
		let t = (((ra + rb) | 0) + rd) | 0;
		rd = (rd + 1) | 0;
		ra = rb ^ (rb >>> 9);
		rb = (rc + (rc << 3)) | 0;
		rc = (((rc << 21) | (rc >>> 11)) + t) | 0;
		const noise = (t >>> 0) / 4294967296 - 0.5;
		const pRaw = pCentre + pSlope * dv + trait + noise * pNoise;
		const p = pRaw < 0 ? 0 : pRaw > scaleMax ? scaleMax : pRaw;
		const e = expectationOf[i]!;
		// Written without branches on satisfaction, which is a coin toss the CPU cannot predict.
		const sat = p >= e ? 1 : 0;
		runStart++;
		runSumE += e;
		runSumP += p;
		// P − E rounded to the nearest point, shifted so that P = E falls in the middle bin.
		// Bins below 1 (P − E ≤ −6) all clamp to 0; from 1 up, truncation does for floor.
		const bin = p - e + gapBins / 2;
		gap[bin < 1 ? 0 : bin >= gapBins - 1 ? gapBins - 1 : bin | 0]!++;
		perceivedOf[i] = p;
		const eNext = e + eLearning * (p - e) + eAnchor * (norm[k]! - e) + ePush;
		expectationOf[i] = eNext < 0 ? 0 : eNext > scaleMax ? scaleMax : eNext;
		const trustNext = trust + trustStep[sat]!;
		trustOf[i] = trustNext < 0 ? 0 : trustNext > 1 ? 1 : trustNext;
		const hazard =
			hazardBase[cell]! *
			(churnTrustBase - churnTrustCut * trust) *
			churnFactor[sat]! *
			loyalCut[stage]! *
			churnNew[isNew]!;
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
		const up =
			sat & +(move < (stageUpBase + stageUpTrust * trust) * stay) & +(stage < stageCount - 1);
		const down = (1 - sat) & +(move < stageDown * stay) & +(stage > 0);
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
		if (newStage === stageCount - 1 && p - e >= referralDelight) referralDraws++;

		// Customer equity: what this customer is expected to bring from here on (equity.ts's
		// customerValue written out, on the stage, trust and satisfaction the quarter left).
		const newFor = flags & starter ? 0 : tenure < firstYear ? firstYear - tenure : 0;
		const valueCell = newFor * cells + k * stageCount + newStage;
		const trustAt = trustOf[i]! * trustSteps;
		const j = trustAt >= trustSteps ? trustSteps - 1 : trustAt | 0;
		const row = (valueCell * 3 + sat) * (trustSteps + 1) + j;
		const ahead = aheadOf[row]! + (aheadOf[row + 1]! - aheadOf[row]!) * (trustAt - j);
		const spendCell = k * stageCount + newStage;
		customerEquity += (spendLevelOf[i]! * perSpend[spendCell]! - serveAhead[newStage]!) * ahead;
	}
	if (runK >= 0)
		writeRun(seg, runK, runStart, runKept, runSatisfied, runSumE, runSumP, runRevenue, runProfit);
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
		referralDraws,
		customerEquity
	};
}
