/**
 * What needs a whole page: chapter widgets load when the reader comes near them, in a frame
 * that holds their place. Each widget's behaviour is tested in the browser on its own
 * (src/lib/widgets/<widget>/*.browser.test.ts); printing is in lecturer.spec.ts.
 */
import { readdirSync } from 'node:fs';
import { expect, test } from './support/fixtures';
import { WIDGETS, type WidgetId } from '../src/lib/widgets/registry';
import { chapterProse } from '../src/lib/widgets/shared/chapter-prose';

/** Every widget placed in a chapter's prose, from the chapter files themselves. */
const PLACED = readdirSync('content/chapters').flatMap((file) => {
	const slug = file.replace(/^\d\d-(.+)\.md$/, '$1');
	// a slide block may show its section's widget again: the page places it once
	const source = chapterProse(file);
	return [...source.matchAll(/^<Widget id="([a-z0-9-]+)" \/>$/gm)].map((m) => ({
		slug,
		id: m[1] as WidgetId
	}));
});

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

for (const viewport of [
	{ name: 'phone', width: 412, height: 823 },
	{ name: 'wide screen', width: 1280, height: 800 }
]) {
	for (const slug of CHAPTERS) {
		test(`on a ${viewport.name}, the widgets of ${slug} reserve about their own height`, async ({
			page
		}) => {
			await page.setViewportSize(viewport);
			await page.goto(`/chuong/${slug}`);
			await page.locator('html[data-ready]').waitFor({ state: 'attached' });
			const titles = PLACED.filter((p) => p.slug === slug).map((p) => WIDGETS[p.id].title);
			// Every frame is measured before any widget arrives (one may bring its neighbour).
			const reserved = await page
				.locator('.widget.waiting h3')
				.evaluateAll((headings) =>
					headings.map((h) => [h.textContent, h.parentElement!.getBoundingClientRect().height])
				);
			expect(reserved.map(([title]) => title)).toEqual(titles);
			for (const [title, before] of reserved as [string, number][]) {
				const widget = page.getByRole('region', { name: title });
				// The waiting frame's own heading: a chapter section may carry the same words.
				await page
					.locator('.widget.waiting')
					.filter({ has: page.getByRole('heading', { name: title, exact: true }) })
					.scrollIntoViewIfNeeded();
				await expect(widget).toBeVisible();
				const after = await widget.evaluate((el) => el.getBoundingClientRect().height);
				// What follows the widget hardly moves when it arrives.
				expect(
					Math.abs(after - before),
					`${title}: ${before}px reserved, ${after}px used`
				).toBeLessThan(0.15 * after);
			}
		});
	}
}
