/**
 * How a widget fits the space under its slide's title: a widget is laid out for a phone or a
 * reading column, so on a slide it is given a layout width and a zoom that fill the box
 * without overflowing it, as large as the box allows. Taller widgets get a wider layout (fewer
 * lines, a smaller zoom), short ones a narrower one (a larger zoom). Pure.
 *
 * @example
 * bestFit({ width: 1600, height: 800 }, [{ width: 800, height: 1000 }, { width: 1200, height: 600 }])
 * // → { width: 1200, zoom: 1.319 } (800 wide would need a zoom of 0.8 to fit the height)
 */

export type Box = { width: number; height: number };

/** Never more than twice the widget's own size: a small widget does not fill the wall. */
export const MAX_ZOOM = 2;

/** Layout widths worth trying in a box: from the width that gives MAX_ZOOM to twice the box. */
export function candidateWidths(box: Box, count = 12): number[] {
	const from = box.width / MAX_ZOOM;
	const to = box.width * 2;
	const step = (to - from) / (count - 1);
	return Array.from({ length: count }, (_, i) => Math.round(from + i * step));
}

/** Zoom that line breaks, rounded at another size, cannot push over the box. */
const SAFETY = 0.99;

/** The largest zoom (up to MAX_ZOOM) that keeps a widget of this layout size inside the box. */
export function fitAt(box: Box, size: Box): number {
	if (size.width <= 0 || size.height <= 0) return 1;
	const zoom = Math.min(
		MAX_ZOOM,
		(box.width / size.width) * SAFETY,
		(box.height / size.height) * SAFETY
	);
	return Math.floor(zoom * 1000) / 1000;
}

/** A zoom whose widget came out `rendered` high where `room` was left: scaled down to fit. */
export const shrunk = (zoom: number, room: number, rendered: number) =>
	Math.floor(zoom * (room / rendered) * SAFETY * 1000) / 1000;

/**
 * The layout width (of those measured) whose zoom is the largest; the narrower width on a tie.
 * Measured: the widget's height at each width. Nothing measured: as it is, zoom 1.
 */
export function bestFit(box: Box, measured: readonly Box[]): { width: number; zoom: number } {
	let best = { width: box.width, zoom: 1 };
	let found = false;
	for (const size of measured) {
		if (size.width <= 0 || size.height <= 0) continue;
		const zoom = fitAt(box, size);
		if (!found || zoom > best.zoom) best = { width: size.width, zoom };
		found = true;
	}
	return best;
}
