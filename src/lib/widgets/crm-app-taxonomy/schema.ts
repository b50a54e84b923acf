/**
 * content/widgets/crm-app-taxonomy.json: chapter 8's three groups of CRM applications
 * (crm-internet-xu-huong#phan-loai-ung-dung), in the chapter's order and under its names with
 * their English terms, and the tools at work in an invented firm that the learner places.
 */
import * as v from 'valibot';
import { itemId, listOf, ref, template, text } from '../shared/schema';

export const APP_GROUP_IDS = ['facing', 'touching', 'knowledge'] as const;
export type AppGroupId = (typeof APP_GROUP_IDS)[number];

const groupId = v.picklist(APP_GROUP_IDS, `must be one of ${APP_GROUP_IDS.join(', ')}`);

export const CrmAppTaxonomySchema = v.strictObject({
	intro: text,
	groupLabel: template(['name', 'english']),
	groupsCaption: text,
	groups: v.pipe(
		listOf(v.strictObject({ id: groupId, name: text, english: text, usedBy: text, ref })),
		v.check(
			(groups) => groups.map((g) => g.id).join() === APP_GROUP_IDS.join(),
			`lists the three groups once each, in the chapter's order: ${APP_GROUP_IDS.join(', ')}`
		)
	),
	exerciseTitle: text,
	tools: v.pipe(
		listOf(v.strictObject({ id: itemId, text, answer: groupId, why: text })),
		v.minLength(8, 'has 8 to 10 tools'),
		v.maxLength(10, 'has 8 to 10 tools'),
		v.check(
			(tools) => APP_GROUP_IDS.every((g) => tools.filter((t) => t.answer === g).length >= 2),
			'every group has at least two tools'
		)
	)
});

export type CrmAppTaxonomyText = v.InferOutput<typeof CrmAppTaxonomySchema>;
