import { expect, test } from './support/fixtures';
import { watchOrigins } from './support/origins';

test('the server sends the security headers on pages and files', async ({ request }) => {
	for (const url of ['/', '/chuong/gia-tri-va-su-thoa-man', '/favicon.svg', '/khong-ton-tai']) {
		const response = await request.get(url);
		const headers = response.headers();
		expect(headers['x-content-type-options'], url).toBe('nosniff');
		expect(headers['referrer-policy'], url).toBe('strict-origin-when-cross-origin');
		expect(headers['permissions-policy'], url).toContain('camera=()');
		expect(headers['content-security-policy'], url).toContain("frame-ancestors 'none'");
	}
});

test('pages carry a CSP without unsafe-inline scripts', async ({ request }) => {
	const html = await (await request.get('/luyen-tap')).text();
	const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
	const scripts = /script-src ([^;]+)/.exec(csp)?.[1] ?? '';
	expect(scripts).toContain("'self'");
	expect(scripts).not.toContain('unsafe-inline');
	expect(scripts).not.toContain('unsafe-eval');
});

// Every page's requests and CSP refusals are checked by the a11y sweep, with its widgets
// loaded; here, what only a game in progress does: its worker and its charts.
test('the simulator’s worker and charts ask no other origin, and the CSP blocks none of them', async ({
	page,
	baseURL
}) => {
	const origins = watchOrigins(page, new URL(baseURL!).origin);
	await page.goto('/mo-phong/ca-phe');
	await page.getByRole('button', { name: 'Chạy quý' }).click();
	await expect(page.locator('.status strong')).toHaveText('Quý 1/16');
	const charts = page.locator('.chart-card [data-drawn]');
	await expect(charts.first()).toBeVisible();
	for (const chart of await charts.all()) {
		await chart.scrollIntoViewIfNeeded();
		await expect(chart).not.toHaveAttribute('data-drawn', '0');
	}
	expect(origins.foreign).toEqual([]);
	expect(origins.refused).toEqual([]);
});
