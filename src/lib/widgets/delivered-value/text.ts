import { parseContent } from '$lib/content/errors';
import raw from '../../../../content/widgets/delivered-value.json';
import { DeliveredValueSchema } from './schema';

/** The delivered-value calculator's texts and presets, validated when first imported. */
export const TEXT = parseContent(DeliveredValueSchema, raw, 'content/widgets/delivered-value.json');
