/**
 * content/widgets/service-gaps.json: the five gaps of chapter 6's gaps model
 * (dich-vu-khach-hang#mo-hinh-khoang-cach), in the chapter's order and under its names, and
 * the service-failure stories the learner places on them.
 */
import * as v from 'valibot';
import { itemId, listOf, template, text } from '../shared/schema';

export const GAP_IDS = ['knowledge', 'standards', 'delivery', 'communication', 'customer'] as const;
export type GapId = (typeof GAP_IDS)[number];

const gapId = v.picklist(GAP_IDS, `must be one of ${GAP_IDS.join(', ')}`);

export const ServiceGapsSchema = v.strictObject({
	intro: text,
	gapLabel: template(['number', 'name']),
	gaps: v.pipe(
		listOf(v.strictObject({ id: gapId, name: text, between: text })),
		v.check(
			(gaps) => gaps.map((g) => g.id).join() === GAP_IDS.join(),
			`lists the five gaps once each, in the chapter's order: ${GAP_IDS.join(', ')}`
		)
	),
	gapsCaption: text,
	exerciseTitle: text,
	stories: v.pipe(
		listOf(v.strictObject({ id: itemId, text, answer: gapId, why: text })),
		v.minLength(8, 'has 8 to 10 stories'),
		v.maxLength(10, 'has 8 to 10 stories'),
		v.check(
			(stories) => GAP_IDS.every((g) => stories.some((s) => s.answer === g)),
			'every gap has at least one story'
		)
	)
});

export type ServiceGapsText = v.InferOutput<typeof ServiceGapsSchema>;
