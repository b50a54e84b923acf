/** What the calculators' worked lines share, whatever they compute. */
import { fill } from './template';

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
