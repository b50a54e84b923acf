/**
 * What needs a whole page: chapter widgets load when the reader comes near them, in a frame
 * that holds their place. Each widget's behaviour is tested in the browser on its own
 * (src/lib/widgets/<widget>/*.browser.test.ts); printing is in lecturer.spec.ts.
 */
import { expect, test } from './support/fixtures';
import { expectWidgetsFitTheirFrames, placedWidgets, waitingFrames } from './support/widgets';
import { WIDGETS } from '../src/lib/widgets/registry';

const PLACED = placedWidgets();

test('every chapter widget is placed somewhere', () => {
	expect(PLACED.map((p) => p.id).sort()).toEqual(Object.keys(WIDGETS).sort());
});

test('a chapter widget is loaded only when the reader comes near it', async ({ page }) => {
	await page.setViewportSize({ width: 412, height: 823 });
	await page.goto('/chuong/gia-tri-va-su-thoa-man');
	await page.locator('html[data-ready]').waitFor({ state: 'attached' });
	const title = WIDGETS['delivered-value'].title;
	const frame = page.locator('.widget.waiting', {
		has: page.getByRole('heading', { name: title })
	});
	await expect(frame).toContainText('Đang tải công cụ tương tác…');
	await expect(page.getByRole('region', { name: title })).toHaveCount(0);

	await frame.scrollIntoViewIfNeeded();
	await expect(page.getByRole('region', { name: title })).toContainText(
		'Giá trị dành cho khách hàng 30'
	);
});

const CHAPTERS = [...new Set(PLACED.map((p) => p.slug))];

// On a phone, tests/a11y-sweep.spec.ts checks the same on every chapter page it loads.
for (const slug of CHAPTERS) {
	test(`on a wide screen, the widgets of ${slug} reserve about their own height`, async ({
		page
	}) => {
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.goto(`/chuong/${slug}`);
		await page.locator('html[data-ready]').waitFor({ state: 'attached' });
		// Every frame is measured before any widget arrives (one may bring its neighbour).
		const frames = await waitingFrames(page);
		const titles = PLACED.filter((p) => p.slug === slug).map((p) => WIDGETS[p.id].title);
		expect(frames.map(([title]) => title)).toEqual(titles);
		for (const [title] of frames) {
			// The waiting frame's own heading: a chapter section may carry the same words.
			await page
				.locator('.widget.waiting')
				.filter({ has: page.getByRole('heading', { name: title, exact: true }) })
				.scrollIntoViewIfNeeded();
			await expect(page.getByRole('region', { name: title, exact: true })).toBeVisible();
		}
		await expectWidgetsFitTheirFrames(page, frames);
	});
}
