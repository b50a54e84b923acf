import { parseContent } from '$lib/content/errors';
import raw from '../../../../content/widgets/satisfaction.json';
import { SatisfactionSchema } from './schema';

/** The E/P explorer's texts and cases, validated when first imported. */
export const TEXT = parseContent(SatisfactionSchema, raw, 'content/widgets/satisfaction.json');
