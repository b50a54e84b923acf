import { parseContent } from '$lib/content/errors';
import type { LeverId, PhilosophyId } from '../../core/levers';
import { LeversSchema, PhilosophiesSchema } from './schema';
import levers from '../../../../../content/simulator/levers.json';
import philosophies from '../../../../../content/simulator/philosophies.json';

/** What the UI calls a lever or philosophy, a one-line reminder, and the section teaching it. */
export type Described = { label: string; reminder: string; ref: string };

export const LEVERS: Record<LeverId, Described> = parseContent(
	LeversSchema,
	levers,
	'content/simulator/levers.json'
).levers;

export const PHILOSOPHIES: Record<PhilosophyId, Described> = parseContent(
	PhilosophiesSchema,
	philosophies,
	'content/simulator/philosophies.json'
).philosophies;
