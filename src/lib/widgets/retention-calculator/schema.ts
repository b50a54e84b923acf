/**
 * content/widgets/retention-calculator.json: the retention calculator's words and the
 * chapter's example (xay-dung-quan-he#vi-du-clv) as presets; rates are shares (0.8 = 80%).
 */
import * as v from 'valibot';
import { amount as money, presetList, share } from '../shared/calculator-schema';
import { template, text } from '../shared/schema';

const field = v.strictObject({ label: text, unit: text });

export const RetentionCalculatorSchema = v.strictObject({
	intro: text,
	presets: presetList(
		v.strictObject({
			acquisitionCost: money,
			retentionCost: money,
			margin: money,
			retention: v.pipe(share, v.maxValue(0.99, 'must stay under 1: CLV has no limit at 1')),
			discount: share
		})
	),
	fields: v.strictObject({
		acquisitionCost: field,
		retentionCost: field,
		margin: field,
		retention: field,
		discount: field
	}),
	unlimited: text,
	money: template(['amount']),
	results: v.strictObject({
		clv: text,
		clv5: text,
		netValue: text,
		costRatio: text,
		times: template(['ratio']),
		ofKeeping: template(['times'])
	}),
	verdicts: v.strictObject({ worth: text, loss: text }),
	curve: v.strictObject({
		caption: template(['margin', 'discount']),
		rate: text,
		clv: text,
		nearest: template(['rate'])
	}),
	reset: text
});
