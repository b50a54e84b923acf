import { describe, expect, it } from 'vitest';
import { bestFit, candidateWidths, fitAt, MAX_ZOOM, shrunk } from './widget-fit';

const box = { width: 1600, height: 800 };

describe('a widget fitted under its slide title', () => {
	it('tries layouts from the one at the largest zoom to twice the box', () => {
		const widths = candidateWidths(box, 5);
		expect(widths).toEqual([800, 1400, 2000, 2600, 3200]);
		expect(widths[0]! * MAX_ZOOM).toBe(box.width);
	});

	it('takes the layout that can be zoomed the most, bounded by the width and the height', () => {
		const measured = [
			{ width: 800, height: 1000 },
			{ width: 1200, height: 600 },
			{ width: 1600, height: 500 }
		];
		// 800 wide: the height allows 0.8; 1200 wide: 1.333 by width and by height, less 1 %
		expect(bestFit(box, measured)).toEqual({ width: 1200, zoom: 1.319 });
	});

	it('zooms a tall widget out until it fits, and a short one in only up to MAX_ZOOM', () => {
		expect(bestFit(box, [{ width: 1600, height: 3200 }])).toEqual({ width: 1600, zoom: 0.247 });
		expect(bestFit(box, [{ width: 400, height: 100 }])).toEqual({ width: 400, zoom: MAX_ZOOM });
	});

	it('keeps a zoom of 1 when nothing could be measured (a slide not laid out)', () => {
		expect(bestFit(box, [{ width: 800, height: 0 }])).toEqual({ width: 1600, zoom: 1 });
		expect(fitAt(box, { width: 0, height: 0 })).toBe(1);
	});

	it('follows a widget that grows or shrinks at the same layout width', () => {
		expect(fitAt(box, { width: 1000, height: 1000 })).toBe(0.792);
		expect(fitAt(box, { width: 1000, height: 400 })).toBe(1.584);
	});

	it('scales a zoom down when the zoomed widget came out taller than its room', () => {
		expect(shrunk(1, 800, 808)).toBe(0.98);
	});
});
