import { parseContent } from '$lib/content/errors';
import raw from '../../../../content/widgets/myth-buster.json';
import { MythBusterSchema } from './schema';

/** The myth buster's cards, validated when first imported. */
export const TEXT = parseContent(MythBusterSchema, raw, 'content/widgets/myth-buster.json');
