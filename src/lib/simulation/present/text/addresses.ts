import { parseContent } from '$lib/content/errors';
import { AddressesSchema } from './schema';
import addresses from '../../../../../content/simulator/addresses.json';

/** The Vietnamese address of each built-in scenario, keyed by scenario id. */
export const ADDRESSES: Readonly<Record<string, string>> = parseContent(
	AddressesSchema,
	addresses,
	'content/simulator/addresses.json'
).addresses;
