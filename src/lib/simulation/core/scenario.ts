import * as v from 'valibot';

/**
 * A case firm. Money is in thousand đồng; rates are per quarter unless named otherwise.
 * The same schema checks content/scenarios/*.json at build time and a scenario a learner
 * loads from a file.
 */
const id = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case-with-dashes'));
const text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));
const positive = v.pipe(v.number(), v.finite(), v.gtValue(0, 'must be above 0'));
const share = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(1));

const SegmentSchema = v.strictObject({
	id,
	name: text,
	/** Share of the starting customers. */
	share,
	/** Share of the prospect pool. */
	prospectShare: share,
	/** Mean revenue per customer per quarter at the base price. */
	spend: positive,
	/** Spread of spend between customers (log-normal sigma): higher = more skewed. */
	spendSpread: v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(2)),
	/** 0 = price does not matter, 1 = very price-sensitive. */
	priceSensitivity: share,
	/** Starting expectation E on the 0–10 scale. */
	expectation: v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(10)),
	/** Base chance of leaving in a quarter. */
	churn: v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(0.5))
});

export const ScenarioSchema = v.pipe(
	v.strictObject({
		id,
		name: text,
		brief: text,
		difficulty: v.picklist([1, 2, 3]),
		teaches: v.pipe(v.array(text), v.minLength(1)),
		quarters: v.pipe(v.number(), v.integer(), v.minValue(12), v.maxValue(20)),
		startingCustomers: v.pipe(v.number(), v.integer(), v.minValue(100), v.maxValue(1_000_000)),
		prospectPool: v.pipe(v.number(), v.integer(), v.minValue(100), v.maxValue(10_000_000)),
		/** Marketing budget per quarter. */
		budget: positive,
		/** Gross margin on revenue (0–1). */
		grossMargin: share,
		/** Cost of serving one customer for a quarter. */
		serveCost: v.pipe(v.number(), v.finite(), v.minValue(0)),
		/** Costs that do not depend on customers (rent, wages, systems), per quarter. */
		fixedCost: v.pipe(v.number(), v.finite(), v.minValue(0)),
		/** Spend per customer per quarter at which a lever gives 63% of its full effect. */
		leverScale: positive,
		segments: v.pipe(v.array(SegmentSchema), v.minLength(2, 'needs at least 2 segments'))
	}),
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
	)
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
