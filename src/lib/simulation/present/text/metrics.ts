import { parseContent } from '$lib/content/errors';
import { MetricsSchema } from './schema';
import metrics from '../../../../../content/simulator/metrics.json';

/** One name per metric, used everywhere in the simulator (cards, tables, debrief, charts). */
export const METRICS = parseContent(
	MetricsSchema,
	metrics,
	'content/simulator/metrics.json'
).metrics;
