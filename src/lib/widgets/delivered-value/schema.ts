/**
 * content/widgets/delivered-value.json: the names of the four value and four cost parts, what
 * the result means, and the chapter's worked example (gia-tri-va-su-thoa-man#vi-du-tinh-gia-tri)
 * as presets, in thousand đồng per visit.
 */
import * as v from 'valibot';
import { keyed, text } from '../shared/schema';
import { COST_KEYS, VALUE_KEYS } from './delivered-value';

const amount = v.pipe(v.number('must be a number'), v.minValue(0, 'must not be negative'));

export const DeliveredValueSchema = v.strictObject({
	intro: text,
	examples: text,
	unit: text,
	value: v.strictObject({ legend: text, bar: text, parts: keyed(VALUE_KEYS, text) }),
	cost: v.strictObject({ legend: text, bar: text, parts: keyed(COST_KEYS, text) }),
	delivered: text,
	verdicts: v.strictObject({ positive: text, zero: text, negative: text }),
	barLegend: text,
	reset: text,
	presets: v.pipe(
		v.array(v.strictObject({ name: text, values: keyed([...VALUE_KEYS, ...COST_KEYS], amount) })),
		v.minLength(1, 'must not be empty')
	)
});
