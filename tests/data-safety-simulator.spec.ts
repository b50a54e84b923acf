import { runList, showRuns } from './support/simulator';
import { expect, test, type Page } from './support/fixtures';

// The scenario's old address: it opens (or redirects to) the coffee game, query kept.
const GAME = '/mo-phong/ca-phe';
const KEY = 'crm-lab:sim:coffee';

const status = (page: Page) => page.locator('.status strong');
const notice = (page: Page) => page.locator('.notice');

async function openGame(page: Page, url = GAME) {
	await page.goto(url);
	await expect(page.getByRole('button', { name: 'Chạy quý' })).toBeEnabled();
}

async function runQuarter(page: Page, expected: number) {
	await page.getByRole('button', { name: 'Chạy quý' }).click();
	await expect(status(page)).toHaveText(`Quý ${expected}/16`);
	await expect(page.getByRole('button', { name: 'Chạy quý' })).toBeEnabled();
}

/** A link in the first format (JSON of every quarter): marketing, price 1, nothing spent. */
function oldLink(quarters: number, targets: number[] = []): string {
	const row = [3, 100, 0, 0, 0, 0, 0, 0, 0, 0, ...targets];
	const json = JSON.stringify([1, 5, Array.from({ length: quarters }, () => row)]);
	return Buffer.from(json).toString('base64url');
}

test('a share link is short, copies, and opens beside the saved game; bad ones are refused', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await openGame(page);
	await runQuarter(page, 1);
	// (how short a whole game's link is, against the first format, is a unit test)
	await page.getByRole('button', { name: 'Chia sẻ' }).click();
	const link = (await page.locator('.shared a').getAttribute('href')) ?? '';
	expect(new URL(link).searchParams.get('van')!.length).toBeLessThan(60);
	await page.getByRole('button', { name: 'Sao chép liên kết' }).click();
	await expect(page.locator('.shared [role="status"]')).toHaveText('Đã chép liên kết.');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

	// a game of 3 quarters from someone else opens as one more run; the saved one stays
	await openGame(page, `${GAME}?van=${oldLink(3)}`);
	await expect(status(page)).toHaveText('Quý 3/16');
	await showRuns(page);
	await expect(runList(page).locator('option')).toHaveText([
		'Lượt chơi 1 (1 quý)',
		'Lượt chơi được chia sẻ (3 quý)'
	]);
	await expect(notice(page)).toContainText('không lượt nào bị thay thế');

	// more quarters than the scenario has: refused, and the runs are as they were
	await openGame(page, `${GAME}?van=${oldLink(40)}`);
	await expect(notice(page)).toContainText('ván có 40 quý, doanh nghiệp này chỉ có 16 quý');
	await showRuns(page);
	await expect(runList(page).locator('option')).toHaveCount(2);

	// a 1.9 MB link (served as the page, as the offline copy does): refused before decoding
	const path = new URL(page.url()).pathname;
	const html = await (await page.request.get(path)).text();
	await page.route(
		(url) => url.search.length > 100_000,
		(route) => route.fulfill({ body: html, contentType: 'text/html' })
	);
	const huge = oldLink(
		1,
		Array.from({ length: 700_000 }, () => 0)
	);
	await page.goto(`${path}?van=${huge}`);
	// from the page's load (the browser's own handling of such an address takes seconds)
	const loaded = Date.now();
	await expect(notice(page)).toContainText('dài quá 4.000 ký tự');
	await expect(page.getByRole('button', { name: 'Chạy quý' })).toBeEnabled();
	expect(Date.now() - loaded).toBeLessThan(5_000);
	await showRuns(page);
	await expect(runList(page).locator('option')).toHaveCount(2);
});

test('an unreadable, damaged or newer saved game is set aside or kept, never overwritten', async ({
	page
}) => {
	await openGame(page);
	await runQuarter(page, 1);
	const stored = () => page.evaluate((key) => localStorage.getItem(key), KEY);
	const backups = () =>
		page.evaluate(() =>
			Object.keys(localStorage)
				.filter((k) => k.startsWith('crm-lab:sim:coffee:backup:'))
				.map((k) => localStorage.getItem(k))
		);
	const store = (text: string) =>
		page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [KEY, text]);

	// one run with a broken seed: only that run is dropped, the full copy is kept
	const game = JSON.parse((await stored())!);
	const bad = { ...structuredClone(game.runs[0]), id: 'bad', name: 'Hỏng' };
	bad.record.seed = 'x';
	game.runs.push(bad);
	const damaged = JSON.stringify(game);
	await store(damaged);
	await openGame(page);
	await expect(notice(page)).toContainText('1 lượt chơi đã lưu bị hỏng');
	await expect(notice(page)).toContainText('mã ván chơi (seed) sai');
	await showRuns(page);
	await expect(runList(page).locator('option')).toHaveText(['Lượt chơi 1 (1 quý)']);
	expect(await backups()).toEqual([damaged]);

	// not JSON at all: set aside under a backup key, named; the next save does not touch it
	await store('{"version":1,"runs":[');
	await openGame(page);
	await expect(notice(page)).toContainText('không phải JSON');
	await expect(notice(page)).toContainText(`${KEY}:backup:`);
	await runQuarter(page, 1);
	expect(await backups()).toContain('{"version":1,"runs":[');

	// written by a newer version of the site: kept exactly, this page saves nothing
	const newer = JSON.stringify({ version: 2, games: [] });
	await store(newer);
	await openGame(page);
	await expect(notice(page)).toContainText('phiên bản mới hơn');
	await runQuarter(page, 1);
	expect(await stored()).toBe(newer);
});

test('the simulator in two tabs keeps every quarter played in either', async ({ context }) => {
	const first = await context.newPage();
	await openGame(first);
	await runQuarter(first, 1);
	const second = await context.newPage();
	await openGame(second);
	await expect(status(second)).toHaveText('Quý 1/16');

	await runQuarter(first, 2);
	await runQuarter(first, 3);
	await expect(status(second)).toHaveText('Quý 3/16');
	await runQuarter(second, 4);
	await runQuarter(second, 5);
	await expect(status(first)).toHaveText('Quý 5/16');

	await first.reload();
	await expect(status(first)).toHaveText('Quý 5/16');
	await showRuns(first);
	await expect(runList(first).locator('option')).toHaveText(['Lượt chơi 1 (5 quý)']);
});
