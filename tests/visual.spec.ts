import { expect, fixQuizClock, test, type Page } from './support/fixtures';
import { pageReady } from './support/ready';
import { onePagePerType } from './support/routes';
import { showWidgets } from './support/widgets';

// One page of every page type, and every chart of a simulator game, at a phone's 360 px
// and a projector's 1920 px, compared with the committed screenshots in tests/screenshots/.
// After a deliberate change to the look, regenerate them and review the new images:
//   npx playwright test tests/visual.spec.ts --update-snapshots
const VIEWPORTS = [
	{ width: 360, height: 740 },
	{ width: 1920, height: 1080 }
];
const GAME = '/mo-phong/[scenario]';
const pages = onePagePerType();

/** A file-name-safe name: "/chuong/[slug]/tom-tat" → "chuong-slug-tom-tat". */
const fileName = (text: string) =>
	text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/đ/gi, 'd')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '') || 'trang-chu';

/** Plays two quarters and brings every chart near the screen, so that each is built. */
async function playTwoQuarters(page: Page) {
	const run = page.getByRole('button', { name: 'Chạy quý' });
	for (const quarter of [1, 2]) {
		await run.click();
		await expect(page.locator('.status strong')).toHaveText(new RegExp(`^Quý ${quarter}/`));
		await expect(run).toBeEnabled();
	}
	const charts = page.locator('.chart-card [data-drawn]');
	await expect(charts.first()).toBeVisible();
	for (const chart of await charts.all()) {
		await chart.scrollIntoViewIfNeeded();
		await expect(chart).not.toHaveAttribute('data-drawn', '0');
	}
	return charts;
}

test('every page type has a page to shoot, the simulator game among them', () => {
	expect(pages.size).toBeGreaterThanOrEqual(10);
	expect(pages.has(GAME)).toBe(true);
});

/** The top of the page, three screens high at most: long chapters and the glossary repeat
 * one look for tens of thousands of pixels, which would only make the check slow. */
async function topOfPage(page: Page, viewport: (typeof VIEWPORTS)[number]) {
	await page.evaluate(() => window.scrollTo(0, 0));
	const height = await page.evaluate(() => document.documentElement.scrollHeight);
	return { x: 0, y: 0, width: viewport.width, height: Math.min(height, 3 * viewport.height) };
}

for (const [pattern, route] of pages) {
	for (const viewport of VIEWPORTS) {
		test(`${pattern} looks as it did, at ${viewport.width} px`, async ({ page }) => {
			// the slides' timer and the progress page read the clock
			await fixQuizClock(page);
			await page.setViewportSize(viewport);
			await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
			await page.goto(route, { waitUntil: 'domcontentloaded' });
			await pageReady(page);
			const charts = pattern === GAME ? await playTwoQuarters(page) : undefined;
			await showWidgets(page);
			await expect(page).toHaveScreenshot(`${fileName(pattern)}-${viewport.width}.png`, {
				fullPage: true,
				clip: await topOfPage(page, viewport)
			});
			const each = (await charts?.all()) ?? [];
			for (const [i, chart] of each.entries()) {
				const label = (await chart.getAttribute('aria-label')) ?? '';
				const name = `bieu-do-${i + 1}-${fileName(label).slice(0, 50)}-${viewport.width}`;
				await expect(chart, label).toHaveScreenshot(`${name}.png`);
			}
		});
	}
}
