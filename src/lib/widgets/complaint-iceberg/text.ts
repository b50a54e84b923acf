import { parseContent } from '$lib/content/errors';
import raw from '../../../../content/widgets/complaint-iceberg.json';
import { ComplaintIcebergSchema } from './schema';

/** The complaint iceberg's texts and the chapter's example, validated when first imported. */
export const TEXT = parseContent(
	ComplaintIcebergSchema,
	raw,
	'content/widgets/complaint-iceberg.json'
);
