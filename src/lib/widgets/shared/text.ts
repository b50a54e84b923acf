import { parseContent } from '$lib/content/errors';
import raw from '../../../../content/widgets/shared.json';
import { SharedSchema } from './schema';

/** The texts of the shared widget pieces, validated when first imported. */
export const SHARED_TEXT = parseContent(SharedSchema, raw, 'content/widgets/shared.json');
