import { expect, test } from '@playwright/test';
import { prerenderedRoutes as routes } from './support/routes';

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

test('no page asks another origin for anything, and the CSP blocks nothing of ours', async ({
	page,
	baseURL
}) => {
	test.setTimeout(120_000);
	const origin = new URL(baseURL!).origin;
	const foreign: string[] = [];
	const refused: string[] = [];
	page.on('request', (request) => {
		const url = request.url();
		if (/^(data|blob):/.test(url)) return;
		if (new URL(url).origin !== origin) foreign.push(`${page.url()} → ${url}`);
	});
	page.on('console', (message) => {
		if (/Content Security Policy|Refused to/.test(message.text())) refused.push(message.text());
	});
	const all = routes();
	expect(all.length).toBeGreaterThan(10);
	for (const route of all) {
		await page.goto(route);
		await page.waitForLoadState('networkidle');
	}
	// the simulator runs its worker and draws its charts under the same policy
	await page.goto('/mo-phong/coffee');
	await page.getByRole('button', { name: 'Chạy quý' }).click();
	await expect(page.locator('.chart-card').first()).toBeVisible();
	expect(foreign).toEqual([]);
	expect(refused).toEqual([]);
});
