import { parseContent } from '$lib/content/errors';
import raw from '../../../../content/widgets/data-mining-tasks.json';
import { DataMiningTasksSchema } from './schema';

/** The data-mining exercise's techniques and business needs, validated when first imported. */
export const TEXT = parseContent(
	DataMiningTasksSchema,
	raw,
	'content/widgets/data-mining-tasks.json'
);
