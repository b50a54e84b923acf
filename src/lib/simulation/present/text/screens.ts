import { parseContent } from '$lib/content/errors';
import { ScreensSchema } from './schema';
import screens from '../../../../../content/simulator/screens.json';

/** What the game's screens say: the start hint and goal, the budget, each quarter, the end. */
export const SCREENS = parseContent(ScreensSchema, screens, 'content/simulator/screens.json');
