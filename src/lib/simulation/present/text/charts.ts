import { parseContent } from '$lib/content/errors';
import { ChartsSchema } from './schema';
import charts from '../../../../../content/simulator/charts.json';

/** The dashboard charts' titles, screen-reader summaries, series and columns. */
export const CHART_TEXT = parseContent(ChartsSchema, charts, 'content/simulator/charts.json');
