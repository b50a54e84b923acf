/**
 * content/widgets/data-decay.json: the words of chapter 7's data decay
 * (du-lieu-va-phan-tich#suy-giam-du-lieu) and the chapter's example as presets; the rate is
 * the share (0.02 = 2%) of the still-correct records that go out of date each month.
 */
import * as v from 'valibot';
import { template, text } from '../shared/schema';

const whole = (min: number) =>
	v.pipe(
		v.number('must be a number'),
		v.integer('must be a whole number'),
		v.minValue(min, `must be at least ${min}`)
	);
const field = v.strictObject({ label: text, name: text, unit: text });

export const DataDecaySchema = v.strictObject({
	intro: text,
	presets: v.pipe(
		v.array(
			v.strictObject({
				label: text,
				inputs: v.strictObject({
					records: whole(1),
					rate: v.pipe(
						v.number('must be a number'),
						v.minValue(0, 'is a share from 0 to 1'),
						v.maxValue(1, 'is a share from 0 to 1')
					),
					months: v.pipe(whole(0), v.maxValue(600, 'at most 600 months'))
				})
			})
		),
		v.minLength(1, 'must not be empty')
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
