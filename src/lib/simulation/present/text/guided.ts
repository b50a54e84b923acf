import { parseContent } from '$lib/content/errors';
import { GuidedSchema } from './schema';
import guided from '../../../../../content/simulator/guided.json';

/** Guided play's steps: the levers each one opens, its lesson and section. */
export const GUIDED_TEXT = parseContent(
	GuidedSchema,
	guided,
	'content/simulator/guided.json'
).steps;
