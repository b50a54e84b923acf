/**
 * Chapter 10's three CLV formulas (chien-luoc-va-gia-tri-khach-hang#cong-thuc-clv) from what
 * the learner typed: each field read the Vietnamese way, each form computed when the fields
 * it needs can be read, and its arithmetic written out with the learner's numbers.
 */
import { clvRetainedOnly, clvSimple, clvUnlimited } from '$lib/crm/clv';
import { formatDecimal, formatMoney, formatPercent } from '$lib/format/numbers';
import { fieldText, notShown, readNumbers, type FieldRule } from '../shared/calculator';
import { fill } from '../shared/template';
import type { ClvFormulasText } from './schema';

export type ClvInputs = {
	/** Gross margin a customer brings each year (m), đồng. */
	margin: number;
	/** Yearly retention rate r, 0–1. */
	retention: number;
	/** Yearly discount rate d, 0–1. */
	discount: number;
	/** Average revenue per purchase, đồng. */
	revenue: number;
	/** Purchases per year. */
	perYear: number;
	/** Years the customer stays. */
	years: number;
	/** Profit margin on revenue, 0–1. */
	marginRate: number;
};

export type FieldKey = keyof ClvInputs;
export type Raw = Record<FieldKey, string>;

/** The fields of forms 1 and 2, and of form 3. */
export const DISCOUNTED_KEYS = ['margin', 'retention', 'discount'] as const;
export const SIMPLE_KEYS = ['revenue', 'perYear', 'years', 'marginRate'] as const;
/** Rates are typed as percentages and used as shares. */
const RATE = { max: 100, percent: true };
const RULES: Record<FieldKey, FieldRule> = {
	margin: {},
	retention: RATE,
	discount: RATE,
	revenue: {},
	perYear: {},
	years: {},
	marginRate: RATE
};

/** The fields as a learner would type them: "2.000.000", "80"; one not in `inputs` keeps `keep`'s. */
export const toRaw = (inputs: Partial<ClvInputs>, keep: Raw | null = null): Raw =>
	fieldText(inputs, RULES, keep);

export type Reading = {
	/** The message shown next to each field, '' when it can be used. */
	errors: Record<FieldKey, string>;
	/** The fields that could be read, rates as shares. */
	values: Partial<ClvInputs>;
};

/** Reads every field; r ≥ 1 + d is refused on r, with `noLimit` as its message. */
export function readFields(raw: Raw, noLimit: string): Reading {
	const { errors, values } = readNumbers(raw, RULES);
	const { retention: r, discount: d } = values;
	if (r !== undefined && d !== undefined && r >= 1 + d) {
		errors.retention = noLimit;
		delete values.retention;
	}
	return { errors, values };
}

/** "=" when `x` is a whole number of đồng, "≈" when it was rounded to one. */
export const approx = (x: number) => (Math.abs(x - Math.round(x)) < 1e-6 ? '=' : '≈');

/** A share as the chapter writes it in a formula: 0.1 → "0,10", 0.125 → "0,125". */
export function formatShare(share: number): string {
	const text = formatDecimal(share, 4);
	const [whole, fraction = ''] = text.split(',');
	return `${whole},${fraction.padEnd(2, '0')}`;
}

export type Worked = { clv: number; lines: string[] };
export type FormResult = { ok: true; worked: Worked } | { ok: false; reason: string };

/** The three forms side by side: each worked out, or why it is not. */
export function clvForms(reading: Reading, words: ClvFormulasText) {
	const x = reading.values;
	const forms = words.forms;
	const discountedReason = notShown(DISCOUNTED_KEYS, x, words);
	const simpleReason = notShown(SIMPLE_KEYS, x, words);
	const money = formatMoney;
	const num = (n: number) => formatDecimal(n, 2);

	const discounted = (clv: number, template: string, extra: Record<string, string>) => {
		const values = {
			m: num(x.margin!),
			d: formatShare(x.discount!),
			r: formatShare(x.retention!),
			denominator: formatShare(1 + x.discount! - x.retention!),
			approx: approx(clv),
			clv: money(clv),
			...extra
		};
		return { clv, lines: [fill(template, values)] };
	};

	const unlimited: FormResult = discountedReason
		? { ok: false, reason: discountedReason }
		: {
				ok: true,
				worked: discounted(
					clvUnlimited(x.margin!, x.retention!, x.discount!),
					forms.unlimited.worked,
					{}
				)
			};
	const retainedOnly: FormResult = discountedReason
		? { ok: false, reason: discountedReason }
		: {
				ok: true,
				worked: discounted(
					clvRetainedOnly(x.margin!, x.retention!, x.discount!),
					forms.retainedOnly.worked,
					{ retained: num(x.margin! * x.retention!) }
				)
			};

	let simple: FormResult = { ok: false, reason: simpleReason ?? '' };
	if (!simpleReason) {
		const lifetimeRevenue = x.revenue! * x.perYear! * x.years!;
		const clv = clvSimple(x.revenue!, x.perYear!, x.years!, x.marginRate!);
		const revenueLine = fill(forms.simple.revenue, {
			revenue: num(x.revenue!),
			perYear: num(x.perYear!),
			years: num(x.years!),
			lifetimeRevenue: num(lifetimeRevenue)
		});
		const clvLine = fill(forms.simple.worked, {
			lifetimeRevenue: num(lifetimeRevenue),
			marginRate: formatPercent(x.marginRate!),
			approx: approx(clv),
			clv: money(clv)
		});
		simple = { ok: true, worked: { clv, lines: [revenueLine, clvLine] } };
	}
	return { unlimited, retainedOnly, simple };
}
