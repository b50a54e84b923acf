/**
 * content/widgets/association-rules.json: the words of chapter 7's association-rule measures
 * (du-lieu-va-phan-tich#luat-ket-hop) and basket counts as presets, the chapter's examples
 * first; each preset must be possible (no more baskets with both than with either).
 */
import * as v from 'valibot';
import { calculatorField as field, presetList, whole } from '../shared/calculator-schema';
import { template, text } from '../shared/schema';

export const AssociationRulesSchema = v.strictObject({
	intro: text,
	presets: presetList(
		v.pipe(
			v.strictObject({ baskets: whole(1), withA: whole(1), withB: whole(1), withBoth: whole(0) }),
			v.check(
				(x) =>
					x.withA <= x.baskets && x.withB <= x.baskets && x.withBoth <= Math.min(x.withA, x.withB),
				'no more baskets with A or B than baskets, nor with both than with either'
			)
		)
	),
	fields: v.strictObject({ baskets: field, withA: field, withB: field, withBoth: field }),
	wholeNumber: text,
	moreThanBaskets: text,
	moreThanEither: text,
	notShown: template(['fields']),
	lines: v.strictObject({
		support: template(['withBoth', 'baskets', 'approx', 'support']),
		confidence: template(['withBoth', 'withA', 'approx', 'confidence']),
		shareB: template(['withB', 'baskets', 'approx', 'shareB']),
		lift: template(['confidence', 'shareB', 'approx', 'lift']),
		reverse: template(['withBoth', 'withB', 'approx', 'reverse'])
	}),
	readings: v.strictObject({ together: text, unrelated: text, apart: text }),
	caution: text,
	reset: text
});

export type AssociationRulesText = v.InferOutput<typeof AssociationRulesSchema>;
