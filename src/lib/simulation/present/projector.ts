/**
 * The simulator's projector mode in its address: `?trinh-chieu=1` opens a game ready for a
 * classroom's screen, so a lecturer can bookmark it. Only "1" turns it on; "0", no value or
 * anything else leaves it off (an address typed wrong opens the ordinary page).
 */
export const PROJECTOR_PARAM = 'trinh-chieu';

/** Whether `url` asks for projector mode. */
export const projectorAt = (url: URL): boolean => url.searchParams.get(PROJECTOR_PARAM) === '1';

/**
 * `url` with projector mode `on` (the parameter set to 1) or off (the parameter gone), every
 * other parameter kept: a shared game's ?van=… stays.
 */
export function withProjector(url: URL, on: boolean): URL {
	const next = new URL(url);
	if (on) next.searchParams.set(PROJECTOR_PARAM, '1');
	else next.searchParams.delete(PROJECTOR_PARAM);
	return next;
}
