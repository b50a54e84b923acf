import { parseContent } from '$lib/content/errors';
import raw from '../../../../content/widgets/loyalty-types.json';
import { LoyaltyTypesSchema } from './schema';

/** The loyalty types' words and the chapter's customers, validated when first imported. */
export const TEXT = parseContent(LoyaltyTypesSchema, raw, 'content/widgets/loyalty-types.json');
