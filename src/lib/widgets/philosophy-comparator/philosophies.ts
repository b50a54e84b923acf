/**
 * The five business philosophies of chapter 2 (triet-ly-va-cac-loai-crm#nam-triet-ly), side by
 * side, and the exercise that assigns firms to them: content/widgets/philosophy-comparator.json,
 * named as the simulator names them (content/simulator/philosophies.json), validated when
 * first imported.
 */
import { parseContent } from '$lib/content/errors';
import { PHILOSOPHY_IDS } from '$lib/simulation/core/levers';
import names from '../../../../content/simulator/philosophies.json';
import raw from '../../../../content/widgets/philosophy-comparator.json';
import { PhilosophyComparatorSchema } from './schema';

export const TEXT = parseContent(
	PhilosophyComparatorSchema,
	raw,
	'content/widgets/philosophy-comparator.json'
);

/** The philosophies in the chapter's order, each with its name. */
export const PHILOSOPHY_TABLE = PHILOSOPHY_IDS.map((id) => ({
	id,
	label: names.philosophies[id].label,
	...TEXT.philosophies[id]
}));

export type Philosophy = (typeof PHILOSOPHY_TABLE)[number];
