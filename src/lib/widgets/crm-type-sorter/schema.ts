/**
 * content/widgets/crm-type-sorter.json: the four CRM types of chapter 2
 * (triet-ly-va-cac-loai-crm#cac-loai-crm) and the activities to sort into them.
 */
import * as v from 'valibot';
import { itemId, listOf, ref, text } from '../shared/schema';

export const CRM_TYPE_IDS = ['strategic', 'operational', 'analytical', 'collaborative'] as const;
export type CrmType = (typeof CRM_TYPE_IDS)[number];

const crmType = v.picklist(CRM_TYPE_IDS, `must be one of ${CRM_TYPE_IDS.join(', ')}`);

export const CrmTypeSorterSchema = v.strictObject({
	intro: text,
	exerciseTitle: text,
	types: v.pipe(
		listOf(v.strictObject({ id: crmType, label: text, gist: text, ref })),
		v.check((types) => types.length === CRM_TYPE_IDS.length, 'lists each of the four types once')
	),
	activities: v.pipe(
		listOf(v.strictObject({ id: itemId, text, answer: crmType, why: text })),
		v.check(
			(activities) => CRM_TYPE_IDS.every((t) => activities.some((a) => a.answer === t)),
			'every type has at least one activity'
		)
	)
});
