import { parseContent } from '$lib/content/errors';
import { MessagesSchema } from './schema';
import messages from '../../../../../content/simulator/messages.json';

/** What the game tells the learner: run names, refused links and decisions, storage trouble. */
export const MESSAGES = parseContent(MessagesSchema, messages, 'content/simulator/messages.json');
