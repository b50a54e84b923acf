import { expect, fixQuizClock, test, type Page } from './support/fixtures';
import { pageReady } from './support/ready';
import { onePagePerType } from './support/routes';
import { expectPageLooksAsBefore, PHONE, PROJECTOR, shotName } from './support/screenshots';
import { showWidgets } from './support/widgets';

// Every page type at a projector's 1920 px, and a simulator game with each of its charts at
// 360 and 1920 px, compared with the committed screenshots in tests/screenshots/. (The a11y
// sweep, which loads every page at 360 px, shoots the other page types at that width.)
// After a deliberate change to the look, regenerate them and review the new images:
//   npx playwright test tests/a11y-sweep.spec.ts tests/visual.spec.ts --update-snapshots
const GAME = '/mo-phong/[scenario]';
const pages = onePagePerType();

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
	return charts.all();
}

test('every page type has a page to shoot, the simulator game among them', () => {
	expect(pages.size).toBeGreaterThanOrEqual(10);
	expect(pages.has(GAME)).toBe(true);
});

// tests/slides.spec.ts shoots the deck's slides at 1920 px, with its auto-hiding bar masked
const DECK = '/trinh-chieu/[slug]';
const shots = [...pages]
	.filter(([pattern]) => pattern !== DECK)
	.flatMap(([pattern, route]) =>
		pattern === GAME
			? [PHONE, PROJECTOR].map((viewport) => ({ pattern, route, viewport }))
			: [{ pattern, route, viewport: PROJECTOR }]
	);

for (const { pattern, route, viewport } of shots) {
	test(`${pattern} looks as it did, at ${viewport.width} px`, async ({ page }) => {
		// the slides' timer and the progress page read the clock
		await fixQuizClock(page);
		await page.setViewportSize(viewport);
		await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
		await page.goto(route, { waitUntil: 'domcontentloaded' });
		await pageReady(page);
		const charts = pattern === GAME ? await playTwoQuarters(page) : [];
		await showWidgets(page);
		await expectPageLooksAsBefore(page, shotName(pattern));
		for (const [i, chart] of charts.entries()) {
			// by position, not title: a retitled chart keeps its screenshot
			const label = (await chart.getAttribute('aria-label')) ?? '';
			await expect.soft(chart, label).toHaveScreenshot(`bieu-do-${i + 1}-${viewport.width}.png`);
		}
	});
}
