import { expect, test } from './support/fixtures';
import { expectNoAxeViolations } from './support/axe';
import { watchOrigins } from './support/origins';
import { pageReady, switchColorScheme } from './support/ready';
import { prerenderedRoutes } from './support/routes';
import { showWidgets } from './support/widgets';

// Every page on a 360 px phone, with its chapter widgets loaded, in the light and then the
// dark theme (where only the colour rules can change their outcome): no axe violation, no
// sideways scrolling, nothing asked of another origin and nothing of ours blocked by the
// CSP. Each page and theme is checked by axe here only; other specs run axe on states this
// sweep cannot reach.
const routes = prerenderedRoutes();

test('the sweep covers every page type', () => {
	for (const prefix of ['/chuong/', '/trinh-chieu/', '/mo-phong/', '/thi-thu', '/luyen-tap'])
		expect(routes.some((r) => r.startsWith(prefix), prefix)).toBe(true);
});

for (const route of routes) {
	test(`${route}: axe in both themes at 360 px`, async ({ page, baseURL }) => {
		const origins = watchOrigins(page, new URL(baseURL!).origin);
		await page.setViewportSize({ width: 360, height: 740 });
		await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
		await page.goto(route, { waitUntil: 'domcontentloaded' });
		await pageReady(page);
		await showWidgets(page);
		await expectNoAxeViolations(page);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			360
		);
		await switchColorScheme(page, 'dark');
		await expectNoAxeViolations(page, { coloursOnly: true });
		expect(origins.foreign).toEqual([]);
		expect(origins.refused).toEqual([]);
	});
}
