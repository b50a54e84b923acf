import { parseContent } from '$lib/content/errors';
import raw from '../../../../content/widgets/stage-ladder.json';
import { StageLadderSchema } from './schema';

/** The stage ladder's texts, validated when first imported. */
export const TEXT = parseContent(StageLadderSchema, raw, 'content/widgets/stage-ladder.json');
