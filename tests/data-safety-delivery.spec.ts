import { expect, test } from './support/fixtures';

const BANK = '/ngan-hang/chien-luoc-va-gia-tri-khach-hang.json';

test('pages, data and the worker are revalidated; hashed assets are cached for good', async ({
	request
}) => {
	const home = await request.get('/');
	expect(home.headers()['cache-control']).toBe('no-cache');
	for (const path of ['/chuong', BANK, '/tim-kiem.json', '/service-worker.js', '/favicon.svg'])
		expect((await request.get(path)).headers()['cache-control'], path).toBe('no-cache');
	const asset = (await home.text()).match(/\/_app\/immutable\/[^"']+\.js/)![0];
	expect((await request.get(asset)).headers()['cache-control']).toBe(
		'public,max-age=31536000,immutable'
	);
});

test('static files answer only GET and HEAD', async ({ request }) => {
	for (const path of ['/', '/chuong', BANK, '/favicon.svg', '/service-worker.js']) {
		const response = await request.post(path, { data: 'x' });
		expect(response.status(), path).toBe(405);
		expect(response.headers()['allow']).toBe('GET, HEAD');
	}
	expect((await request.head('/favicon.svg')).status()).toBe(200);
	expect((await request.delete(BANK)).status()).toBe(405);
});

test('an over-long address gets a page that says the link is too long', async ({ request }) => {
	for (const [length, status] of [
		[20_000, 414],
		[100_000, 431]
	] as const) {
		const response = await request.get(`/mo-phong/coffee?van=${'A'.repeat(length)}`);
		expect(response.status()).toBe(status);
		expect(response.headers()['content-type']).toContain('text/html');
		expect(await response.text()).toContain('Liên kết quá dài');
	}
	// a real share link is far shorter than the limit and still opens
	expect((await request.get(`/mo-phong/coffee?van=${'A'.repeat(4000)}`)).ok()).toBe(true);
});
