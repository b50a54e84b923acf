import { parseContent } from '$lib/content/errors';
import { PoliciesSchema } from './schema';
import policies from '../../../../../content/simulator/policies.json';

/** What each built-in policy is called and stands for. */
export const POLICY_TEXT = parseContent(
	PoliciesSchema,
	policies,
	'content/simulator/policies.json'
).policies;
