import { parseContent } from '$lib/content/errors';
import raw from '../../../../content/widgets/deployment-cost.json';
import { DeploymentCostSchema } from './schema';

/** The deployment-cost comparison's texts and the chapter's firm, validated when first imported. */
export const TEXT = parseContent(DeploymentCostSchema, raw, 'content/widgets/deployment-cost.json');
