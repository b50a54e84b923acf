/**
 * Chapter 8's total cost of an on-premise CRM against a rented (cloud, SaaS) one
 * (crm-internet-xu-huong#tai-cho-va-theo-yeu-cau), from what the learner typed, in million
 * đồng: what each costs once and every year, both added up year by year, and the break-even
 * point once + yearly × n equal for both, when there is one.
 */
import { formatDecimal, formatPercent } from '$lib/format/numbers';
import { fieldText, notShown, readNumbers, type FieldRule } from '../shared/calculator';
import { fill } from '../shared/template';
import type { DeploymentCostText } from './schema';

export type DeploymentInputs = {
	/** CRM users. */
	users: number;
	/** On-premise: licence per user, servers and implementation, maintenance as a share of the
	 * licences each year, technical staff each year. */
	licence: number;
	setup: number;
	maintenance: number;
	staff: number;
	/** Cloud: setting up, moving data and training once; subscription per user per month. */
	cloudSetup: number;
	subscription: number;
};

export type FieldKey = keyof DeploymentInputs;
export type Raw = Record<FieldKey, string>;

export const ON_PREMISE_KEYS = ['licence', 'setup', 'maintenance', 'staff'] as const;
export const CLOUD_KEYS = ['cloudSetup', 'subscription'] as const;
export const FIELD_KEYS = ['users', ...ON_PREMISE_KEYS, ...CLOUD_KEYS] as const;

/** Users are a whole number, at least 1; maintenance is 0–100%. */
const RULES: Record<FieldKey, FieldRule> = {
	users: { min: 1, whole: true },
	licence: {},
	setup: {},
	maintenance: { max: 100, percent: true },
	staff: {},
	cloudSetup: {},
	subscription: {}
};

/** The fields as a learner would type them: "50", "0,6", maintenance "20" (%). */
export const toRaw = (x: DeploymentInputs): Raw => fieldText(x, RULES);

export type Reading = { errors: Record<FieldKey, string>; values: Partial<DeploymentInputs> };

/** Reads every field by its rule. */
export const readFields = (raw: Raw, wholeNumber: string): Reading =>
	readNumbers(raw, RULES, wholeNumber);

export type Costs = { once: number; yearly: number };
export type Comparison = {
	onPremise: Costs & { licences: number };
	cloud: Costs;
	/** Where the two totals meet, in years, and which is cheaper before it. */
	breakEven: { years: number; cheaperFirst: 'onPremise' | 'cloud' } | null;
	/** Cheaper at every horizon when the totals never cross (null if they cross or are equal). */
	alwaysCheaper: 'onPremise' | 'cloud' | null;
};

/** Cumulative cost after `years` years. */
export const totalAfter = (costs: Costs, years: number) => costs.once + costs.yearly * years;

/** The chapter's comparison: Cầu Nối's 600 + 200 × n against 60 + 360 × n meet at 3,375 years. */
export function compare(x: DeploymentInputs): Comparison {
	const licences = x.users * x.licence;
	const onPremise = {
		licences,
		once: licences + x.setup,
		yearly: x.maintenance * licences + x.staff
	};
	const cloud = { once: x.cloudSetup, yearly: x.users * x.subscription * 12 };
	const onceGap = onPremise.once - cloud.once;
	const yearlyGap = cloud.yearly - onPremise.yearly;
	// the totals cross after n > 0 years only when one is cheaper at first and dearer every year
	if (onceGap * yearlyGap > 0)
		return {
			onPremise,
			cloud,
			breakEven: { years: onceGap / yearlyGap, cheaperFirst: onceGap > 0 ? 'cloud' : 'onPremise' },
			alwaysCheaper: null
		};
	const sign = onceGap !== 0 ? onceGap : -yearlyGap;
	return {
		onPremise,
		cloud,
		breakEven: null,
		alwaysCheaper: sign > 0 ? 'cloud' : sign < 0 ? 'onPremise' : null
	};
}

/** The horizons the table shows, in years. */
export const YEARS = [1, 2, 3, 4, 5] as const;

export type Worked =
	| {
			ok: true;
			lines: string[];
			rows: { years: number; onPremise: number; cloud: number }[];
			verdict: string;
			comparison: Comparison;
	  }
	| { ok: false; reason: string };

const num = (x: number) => formatDecimal(x, 2);

/** The comparison worked out with the learner's numbers, or why it is not shown. */
export function workedLines(reading: Reading, words: DeploymentCostText): Worked {
	const reason = notShown(FIELD_KEYS, reading.values, words);
	if (reason) return { ok: false, reason };
	const x = reading.values as DeploymentInputs;
	const c = compare(x);
	const lines = [
		fill(words.lines.onPremiseOnce, {
			users: num(x.users),
			licence: num(x.licence),
			licences: num(c.onPremise.licences),
			setup: num(x.setup),
			once: num(c.onPremise.once)
		}),
		fill(words.lines.onPremiseYearly, {
			maintenance: formatPercent(x.maintenance),
			licences: num(c.onPremise.licences),
			staff: num(x.staff),
			yearly: num(c.onPremise.yearly)
		}),
		fill(words.lines.cloudOnce, { once: num(c.cloud.once) }),
		fill(words.lines.cloudYearly, {
			users: num(x.users),
			subscription: num(x.subscription),
			yearly: num(c.cloud.yearly)
		})
	];
	const rows = YEARS.map((years) => ({
		years,
		onPremise: totalAfter(c.onPremise, years),
		cloud: totalAfter(c.cloud, years)
	}));
	let verdict = words.breakEven.equal;
	if (c.breakEven) {
		const years = formatDecimal(c.breakEven.years, 3);
		const first = c.breakEven.cheaperFirst;
		verdict = [
			fill(words.breakEven.worked, {
				onceGap: num(Math.abs(c.onPremise.once - c.cloud.once)),
				yearlyGap: num(Math.abs(c.cloud.yearly - c.onPremise.yearly)),
				approx: Math.abs(Number(years.replace(',', '.')) - c.breakEven.years) < 1e-9 ? '=' : '≈',
				years
			}),
			fill(words.breakEven.order, {
				first: words.names[first],
				then: words.names[first === 'cloud' ? 'onPremise' : 'cloud']
			})
		].join(' ');
	} else if (c.alwaysCheaper) {
		verdict = fill(words.breakEven.always, { cheaper: words.names[c.alwaysCheaper] });
	}
	return { ok: true, lines, rows, verdict, comparison: c };
}
