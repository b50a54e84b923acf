/**
 * content/widgets/loyalty-types.json: the words of chapter 9's four types of loyalty
 * (phan-nan-va-trung-thanh#bon-kieu-trung-thanh), keyed by type, what a firm should do about
 * each (#hanh-dong-theo-kieu), and the chapter's customers of Mộc Lam as presets scored 1–10.
 */
import * as v from 'valibot';
import { keyed, template, text } from '../shared/schema';
import { LEVELS, LOYALTY_TYPES } from './loyalty-types';

const score = v.pipe(
	v.number('must be a number'),
	v.integer('must be a whole number'),
	v.minValue(1, 'scores run from 1 to 10'),
	v.maxValue(10, 'scores run from 1 to 10')
);
const dimension = v.strictObject({ label: text, ...keyed(LEVELS, text).entries });

export const LoyaltyTypesSchema = v.strictObject({
	intro: text,
	attitude: dimension,
	repeat: dimension,
	threshold: template(['high']),
	customers: v.strictObject({
		label: text,
		items: v.pipe(
			v.array(v.strictObject({ name: text, story: text, attitude: score, repeat: score })),
			v.minLength(4, 'has one customer per type at least'),
			v.check(
				(list) => new Set(list.map((c) => c.name)).size === list.length,
				'customers must have different names'
			)
		)
	}),
	scores: template(['attitude', 'attitudeLevel', 'repeat', 'repeatLevel']),
	types: keyed(
		LOYALTY_TYPES,
		v.strictObject({ name: text, english: text, reading: text, action: text })
	),
	actionLabel: text,
	matrix: v.strictObject({
		caption: text,
		corner: text,
		rows: keyed(LEVELS, text),
		columns: keyed(LEVELS, text),
		here: text
	}),
	reset: text
});

export type LoyaltyTypesText = v.InferOutput<typeof LoyaltyTypesSchema>;
