import * as v from 'valibot';

/**
 * A case firm. Money is in thousand đồng; rates are per quarter unless named otherwise.
 * The same schema checks content/scenarios/*.json at build time, a scenario file given to
 * `npm run sim` or `npm run calibrate`, and one a learner opens in the browser.
 *
 * Every number has a documented range (SCENARIO_RANGES, SEGMENT_RANGES) and the money
 * fields are also checked against each other (SCENARIO_RATIOS); anything outside is refused
 * with the field named. Inside a narrower part of them, ORDINARY_RANGES (ordinary.ts, with
 * the same ratios), a scenario is an ordinary firm and the calibration's structural facts
 * hold for it (dissatisfied churn ≥ 2× satisfied; balanced beats the misconception policies;
 * hard selling leads early revenue then loses; +5 points of retention raise profit; the top
 * 20% earn ≥ 60% of profit; acquisition dearer than retention; an interior price optimum;
 * marketing and societal beat the other philosophies; a harvest lowers firm value):
 * calibration.test.ts plays random ordinary firms, `npm run calibrate` names what lies outside.
 *
 * The level facts follow the parameters instead, and a lecturer moves them on purpose (each
 * fact's `lever` in facts.ts names the parameter; `npm run calibrate` prints it):
 * - the share of starting customers lost without CRM: the segments' `churn`;
 * - the tenure quarter in which a new customer breaks even: `grossMargin` (with `serveCost`
 *   and the segments' `spend`);
 * - the size of the Reichheld gain (+5 points of yearly retention → more 5-year profit):
 *   `fixedCost` (the smaller the base profit, the larger the gain in per cent);
 * - how many times dearer a new customer is than a kept one: `prospectPool`;
 * - how much the balanced programme grows firm value over 12 quarters: `budget`.
 */

type Range = { min: number; max: number; integer?: boolean; above?: boolean; doc: string };

/** The firm's numbers: from min to max (`above`: strictly above min). */
export const SCENARIO_RANGES = {
	quarters: { min: 12, max: 20, integer: true, doc: 'quarters in a game' },
	startingCustomers: { min: 100, max: 1_000_000, integer: true, doc: 'customers at the start' },
	prospectPool: {
		min: 100,
		max: 10_000_000,
		integer: true,
		doc: 'prospects paid acquisition reaches'
	},
	budget: { min: 0, max: 1e10, above: true, doc: 'marketing budget per quarter, thousand đồng' },
	grossMargin: { min: 0.05, max: 0.95, doc: 'gross margin on revenue' },
	serveCost: { min: 0, max: 1e7, doc: 'serving one customer for a quarter, thousand đồng' },
	fixedCost: { min: 0, max: 1e10, doc: 'costs that do not depend on customers, per quarter' },
	leverScale: {
		min: 0,
		max: 1e7,
		above: true,
		doc: 'spend per customer per quarter at which a lever gives 63% of its effect'
	},
	segments: { min: 2, max: 255, integer: true, doc: 'customer segments' }
} as const satisfies Record<string, Range>;

/** Each segment's numbers. */
export const SEGMENT_RANGES = {
	share: { min: 0, max: 1, doc: 'share of the starting customers (all add up to 1)' },
	prospectShare: { min: 0, max: 1, doc: 'share of the prospect pool (all add up to 1)' },
	spend: {
		min: 0,
		max: 1e7,
		above: true,
		doc: 'mean revenue per customer per quarter at the base price, thousand đồng'
	},
	spendSpread: { min: 0, max: 2, doc: 'log-normal sigma of spend between customers' },
	priceSensitivity: { min: 0, max: 1, doc: '0 = price does not matter, 1 = very sensitive' },
	expectation: { min: 0, max: 10, doc: 'starting expectation E on the 0–10 scale' },
	churn: { min: 0, max: 0.5, doc: 'base chance of leaving in a quarter' }
} as const satisfies Record<string, Range>;

/**
 * How the money fields must sit against the starting customers (startingCustomers × the
 * share-weighted mean spend is the starting quarterly revenue). The built-in firms sit well
 * inside: budget ≈ 12% of revenue, fixed cost ≈ 70% of gross profit, serve cost ≈ 31% of a
 * mean customer's gross profit, lever scale ≈ 1.4% of mean spend, 3 prospects per customer.
 */
export const SCENARIO_RATIOS = {
	budget: { min: 0.01, max: 1, doc: 'budget ÷ starting quarterly revenue' },
	fixedCost: { min: 0, max: 1, doc: 'fixed cost ÷ starting quarterly gross profit' },
	serveCost: { min: 0, max: 0.9, doc: 'serve cost ÷ gross profit of a mean customer' },
	leverScale: { min: 0.001, max: 1, doc: 'lever scale ÷ mean spend per customer' },
	prospectPool: { min: 0.5, max: 50, doc: 'prospect pool ÷ starting customers' }
} as const satisfies Record<string, { min: number; max: number; doc: string }>;

/** 1e10 reads better than 10000000000 in a message. */
const show = (x: number) => (x >= 1e6 ? x.toExponential().replace('e+', 'e') : String(x));

const between = (r: Range) =>
	r.above
		? `must be a number above ${show(r.min)} and at most ${show(r.max)}`
		: `must be a number from ${show(r.min)} to ${show(r.max)}`;

