import { parseContent } from '$lib/content/errors';
import raw from '../../../../content/widgets/association-rules.json';
import { AssociationRulesSchema } from './schema';

/** The association-rule calculator's texts and presets, validated when first imported. */
export const TEXT = parseContent(
	AssociationRulesSchema,
	raw,
	'content/widgets/association-rules.json'
);
