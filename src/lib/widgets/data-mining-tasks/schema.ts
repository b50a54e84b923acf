/**
 * content/widgets/data-mining-tasks.json: the four data-mining techniques of chapter 7
 * (du-lieu-va-phan-tich#ky-thuat-va-cau-hoi), in the chapter's order and under its names, and
 * the business needs of an invented firm that the learner matches to the technique serving them.
 */
import * as v from 'valibot';
import { itemId, listOf, ref, text } from '../shared/schema';

export const TECHNIQUE_IDS = ['classification', 'clustering', 'association', 'prediction'] as const;
export type TechniqueId = (typeof TECHNIQUE_IDS)[number];

const techniqueId = v.picklist(TECHNIQUE_IDS, `must be one of ${TECHNIQUE_IDS.join(', ')}`);

export const DataMiningTasksSchema = v.strictObject({
	intro: text,
	techniquesCaption: text,
	techniques: v.pipe(
		listOf(v.strictObject({ id: techniqueId, label: text, gist: text, ref })),
		v.check(
			(list) => list.map((t) => t.id).join() === TECHNIQUE_IDS.join(),
			`lists the four techniques once each, in the chapter's order: ${TECHNIQUE_IDS.join(', ')}`
		)
	),
	exerciseTitle: text,
	needs: v.pipe(
		listOf(v.strictObject({ id: itemId, text, answer: techniqueId, why: text })),
		v.minLength(8, 'has 8 to 10 needs'),
		v.maxLength(10, 'has 8 to 10 needs'),
		v.check(
			(needs) => TECHNIQUE_IDS.every((t) => needs.filter((n) => n.answer === t).length >= 2),
			'every technique serves at least two needs'
		)
	)
});

export type DataMiningTasksText = v.InferOutput<typeof DataMiningTasksSchema>;
