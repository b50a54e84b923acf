import { expect, fixQuizClock, test } from './support/fixtures';
import { expectNoAxeViolations } from './support/axe';
import { watchOrigins } from './support/origins';
import { pageReady, switchColorScheme } from './support/ready';
import { onePagePerType, pagePatterns, prerenderedRoutes } from './support/routes';
import { WIDGETS } from '../src/lib/widgets/registry';
import { expectPageLooksAsBefore, PHONE, PROJECTOR, shotName } from './support/screenshots';
import {
	expectWidgetsFitTheirFrames,
	placedWidgets,
	showWidgets,
	waitingFrames
} from './support/widgets';

// Every page on a 360 px phone (a slide deck on a 1920 px projector), with its chapter widgets
// loaded: no axe violation, no sideways scrolling, nothing asked of another origin and nothing
// of ours blocked by the CSP, and each widget about as tall as the frame that held its place.
//
// The colour rules (contrast, links told apart from text), in the light and the dark theme, are
// the slow part of axe, and their outcome comes from the styles alone: pages of one type share
// their components and styles, and chapters are plain markdown (no inline styles) with widgets.
// So they run on the whole page for the first page of each type (the first chapter has every
// kind of markdown block the others use: lists, tables, quotes, and the same table of contents
// and notes), and on every other page only on what it has of its own: its widgets.
//
// Each page and theme is checked by axe here only; other specs run axe on states this sweep
// cannot reach.
//
// The page each page type is represented by is also compared with its screenshot at 360 px
// here, in the same state, rather than loaded again (tests/visual.spec.ts has the rest).
const routes = prerenderedRoutes();
/** A slide deck is projected: it is checked at a projector's size (tests/slides.spec.ts shoots its slides). */
const isDeck = (route: string) => route.startsWith('/trinh-chieu/');
const firstOfType = new Set(onePagePerType(routes).values());
/** What a page has of its own, whose colours are checked on every page. */
const OWN_PARTS = '.widget';
/** Each chapter page's widgets, by title, in the order the chapter places them. */
const widgetsOf = new Map<string, string[]>();
for (const { slug, id } of placedWidgets()) {
	const route = `/chuong/${slug}`;
	widgetsOf.set(route, [...(widgetsOf.get(route) ?? []), WIDGETS[id].title]);
}
const shotOf = new Map(
	[...onePagePerType(routes)]
		.filter(([pattern]) => pattern !== '/mo-phong/[scenario]' && !isDeck(pattern))
		.map(([pattern, route]) => [route, shotName(pattern)])
);

test('the sweep covers every page type', () => {
	// the live classroom's pages are rendered on request: tests/live-classroom.spec.ts and
	// tests/tournament.spec.ts run axe there
	const live = ['/lop', '/lop/giai-dau', '/vao', '/vao/doi'];
	expect([...onePagePerType(routes).keys()]).toEqual(
		pagePatterns().filter((p) => !live.includes(p))
	);
});

for (const route of routes) {
	const shot = shotOf.get(route);
	const viewport = isDeck(route) ? PROJECTOR : PHONE;
	const first = firstOfType.has(route);
	// a page whose colours are not checked here has them checked on the first page of its type
	const colours = first ? 'the whole page' : widgetsOf.has(route) ? 'its widgets' : '';
	const title =
		`${route}: axe at ${viewport.width} px` +
		(colours ? `, colours of ${colours} in both themes` : '') +
		(shot ? ', and its screenshot' : '');
	test(title, async ({ page, baseURL }) => {
		const origins = watchOrigins(page, new URL(baseURL!).origin);
		// the slides' timer and the progress page read the clock
		await fixQuizClock(page);
		await page.setViewportSize(viewport);
		await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
		await page.goto(route, { waitUntil: 'domcontentloaded' });
		await pageReady(page);
		const frames = await waitingFrames(page);
		// every widget is still waiting when measured: none escapes the check
		const placed = widgetsOf.get(route);
		if (placed) expect(frames.map(([title]) => title)).toEqual(placed);
		await showWidgets(page);
		await expectWidgetsFitTheirFrames(page, frames);

		const within = first ? undefined : OWN_PARTS;
		await expectNoAxeViolations(page, { skipColours: !first });
		if (colours && !first) await expectNoAxeViolations(page, { coloursOnly: true, within });
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			viewport.width
		);
		if (shot) await expectPageLooksAsBefore(page, shot);
		if (colours) {
			await switchColorScheme(page, 'dark');
			await expectNoAxeViolations(page, { coloursOnly: true, within });
		}
		expect(origins.foreign).toEqual([]);
		expect(origins.refused).toEqual([]);
	});
}
