import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { prerenderedRoutes } from './support/routes';
import { showWidgets } from './support/widgets';

// Every page, light and dark, on a 360 px phone, with its chapter widgets loaded: no axe
// violation, no sideways scrolling.
for (const route of prerenderedRoutes()) {
	test(`${route}: axe in both themes at 360 px`, async ({ page }) => {
		// two full axe runs, on long chapters with every widget loaded
		test.setTimeout(60_000);
		await page.setViewportSize({ width: 360, height: 740 });
		for (const scheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
			await page.goto(route);
			await page.waitForLoadState('networkidle');
			await showWidgets(page);
			await expectNoAxeViolations(page);
			expect(
				await page.evaluate(() => document.documentElement.scrollWidth),
				route
			).toBeLessThanOrEqual(360);
		}
	});
}
