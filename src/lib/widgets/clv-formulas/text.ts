import { parseContent } from '$lib/content/errors';
import raw from '../../../../content/widgets/clv-formulas.json';
import { ClvFormulasSchema } from './schema';

/** The CLV formulas' texts and the chapter's examples, validated when first imported. */
export const TEXT = parseContent(ClvFormulasSchema, raw, 'content/widgets/clv-formulas.json');
