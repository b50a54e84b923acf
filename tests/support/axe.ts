import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { pageReady } from './ready';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** The rules whose outcome depends on the colours, the only thing a theme changes. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Runs axe-core (WCAG 2.x A and AA rules, and best practices) on the page once it has
 * hydrated and its fonts have loaded, and fails listing every violation. With
 * `coloursOnly`, only the rules about colour (for the same page again in the other theme);
 * with `skipColours`, all but those. With `within`, only the elements matching that selector
 * (and their content).
 */
export async function expectNoAxeViolations(
	page: Page,
	{
		coloursOnly = false,
		skipColours = false,
		within
	}: { coloursOnly?: boolean; skipColours?: boolean; within?: string } = {}
) {
	await pageReady(page);
	const builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
	if (within) builder.include(within);
	if (coloursOnly) builder.withRules(COLOUR_RULES);
	else builder.withTags(TAGS);
	if (skipColours) builder.disableRules(COLOUR_RULES);
	const results = await builder.analyze();
	const summary = results.violations.map(
		(v) =>
			`${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`
	);
	expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}
