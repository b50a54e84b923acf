/**
 * content/widgets/clv-formulas.json: the words of chapter 10's three CLV formulas
 * (chien-luoc-va-gia-tri-khach-hang#cong-thuc-clv) and the chapter's examples as presets;
 * rates are shares (0.8 = 80%). A preset without the simple form's inputs leaves them as
 * they are.
 */
import * as v from 'valibot';
import { amount, calculatorField as field, presetList, share } from '../shared/calculator-schema';
import { template, text } from '../shared/schema';

const SIMPLE_KEYS = ['revenue', 'perYear', 'years', 'marginRate'] as const;
const form = (worked: readonly string[]) =>
	v.strictObject({ name: text, formula: text, worked: template(worked), when: text });

export const ClvFormulasSchema = v.strictObject({
	intro: text,
	presets: v.pipe(
		presetList(
			v.strictObject({
				margin: amount,
				retention: v.pipe(share, v.maxValue(0.99, 'must stay under 1: CLV has no limit at 1')),
				discount: share,
				revenue: v.optional(amount),
				perYear: v.optional(amount),
				years: v.optional(amount),
				marginRate: v.optional(share)
			})
		),
		v.check(
			(list) => SIMPLE_KEYS.every((key) => list[0]!.inputs[key] !== undefined),
			'the first preset (the starting values) must fill every field'
		)
	),
	groups: v.strictObject({ discounted: text, simple: text }),
	fields: v.strictObject({
		margin: field,
		retention: field,
		discount: field,
		revenue: field,
		perYear: field,
		years: field,
		marginRate: field
	}),
	noLimit: text,
	notShown: template(['fields']),
	forms: v.strictObject({
		unlimited: form(['m', 'd', 'r', 'denominator', 'approx', 'clv']),
		retainedOnly: form(['m', 'r', 'denominator', 'retained', 'approx', 'clv']),
		simple: v.strictObject({
			name: text,
			formula: text,
			revenue: template(['revenue', 'perYear', 'years', 'lifetimeRevenue']),
			worked: template(['lifetimeRevenue', 'marginRate', 'approx', 'clv']),
			when: text
		})
	}),
	reset: text
});

export type ClvFormulasText = v.InferOutput<typeof ClvFormulasSchema>;
