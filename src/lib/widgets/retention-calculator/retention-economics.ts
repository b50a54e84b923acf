/**
 * Retention economics of chapter 4 (xay-dung-quan-he#gia-tri-vong-doi): the customer
 * lifetime value of one customer, CLV − AC, and how CLV moves with retention, from the fields
 * the learner typed. The chapter's example (Sóng Mây) is in
 * content/widgets/retention-calculator.json.
 */
import { clvOverYears, clvUnlimited } from '$lib/crm/clv';
import { fieldText, readNumbers, type FieldRule } from '../shared/calculator';

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

export type FieldKey = keyof RetentionInputs;
export type Raw = Record<FieldKey, string>;

export const FIELD_KEYS = [
	'acquisitionCost',
	'retentionCost',
	'margin',
	'retention',
	'discount'
] as const;
/** Rates are typed as percentages and used as shares. */
const RATE = { max: 100, percent: true };
const RULES: Record<FieldKey, FieldRule> = {
	acquisitionCost: {},
	retentionCost: {},
	margin: {},
	retention: RATE,
	discount: RATE
};

/** The fields as a learner would type them: "2.400.000", "80". */
export const toRaw = (x: RetentionInputs): Raw => fieldText(x, RULES);

export type Reading = {
	/** The message shown next to each field, '' when it can be used. */
	errors: Record<FieldKey, string>;
	/** Every field read, rates as shares; null while one cannot be used. */
	inputs: RetentionInputs | null;
};

/** Reads every field, rates 0–100%; r = 100% is refused on r with `unlimited` (CLV has no limit). */
export function readFields(raw: Raw, unlimited: string): Reading {
	const { errors, values } = readNumbers(raw, RULES);
	if (values.retention !== undefined && values.retention >= 1) {
		errors.retention = unlimited;
		delete values.retention;
	}
	const complete = FIELD_KEYS.every((k) => values[k] !== undefined);
	return { errors, inputs: complete ? (values as RetentionInputs) : null };
}

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

/** The row of the curve closest to `retention` (−1 when there is none). */
export function nearestRate(retention: number): number {
	const i = Math.round((retention - CURVE_RATES[0]!) / 0.05);
	return i >= 0 && i < CURVE_RATES.length ? i : -1;
}

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
