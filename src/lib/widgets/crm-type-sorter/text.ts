import { parseContent } from '$lib/content/errors';
import raw from '../../../../content/widgets/crm-type-sorter.json';
import { CrmTypeSorterSchema } from './schema';

/** The CRM-type sorter's types and activities, validated when first imported. */
export const TEXT = parseContent(CrmTypeSorterSchema, raw, 'content/widgets/crm-type-sorter.json');
