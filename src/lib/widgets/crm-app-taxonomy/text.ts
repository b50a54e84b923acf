import { parseContent } from '$lib/content/errors';
import raw from '../../../../content/widgets/crm-app-taxonomy.json';
import { fill } from '../shared/template';
import { CrmAppTaxonomySchema } from './schema';

/** The CRM application groups and the tools to place, validated when first imported. */
export const TEXT = parseContent(
	CrmAppTaxonomySchema,
	raw,
	'content/widgets/crm-app-taxonomy.json'
);

/** The groups as the exercise offers them: "Ứng dụng tuyến đầu (customer-facing applications)". */
export const GROUP_CATEGORIES = TEXT.groups.map((group) => ({
	id: group.id,
	label: fill(TEXT.groupLabel, { name: group.name, english: group.english })
}));
