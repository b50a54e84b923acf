/**
 * Building blocks for the schemas of content/widgets/*.json, and the schema of the texts the
 * shared pieces show (content/widgets/shared.json). Messages name what is wrong; the file and
 * field come from parseContent.
 */
import * as v from 'valibot';
import { gaps } from './template';

export const text = v.pipe(v.string('must be text'), v.trim(), v.nonEmpty('must not be empty'));

export const ref = v.pipe(
	v.string('must be text'),
	v.regex(/^[a-z0-9-]+#[a-z0-9-]+$/, 'a ref looks like <slug>#<section-id>')
);

export const itemId = v.pipe(
	v.string('must be text'),
	v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lower-case-with-dashes')
);

/** A text whose gaps are exactly `names`, each used (none, when `names` is empty). */
export const template = (names: readonly string[]) =>
	v.pipe(
		text,
		v.check(
			(t) => {
				const used = gaps(t);
				return used.every((g) => names.includes(g)) && names.every((n) => used.includes(n));
			},
			names.length
				? `must use the gaps ${names.map((n) => `{${n}}`).join(', ')}`
				: 'takes no {gaps}'
		)
	);

/** An object with exactly these keys, each holding `value`. */
export const keyed = <const K extends string, S extends v.GenericSchema>(
	keys: readonly K[],
	value: S
) => v.strictObject(Object.fromEntries(keys.map((k) => [k, value])) as Record<K, S>);

/** A non-empty list of items whose `id`s are unique. */
export const listOf = <S extends v.GenericSchema<unknown, { id: string }>>(item: S) =>
	v.pipe(
		v.array(item, 'must be a list'),
		v.minLength(1, 'must not be empty'),
		v.check((list) => new Set(list.map((x) => x.id)).size === list.length, 'ids must be unique')
	);

/** content/widgets/shared.json: the waiting frame, the calculators and the classification exercise. */
export const SharedSchema = v.strictObject({
	waiting: v.strictObject({ loading: text, failed: text }),
	/** Shown instead of a calculator's results while a field cannot be read. */
	fixInputs: text,
	classify: v.strictObject({
		choose: text,
		right: text,
		wrong: text,
		notThis: template(['category']),
		unanswered: text,
		check: text,
		reset: text,
		/** On a slide, one item at a time (src/lib/widgets/shared/on-slide.ts). */
		pager: v.strictObject({
			label: text,
			previous: text,
			next: text,
			position: template(['index', 'total'])
		}),
		verdict: v.strictObject({
			incomplete: template(['answered', 'total', 'score']),
			allRight: template(['total']),
			someWrong: template(['score', 'total'])
		})
	})
});

export type SharedText = v.InferOutput<typeof SharedSchema>;
