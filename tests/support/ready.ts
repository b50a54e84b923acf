import { expect, type Page } from '@playwright/test';

/**
 * Waits until the page has hydrated (the layout marks <html data-ready>) and every web font
 * it asked for has loaded: what axe and screenshots look at is then what a reader sees.
 */
export async function pageReady(page: Page) {
	await expect(page.locator('html[data-ready]')).toBeAttached();
	await expect
		.poll(() =>
			page.evaluate(async () => {
				await document.fonts.ready;
				return document.fonts.status;
			})
		)
		.toBe('loaded');
}

/**
 * Switches the emulated system colour scheme and waits until the page's colours follow it
 * (the theme is CSS light-dark(), so the body's background tells).
 */
export async function switchColorScheme(page: Page, colorScheme: 'light' | 'dark') {
	const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	const before = await background();
	await page.emulateMedia({ colorScheme });
	await expect.poll(background).not.toBe(before);
}
