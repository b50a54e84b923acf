/**
 * content/widgets/data-decay.json: the words of chapter 7's data decay
 * (du-lieu-va-phan-tich#suy-giam-du-lieu) and the chapter's example as presets; the rate is
 * the share (0.02 = 2%) of the still-correct records that go out of date each month.
 */
import * as v from 'valibot';
import { calculatorField as field, presetList, share, whole } from '../shared/calculator-schema';
import { template, text } from '../shared/schema';

export const DataDecaySchema = v.strictObject({
	intro: text,
	presets: presetList(
		v.strictObject({
			records: whole(1),
			rate: share,
			months: v.pipe(whole(0), v.maxValue(600, 'at most 600 months'))
		})
	),
	fields: v.strictObject({ records: field, rate: field, months: field }),
	wholeNumber: text,
	notShown: template(['fields']),
	lines: v.strictObject({
		correct: template(['records', 'keep', 'months', 'factor', 'correct']),
		outdated: template(['records', 'correct', 'outdated', 'share']),
		naive: template(['rate', 'months', 'naive'])
	}),
	tryThis: text,
	reset: text
});

export type DataDecayText = v.InferOutput<typeof DataDecaySchema>;
