import { expect, type Page } from '@playwright/test';

/** A phone's width and a projector's: each page type is shot at both. */
export const PHONE = { width: 360, height: 740 };
export const PROJECTOR = { width: 1920, height: 1080 };

/** A file-name-safe name: "/chuong/[slug]/tom-tat" → "chuong-slug-tom-tat", "/" → "trang-chu". */
export function shotName(text: string): string {
	const name = text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/đ/gi, 'd')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
	return name || 'trang-chu';
}

/**
 * Compares the top of the page, three screens high at most, with its committed screenshot
 * `<name>-<width>.png` (long chapters and the glossary repeat one look for tens of
 * thousands of pixels, which would only make the check slow). Soft: the test goes on to
 * its other checks.
 */
export async function expectPageLooksAsBefore(page: Page, name: string) {
	const viewport = page.viewportSize()!;
	await page.evaluate(() => window.scrollTo(0, 0));
	const height = await page.evaluate(() => document.documentElement.scrollHeight);
	await expect.soft(page).toHaveScreenshot(`${name}-${viewport.width}.png`, {
		fullPage: true,
		clip: { x: 0, y: 0, width: viewport.width, height: Math.min(height, 3 * viewport.height) }
	});
}
