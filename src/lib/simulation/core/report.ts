import { clvUnlimited } from '$lib/crm/clv';
import type { Cause } from './causes';
import type { Decisions } from './decisions';
import type { LeverId } from './levers';
import { CLV_RETENTION_CAP, DISCOUNT_RATE, QUARTERS_PER_YEAR } from './params';
import type { CostParts, ValueParts } from './plan';

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
	/** The scenario's budget for the quarter (what the decisions could have spent). */
	budget: number;
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
	/** Expected discounted profit of the customers active at the quarter's end (equity.ts). */
	customerEquity: number;
	/** Cumulative profit + customer equity: the game's headline result. */
	firmValue: number;
	acquisitionCostPerNewCustomer: number | null;
	retentionCostPerKeptCustomer: number | null;
	startingCohortRemaining: number;
	churnSatisfied: number;
	churnDissatisfied: number;
	clv: number;
	segments: SegmentReport[];
	causes: Cause[];
};

/**
 * CLV from a quarterly profit per customer and a quarterly retention rate, with the
 * unlimited-horizon formula of chapter 4 on yearly figures: m ÷ (1 + d − r).
 */
export function lifetimeValue(quarterlyProfit: number, quarterlyRetention: number): number {
	const m = quarterlyProfit * QUARTERS_PER_YEAR;
	const r = Math.min(CLV_RETENTION_CAP, Math.max(0, quarterlyRetention) ** QUARTERS_PER_YEAR);
	return clvUnlimited(m, r, DISCOUNT_RATE);
}
