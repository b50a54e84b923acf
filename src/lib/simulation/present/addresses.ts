import { ADDRESSES } from './text/addresses';

/**
 * Where a scenario's game lives: /mo-phong/<Vietnamese address>. A scenario's id stays its
 * name in saved games and share links; only the address is Vietnamese. A scenario with no
 * address (a lecturer's own file) is addressed by its id.
 */
export const scenarioSlug = (id: string): string => ADDRESSES[id] ?? id;

/** The scenario id an address stands for, or undefined. */
export const scenarioIdAt = (slug: string): string | undefined =>
	Object.entries(ADDRESSES).find(([, s]) => s === slug)?.[0];

/** The page of a scenario's game, e.g. "/mo-phong/ca-phe". */
export const scenarioHref = (id: string): string => `/mo-phong/${scenarioSlug(id)}`;
