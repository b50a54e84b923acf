import { parseContent } from '$lib/content/errors';
import { DebriefSchema } from './schema';
import debrief from '../../../../../content/simulator/debrief.json';

/** The debrief's score texts and the lesson each section teaches. */
export const DEBRIEF_TEXT = parseContent(DebriefSchema, debrief, 'content/simulator/debrief.json');
