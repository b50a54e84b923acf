import * as v from 'valibot';
import { gaps } from './template';

const text = v.pipe(v.string('must be text'), v.trim(), v.nonEmpty('must not be empty'));
/** A text whose gaps are all among `names`. */
const template = (...names: string[]) =>
	v.pipe(
		text,
		v.check(
			(t) => gaps(t).every((g) => names.includes(g)),
			names.length
				? `may only use the gaps ${names.map((n) => `{${n}}`).join(', ')}`
				: 'takes no {gaps}'
		)
	);
const range = template('min', 'max');
const RATIOS = ['budget', 'fixedCost', 'serveCost', 'leverScale', 'prospectPool'] as const;

/** content/simulator/scenario-file.json: opening a scenario file on /mo-phong. */
export const ScenarioFileSchema = v.strictObject({
	ui: v.strictObject({
		title: text,
		lead: text,
		pick: text,
		reading: text,
		refused: template('file'),
		field: template('field', 'problem'),
		notJson: template('problem'),
		unreadable: template('problem'),
		playing: template('file', 'name'),
		close: text
	}),
	// What the scenario schema's problems say, in Vietnamese (present/scenario-file.ts).
	problems: v.strictObject({
		number: range,
		above: range,
		whole: range,
		segments: range,
		missing: text,
		unknown: text,
		text: text,
		empty: text,
		id: text,
		difficulty: text,
		texts: text,
		shares: text,
		prospectShares: text,
		unique: text,
		list: text,
		object: text,
		ratio: template('ratio', 'value', 'min', 'max')
	}),
	ratios: v.strictObject(
		Object.fromEntries(RATIOS.map((r) => [r, text])) as Record<(typeof RATIOS)[number], typeof text>
	)
});
