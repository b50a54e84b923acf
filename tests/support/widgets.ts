import { expect, type Page } from '@playwright/test';

/**
 * Scrolls to each chapter widget that is still waiting to be loaded, as a reader scrolling
 * down would, until every widget on the page is mounted. (Slides and the printable summary
 * keep widgets hidden: those never load.)
 */
export async function showWidgets(page: Page) {
	const waiting = page.locator('.widget.waiting:visible');
	for (let left = await waiting.count(); left > 0; left = await waiting.count()) {
		await waiting.first().scrollIntoViewIfNeeded();
		await expect.poll(() => waiting.count()).toBeLessThan(left);
	}
}
