/**
 * content/widgets/philosophy-comparator.json: each of the five business philosophies side by
 * side (keyed by the simulator's philosophy ids, whose names are in
 * content/simulator/philosophies.json) and the firms of the matching exercise.
 */
import * as v from 'valibot';
import { PHILOSOPHY_IDS } from '$lib/simulation/core/levers';
import { itemId, keyed, listOf, ref, text } from '../shared/schema';

export const PhilosophyComparatorSchema = v.strictObject({
	intro: text,
	choices: text,
	fields: v.strictObject({
		focus: text,
		means: text,
		goal: text,
		risk: text,
		example: text,
		fit: text
	}),
	fits: text,
	doesNotFit: text,
	exerciseTitle: text,
	resetAll: text,
	philosophies: keyed(
		PHILOSOPHY_IDS,
		v.strictObject({
			english: text,
			focus: text,
			means: text,
			goal: text,
			risk: text,
			example: text,
			/** Only the customer-centred philosophies suit strategic CRM. */
			fitsStrategicCrm: v.boolean('must be true or false'),
			ref
		})
	),
	cases: listOf(
		v.strictObject({
			id: itemId,
			text,
			answer: v.picklist(PHILOSOPHY_IDS, `must be one of ${PHILOSOPHY_IDS.join(', ')}`),
			why: text
		})
	)
});