function ranged(r: Range) {
	const message = r.integer
		? `must be a whole number from ${show(r.min)} to ${show(r.max)}`
		: between(r);
	return v.pipe(
		v.number(message),
		v.finite(message),
		v.check((x) => (r.integer ? Number.isInteger(x) : true), message),
		v.check((x) => (r.above ? x > r.min : x >= r.min) && x <= r.max, message)
	);
}

const id = v.pipe(
	v.string('must be text'),
	v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case-with-dashes')
);
const text = v.pipe(v.string('must be text'), v.trim(), v.nonEmpty('must not be empty'));
const S = SEGMENT_RANGES;
const F = SCENARIO_RANGES;

const SegmentSchema = v.strictObject({
	id,
	name: text,
	share: ranged(S.share),
	prospectShare: ranged(S.prospectShare),
	spend: ranged(S.spend),
	spendSpread: ranged(S.spendSpread),
	priceSensitivity: ranged(S.priceSensitivity),
	expectation: ranged(S.expectation),
	churn: ranged(S.churn)
});

const segmentsMessage = `must be a list of ${F.segments.min} to ${F.segments.max} segments`;

const FirmSchema = v.strictObject(
	{
		id,
		name: text,
		brief: text,
		difficulty: v.picklist([1, 2, 3], 'must be 1, 2 or 3'),
		teaches: v.pipe(v.array(text, 'must be a list of texts'), v.minLength(1, 'must not be empty')),
		quarters: ranged(F.quarters),
		startingCustomers: ranged(F.startingCustomers),
		prospectPool: ranged(F.prospectPool),
		budget: ranged(F.budget),
		grossMargin: ranged(F.grossMargin),
		serveCost: ranged(F.serveCost),
		fixedCost: ranged(F.fixedCost),
		leverScale: ranged(F.leverScale),
		segments: v.pipe(
			v.array(SegmentSchema, segmentsMessage),
			v.minLength(F.segments.min, segmentsMessage),
			v.maxLength(F.segments.max, segmentsMessage)
		)
	},
	'must be an object'
);

type Firm = v.InferOutput<typeof FirmSchema>;

const meanSpend = (s: Firm) => s.segments.reduce((a, x) => a + x.share * x.spend, 0);

/** What each ratio of SCENARIO_RATIOS is for a scenario (refused when outside its range). */
export function scenarioRatios(s: Firm): Record<keyof typeof SCENARIO_RATIOS, number> {
	const spend = meanSpend(s);
	const revenue = s.startingCustomers * spend;
	return {
		budget: s.budget / revenue,
		fixedCost: s.fixedCost / (revenue * s.grossMargin),
		serveCost: s.serveCost / (spend * s.grossMargin),
		leverScale: s.leverScale / spend,
		prospectPool: s.prospectPool / s.startingCustomers
	};
}

const ratioCheck = (field: keyof typeof SCENARIO_RATIOS) => {
	const r = SCENARIO_RATIOS[field];
	const ratio = (s: Firm) => scenarioRatios(s)[field];
	return v.forward(
		v.check(
			(s: Firm) => ratio(s) >= r.min && ratio(s) <= r.max,
			(issue) =>
				`${r.doc} is ${Number(ratio(issue.input as Firm).toPrecision(3))}; it must be from ${r.min} to ${r.max}`
		),
		[field]
	);
};

export const ScenarioSchema = v.pipe(
	FirmSchema,
	v.check(
		(s) => Math.abs(s.segments.reduce((a, x) => a + x.share, 0) - 1) < 1e-6,
		'segments: the shares must add up to 1'
	),
	v.check(
		(s) => Math.abs(s.segments.reduce((a, x) => a + x.prospectShare, 0) - 1) < 1e-6,
		'segments: the prospect shares must add up to 1'
	),
	v.check(
		(s) => new Set(s.segments.map((x) => x.id)).size === s.segments.length,
		'segments: ids must be unique'
	),
	ratioCheck('budget'),
	ratioCheck('fixedCost'),
	ratioCheck('serveCost'),
	ratioCheck('leverScale'),
	ratioCheck('prospectPool')
);

export type Scenario = v.InferOutput<typeof ScenarioSchema>;
export type Segment = Scenario['segments'][number];

/** A scenario that failed validation: `path` names the field (`segments.0.churn`). */
export class ScenarioError extends Error {
	constructor(
		readonly path: string,
		readonly problem: string
	) {
		super(path ? `${path}: ${problem}` : problem);
		this.name = 'ScenarioError';
	}
}

/** Validates a scenario from JSON; throws a ScenarioError naming the first wrong field. */
export function parseScenario(input: unknown): Scenario {
	// valibot takes a list for an object and would only say that `id` is missing.
	if (Array.isArray(input)) throw new ScenarioError('', 'must be an object (one firm), not a list');
	const result = v.safeParse(ScenarioSchema, input);
	if (result.success) return result.output;
	const issue = result.issues[0];
	const path = v.getDotPath(issue) ?? '';
	const problem =
		issue.expected === 'never'
			? 'is not a scenario field (check the spelling)'
			: issue.input === undefined && path
				? 'is missing'
				: issue.message;
	const [field, rest] = problem.startsWith('segments: ')
		? ['segments', problem.slice(10)]
		: [path, problem];
	throw new ScenarioError(field, rest);
}
