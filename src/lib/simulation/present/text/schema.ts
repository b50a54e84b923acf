import * as v from 'valibot';
import { ContentError, parseContent } from '$lib/content/errors';
import { CAUSE_CODES, CAUSE_VALUES, REF as CAUSE_REFS, type CauseCode } from '../../core/causes';
import { LEVER_IDS, PHILOSOPHY_IDS } from '../../core/levers';
import { gaps } from './template';

/**
 * The schemas of content/simulator/*.json: every text the simulator shows. Each parse
 * function throws a ContentError naming the file and the field that is wrong.
 */

const text = v.pipe(v.string('must be text'), v.trim(), v.nonEmpty('must not be empty'));
const ref = v.pipe(
	v.string('must be text'),
	v.regex(/^[a-z0-9-]+#[a-z0-9-]+$/, 'a ref looks like <slug>#<section-id>')
);

/** A text whose gaps are all among `names` (none, when `names` is empty). */
const template = (names: readonly string[]) =>
	v.pipe(
		text,
		v.check(
			(t) => gaps(t).every((g) => names.includes(g)),
			names.length
				? `may only use the gaps ${names.map((n) => `{${n}}`).join(', ')}`
				: 'takes no {gaps}'
		)
	);

/** An object with exactly these keys, each holding `value`. */
const keyed = <const K extends string, S extends v.GenericSchema>(keys: readonly K[], value: S) =>
	v.strictObject(Object.fromEntries(keys.map((k) => [k, value])) as Record<K, S>);

const described = v.strictObject({ label: text, reminder: text, ref });

export const LeversSchema = v.strictObject({ levers: keyed(LEVER_IDS, described) });
export const PhilosophiesSchema = v.strictObject({
	philosophies: keyed(PHILOSOPHY_IDS, described)
});
// Keyed by policy id; check.ts makes sure the ids are the engine's.
export const PoliciesSchema = v.strictObject({
	policies: v.record(v.string(), v.strictObject({ label: text, description: text }))
});

export const GuidedSchema = v.strictObject({
	steps: v.pipe(
		v.array(
			v.strictObject({
				from: v.pipe(v.number(), v.integer(), v.minValue(0)),
				levers: v.pipe(v.array(v.picklist(LEVER_IDS, 'is not a lever id')), v.minLength(1)),
				targeting: v.optional(v.boolean()),
				title: text,
				lesson: text,
				ref
			})
		),
		v.check(
			(steps) => steps.every((s, i) => i === 0 || s.from > steps[i - 1]!.from),
			'the steps come in order of their quarter'
		),
		v.check(
			(steps) => LEVER_IDS.every((l) => steps.filter((s) => s.levers.includes(l)).length === 1),
			`every lever arrives in exactly one step (${LEVER_IDS.join(', ')})`
		),
		v.check((steps) => steps[0]?.from === 0, 'the first step opens before the first quarter')
	)
});

export const DebriefSchema = v.strictObject({
	scores: v.strictObject({
		profit: v.strictObject({
			label: text,
			text: template(['profit']),
			explain: template(['reference']),
			explainAlone: template([])
		}),
		retention: v.strictObject({ label: text, text: template(['retention']), explain: text }),
		satisfaction: v.strictObject({ label: text, text: template(['satisfied']), explain: text }),
		centricity: v.strictObject({ label: text, text: template(['centricity']), explain: text })
	}),
	evidence: template(['quarter', 'cause']),
	// Every section a cause points to has its lesson.
	lessons: keyed(Object.values(CAUSE_REFS), text)
});

export const VoteSchema = v.strictObject({
	moves: v.strictObject({
		philosophy: template(['philosophy']),
		lowerPrice: template([]),
		raisePrice: template([]),
		focus: template(['lever'])
	}),
	hint: text,
	results: v.strictObject({
		badCount: template([]),
		tie: template([]),
		noVotes: template([]),
		winner: template(['move', 'votes'])
	})
});

export const METRIC_IDS = [
	'firmValue',
	'customerEquity',
	'customers',
	'acquired',
	'lost',
	'retentionRate',
	'satisfiedShare',
	'revenue',
	'cost',
	'profit',
	'cumulativeProfit',
	'cumulativeRevenue',
	'clv',
	'acquisitionCost',
	'retentionCost',
	'finalCustomers',
	'averageRetention',
	'averageSatisfied',
	'finalClv',
	'finalFirmValue',
	'finalCustomerEquity',
	'productValue',
	'serviceValue',
	'personnelValue',
	'imageValue',
	'moneyCost',
	'timeCost',
	'energyCost',
	'psychicCost',
	'deliveredValue',
	'averageE',
	'averageP',
	'segmentClv'
] as const;
export type MetricId = (typeof METRIC_IDS)[number];
export const MetricsSchema = v.strictObject({ metrics: keyed(METRIC_IDS, text) });

export const MessagesSchema = v.strictObject({
	firstRun: template([]),
	unnamedRun: template([]),
	balancedRun: template([]),
	sharedRun: template([]),
	branchRun: template(['quarter', 'run']),
	badLink: template(['problem']),
	sharedBeside: template([]),
	parallelRun: template(['run']),
	unreadableSave: template(['problem', 'key']),
	unreadableSaveKept: template(['problem']),
	runsDropped: template(['count', 'problem', 'key']),
	newerSave: template(['version']),
	cannotSave: template([]),
	engineError: template(['problem']),
	invalidDecision: template(['problem']),
	storyStayed: template([]),
	storyLeftSatisfied: template([]),
	storyLeftDisappointed: template(['perceived', 'expectation'])
});

const chart = (titleGaps: string[] = []) =>
	v.strictObject({ title: template(titleGaps), summary: template(titleGaps) });

export const ChartsSchema = v.strictObject({
	quarter: template([]),
	inMillions: template(['metric']),
	inThousands: template(['metric']),
	stages: chart(),
	flow: chart(),
	money: chart(),
	satisfaction: v.strictObject({
		title: template(['quarter']),
		summary: template(['quarter']),
		series: template([]),
		gap: template([]),
		share: template([]),
		feeling: template([]),
		disappointed: template([]),
		satisfied: template([])
	}),
	concentration: v.strictObject({
		title: template([]),
		summary: template(['top20']),
		series: template([]),
		customers: template([]),
		profit: template([])
	}),
	cost: chart(),
	preview: v.strictObject({ title: template(['quarters']), summary: template([]) }),
	/** Axis titles, with their units: a chart's numbers mean nothing without them. */
	axes: v.strictObject({
		quarter: template([]),
		customers: template([]),
		millions: template([]),
		thousandsPerCustomer: template([]),
		gap: template([]),
		customerShare: template([]),
		bestCustomers: template([]),
		profitShare: template([])
	})
});

/** The texts of the game's screens: the start, the budget, each quarter's result, the end. */
export const ScreensSchema = v.strictObject({
	start: v.strictObject({
		title: template([]),
		steps: v.pipe(v.array(template([])), v.length(3, 'the start hint has three steps')),
		goal: template(['quarters', 'low', 'high', 'retentionLow', 'retentionHigh']),
		redYear: template([]),
		firmValue: template([]),
		gameCode: template([]),
		gameCodeExplain: template([])
	}),
	glass: v.strictObject({
		title: template(['quarter']),
		equity: template(['horizon']),
		change: template(['profit', 'equity'])
	}),
	budget: v.strictObject({
		less: template([]),
		more: template([]),
		blocked: template([]),
		unspent: template(['left']),
		split: template([]),
		unallocated: template([])
	}),
	turn: v.strictObject({
		result: template(['quarter', 'firmValue', 'change', 'profit', 'retention']),
		firstResult: template(['quarter', 'firmValue', 'profit', 'retention']),
		newLesson: template(['title']),
		more: template([]),
		bar: template(['quarter', 'quarters'])
	}),
	end: v.strictObject({
		title: template([]),
		text: template(['quarters']),
		debrief: template([]),
		replaySame: template([]),
		replayNew: template([]),
		compare: template([])
	}),
	grade: v.strictObject({
		label: template([]),
		levels: v.strictObject({ excellent: text, good: text, pass: text, fail: text }),
		explain: template(['firmValue', 'low', 'high', 'retention', 'retentionLow']),
		explainLevels: template([])
	})
});

/** The address of each built-in scenario under /mo-phong/, keyed by its id: Vietnamese, unique. */
export const AddressesSchema = v.strictObject({
	addresses: v.pipe(
		v.record(
			v.string(),
			v.pipe(
				v.string('must be text'),
				v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'an address is lowercase words joined by -')
			)
		),
		v.check(
			(a) => new Set(Object.values(a)).size === Object.keys(a).length,
			'two scenarios have the same address'
		),
		v.check(
			(a) => Object.values(a).every((slug) => !(slug in a)),
			'an address must not be another scenario’s id (old addresses redirect by id)'
		)
	)
});

export const CausesSchema = v.strictObject({ causes: v.record(v.string(), text) });

/**
 * The cause sentences: one for every code the engine gives, none for a code it does not,
 * and each names only the values its code carries.
 */
export function parseCauses(input: unknown, file: string): Record<CauseCode, string> {
	const { causes } = parseContent(CausesSchema, input, file);
	for (const code of CAUSE_CODES)
		if (causes[code] === undefined)
			throw new ContentError(file, `causes.${code}`, 'is missing: the engine gives this cause');
	for (const [code, sentence] of Object.entries(causes)) {
		if (!(code in CAUSE_VALUES))
			throw new ContentError(file, `causes.${code}`, 'is not a cause the engine gives');
		const values = Object.keys(CAUSE_VALUES[code as CauseCode]);
		for (const gap of gaps(sentence))
			if (!values.includes(gap))
				throw new ContentError(
					file,
					`causes.${code}`,
					`uses {${gap}}, which this cause does not carry (it carries: ${values.join(', ') || 'nothing'})`
				);
	}
	return causes as Record<CauseCode, string>;
}
