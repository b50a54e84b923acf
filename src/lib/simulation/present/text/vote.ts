import { parseContent } from '$lib/content/errors';
import { VoteSchema } from './schema';
import vote from '../../../../../content/simulator/vote.json';

/** The class vote's moves and messages. */
export const VOTE_TEXT = parseContent(VoteSchema, vote, 'content/simulator/vote.json');
