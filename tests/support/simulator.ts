import { expect, type Page } from '@playwright/test';

/** The simulator's list of the game's runs (in the runs panel). */
export const runList = (page: Page) => page.getByLabel('Lượt đang chơi', { exact: true });

/** Scrolls to the runs panel, which is built only when it comes near the screen, and waits for it. */
export async function showRuns(page: Page) {
	await page.locator('.runs, [data-part="runs"]').first().scrollIntoViewIfNeeded();
	await expect(runList(page)).toBeVisible();
}
