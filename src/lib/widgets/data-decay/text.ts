import { parseContent } from '$lib/content/errors';
import raw from '../../../../content/widgets/data-decay.json';
import { DataDecaySchema } from './schema';

/** The data-decay calculator's texts and the chapter's example, validated when first imported. */
export const TEXT = parseContent(DataDecaySchema, raw, 'content/widgets/data-decay.json');
