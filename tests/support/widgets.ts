import { readdirSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import type { WidgetId } from '../../src/lib/widgets/registry';
import { chapterProse } from '../../src/lib/widgets/shared/chapter-prose';

/** Every widget placed in a chapter's prose, from the chapter files themselves. */
export function placedWidgets(): { slug: string; id: WidgetId }[] {
	return readdirSync('content/chapters').flatMap((file) => {
		const slug = file.replace(/^\d\d-(.+)\.md$/, '$1');
		// a slide block may show its section's widget again: the page places it once
		return [...chapterProse(file).matchAll(/^<Widget id="([a-z0-9-]+)" \/>$/gm)].map((m) => ({
			slug,
			id: m[1] as WidgetId
		}));
	});
}

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

/**
 * The heading and height of each shown chapter widget's frame still waiting to be loaded
 * (slides and the printable summary keep theirs hidden).
 */
export async function waitingFrames(page: Page): Promise<[string, number][]> {
	return page
		.locator('.widget.waiting h3')
		.evaluateAll((headings) =>
			headings
				.filter((h) => h.parentElement!.checkVisibility())
				.map((h) => [h.textContent ?? '', h.parentElement!.getBoundingClientRect().height])
		);
}

/**
 * Each widget, once loaded, is about as tall as the frame that held its place (what follows
 * it hardly moves when it arrives): within 15% of its own height.
 */
export async function expectWidgetsFitTheirFrames(page: Page, frames: [string, number][]) {
	for (const [title, before] of frames) {
		const widget = page.getByRole('region', { name: title, exact: true });
		const after = await widget.evaluate((el) => el.getBoundingClientRect().height);
		expect(
			Math.abs(after - before),
			`${title}: ${before}px reserved, ${after}px used at ${page.viewportSize()?.width}px`
		).toBeLessThan(0.15 * after);
	}
}
