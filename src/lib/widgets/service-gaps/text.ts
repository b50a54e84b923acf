import { parseContent } from '$lib/content/errors';
import raw from '../../../../content/widgets/service-gaps.json';
import { fill } from '../shared/template';
import { ServiceGapsSchema } from './schema';

/** The service-gaps exercise's gaps and stories, validated when first imported. */
export const TEXT = parseContent(ServiceGapsSchema, raw, 'content/widgets/service-gaps.json');

/** The gaps as the exercise offers them: "Khoảng cách 1: Hiểu biết, hay lắng nghe". */
export const GAP_CATEGORIES = TEXT.gaps.map((gap, i) => ({
	id: gap.id,
	label: fill(TEXT.gapLabel, { number: i + 1, name: gap.name })
}));
