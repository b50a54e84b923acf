import { expect, type Page } from '@playwright/test';

/**
 * Brings each chapter widget that is still waiting to be loaded near the screen, as a reader
 * scrolling down would, until every widget on the page is mounted. (Slides and the printable
 * summary keep widgets hidden: those never load.) One quick pass scrolls past them all, a
 * couple of frames apart so that each is seen; any still waiting is then scrolled to until
 * none is left.
 */
export async function showWidgets(page: Page) {
	await page.evaluate(async () => {
		const frames = () =>
			new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
		for (const widget of document.querySelectorAll<HTMLElement>('.widget.waiting')) {
			if (!widget.checkVisibility()) continue;
			widget.scrollIntoView({ block: 'center' });
			await frames();
		}
	});
	// each poll scrolls to the first widget still waiting (a widget may be mid-load meanwhile)
	await expect
		.poll(() =>
			page.evaluate(() => {
				const left = [...document.querySelectorAll<HTMLElement>('.widget.waiting')].filter((w) =>
					w.checkVisibility()
				);
				left[0]?.scrollIntoView({ block: 'center' });
				return left.length;
			})
		)
		.toBe(0);
}
