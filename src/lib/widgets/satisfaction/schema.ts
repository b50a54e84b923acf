/**
 * content/widgets/satisfaction.json: the E/P explorer's words, what each feeling means, the
 * chapter's cases (gia-tri-va-su-thoa-man#hai-truong-hop) and a flight scored attribute by
 * attribute; every score is a whole number on the 1–10 scale.
 */
import * as v from 'valibot';
import { template, text } from '../shared/schema';

const score = v.pipe(
	v.number('must be a number'),
	v.integer('must be a whole number'),
	v.minValue(1, 'scores run from 1 to 10'),
	v.maxValue(10, 'scores run from 1 to 10')
);
const scored = v.strictObject({ name: text, expectation: score, perceived: score });
/** A non-empty list of scored things with different names. */
const scoredList = (what: string) =>
	v.pipe(
		v.array(scored, 'must be a list'),
		v.minLength(1, 'must not be empty'),
		v.check(
			(list) => new Set(list.map((x) => x.name)).size === list.length,
			`${what} must have different names`
		)
	);
const feeling = (rule: v.GenericSchema<string>) =>
	v.strictObject({ label: text, rule, effect: text });

export const SatisfactionSchema = v.strictObject({
	intro: text,
	modes: v.strictObject({ legend: text, overall: text, attributes: text }),
	cases: v.strictObject({
		label: text,
		items: scoredList('cases')
	}),
	expectation: text,
	perceived: text,
	attributes: v.strictObject({
		intro: text,
		legend: template(['attribute', 'feeling']),
		expectation: template(['attribute']),
		perceived: template(['attribute']),
		items: scoredList('attributes')
	}),
	scores: template(['expectation', 'perceived']),
	feelings: v.strictObject({
		disappointed: feeling(template([])),
		satisfied: feeling(template([])),
		delighted: feeling(template(['margin']))
	}),
	returnChance: text,
	returnNote: text,
	reset: text
});
