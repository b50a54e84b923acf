import { parseContent } from '$lib/content/errors';
import raw from '../../../../content/widgets/retention-calculator.json';
import { RetentionCalculatorSchema } from './schema';

/** The retention calculator's texts and the chapter's example, validated when first imported. */
export const TEXT = parseContent(
	RetentionCalculatorSchema,
	raw,
	'content/widgets/retention-calculator.json'
);
