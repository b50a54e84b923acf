import { parseCauses } from './schema';
import causes from '../../../../../content/simulator/causes.json';

/** The sentence of each cause code, with {gaps} for its values. */
export const CAUSE_TEXT = parseCauses(causes, 'content/simulator/causes.json');
