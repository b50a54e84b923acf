/** What the calculators' fields and worked lines share, whatever they compute. */
import { formatDecimal, parseNumber } from '$lib/format/numbers';
import { fill } from './template';

/**
 * How a field is read: the bounds of what may be typed, whether it must be a whole number,
 * and whether it is typed as a percentage ("80") of a share the formulas use (0.8).
 */
export type FieldRule = { min?: number; max?: number; whole?: boolean; percent?: boolean };

export type FieldReading<K extends string> = {
	/** The message shown next to each field, '' when it can be used. */
	errors: Record<K, string>;
	/** The fields that could be read, percentages as shares. */
	values: Partial<Record<K, number>>;
};

/**
 * The inputs as a learner would type them ("2.000.000", "0,6", a share 0.8 as "80"); a field
 * the inputs have no value for keeps what `keep` holds.
 */
export function fieldText<K extends string>(
	inputs: Partial<Record<K, number>>,
	rules: Record<K, FieldRule>,
	keep: Record<K, string> | null = null
): Record<K, string> {
	const keys = Object.keys(rules) as K[];
	return Object.fromEntries(
		keys.map((k) => {
			const x = inputs[k];
			if (x === undefined) return [k, keep?.[k] ?? ''];
			return [k, formatDecimal(rules[k].percent ? x * 100 : x, 2)];
		})
	) as Record<K, string>;
}

/** Reads every field the Vietnamese way within its rule; `wholeNumber` says a fraction is not one. */
export function readNumbers<K extends string>(
	raw: Record<K, string>,
	rules: Record<K, FieldRule>,
	wholeNumber = ''
): FieldReading<K> {
	const errors = {} as Record<K, string>;
	const values: Partial<Record<K, number>> = {};
	for (const key of Object.keys(rules) as K[]) {
		const rule = rules[key];
		const parsed = parseNumber(raw[key], rule);
		if (!parsed.ok) errors[key] = parsed.message;
		else if (rule.whole && !Number.isInteger(parsed.value)) errors[key] = wholeNumber;
		else {
			errors[key] = '';
			values[key] = rule.percent ? parsed.value / 100 : parsed.value;
		}
	}
	return { errors, values };
}

/**
 * Why a result waits: the `notShown` template filled with the names of the `keys` that have
 * no value yet ("Chưa tính được vì ô số tháng chưa hợp lệ…"), or null when every one has.
 */
export function notShown<K extends string>(
	keys: readonly K[],
	values: Partial<Record<K, number>>,
	words: { notShown: string; fields: Record<K, { name: string }> }
): string | null {
	const missing = keys.filter((k) => values[k] === undefined);
	if (!missing.length) return null;
	return fill(words.notShown, { fields: missing.map((k) => words.fields[k].name).join(', ') });
}
