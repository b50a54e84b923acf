/**
 * Retention economics of chapter 4 (xay-dung-quan-he#gia-tri-vong-doi): the customer
 * lifetime value of one customer, CLV − AC, and how CLV moves with retention.
 */
import { clvOverYears, clvUnlimited } from '$lib/crm/clv';

export { clvOverYears, clvUnlimited };

export type RetentionInputs = {
	/** Acquisition cost of one new customer (AC), đồng. */
	acquisitionCost: number;
	/** Cost of keeping one customer for a year, đồng. */
	retentionCost: number;
	/** Gross margin a customer brings each year (m), đồng. */
	margin: number;
	/** Yearly retention rate r, 0–1. */
	retention: number;
	/** Yearly discount rate d, 0–1. */
	discount: number;
};

export type RetentionResult = {
	clv: number;
	clv5: number;
	netValue: number;
	/** How many times more a new customer costs than keeping one for a year. */
	costRatio: number | null;
	/** CLV for retention 50%, 55% … 95%. */
	curve: { retention: number; clv: number }[];
};

export const CURVE_RATES = Array.from({ length: 10 }, (_, i) => 0.5 + i * 0.05);

export function retentionEconomics(x: RetentionInputs): RetentionResult {
	const clv = clvUnlimited(x.margin, x.retention, x.discount);
	return {
		clv,
		clv5: clvOverYears(x.margin, x.retention, x.discount, 5),
		netValue: clv - x.acquisitionCost,
		costRatio: x.retentionCost > 0 ? x.acquisitionCost / x.retentionCost : null,
		curve: CURVE_RATES.map((r) => ({ retention: r, clv: clvUnlimited(x.margin, r, x.discount) }))
	};
}

/** The chapter's example (Sóng Mây): m = 2.000.000 đ, r = 80%, d = 10%, AC = 2.400.000 đ. */
export const CHAPTER_EXAMPLE: RetentionInputs = {
	acquisitionCost: 2_400_000,
	retentionCost: 400_000,
	margin: 2_000_000,
	retention: 0.8,
	discount: 0.1
};
