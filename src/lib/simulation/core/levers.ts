/**
 * What the learner decides each quarter, by id. The words the UI shows for each, and the
 * section that teaches it, are in content/simulator/ (see present/text).
 */

export const LEVER_IDS = [
	'acquisition',
	'serviceQuality',
	'staffTraining',
	'personalization',
	'loyalty',
	'analytics',
	'complaints',
	'brand'
] as const;
export type LeverId = (typeof LEVER_IDS)[number];

export const PHILOSOPHY_IDS = [
	'production',
	'product',
	'selling',
	'marketing',
	'societal'
] as const;
export type PhilosophyId = (typeof PHILOSOPHY_IDS)[number];

export { STAGES } from '$lib/crm/stages';
