/**
 * Building blocks of the calculators' content files (content/widgets/*.json): a field's words,
 * the list of presets, and the kinds of number a preset holds.
 */
import * as v from 'valibot';
import { text } from './schema';

/** A field's label, its name inside a sentence ("số tháng") and its unit. */
export const calculatorField = v.strictObject({ label: text, name: text, unit: text });

/** The presets, each a label and its inputs; the first gives the starting values. */
export const presetList = <S extends v.GenericSchema>(inputs: S) =>
	v.pipe(v.array(v.strictObject({ label: text, inputs })), v.minLength(1, 'must not be empty'));

export const amount = v.pipe(v.number('must be a number'), v.minValue(0, 'must not be negative'));

/** A rate stored as a share (0.8 = 80%). */
export const share = v.pipe(
	v.number('must be a number'),
	v.minValue(0, 'is a share from 0 to 1'),
	v.maxValue(1, 'is a share from 0 to 1')
);

/** A whole number, at least `min`. */
export const whole = (min: number) =>
	v.pipe(
		v.number('must be a number'),
		v.integer('must be a whole number'),
		v.minValue(min, `must be at least ${min}`)
	);
