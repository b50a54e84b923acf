import { expect, test, type Page } from './support/fixtures';

const quarterStatus = (page: Page) => page.locator('.status strong');

/** Follows a link inside the app, as the router does for any link on the page. */
async function navigateInApp(page: Page, href: string) {
	await page.evaluate((to) => {
		const link = document.createElement('a');
		link.href = to;
		link.textContent = 'đi';
		document.body.append(link);
		link.click();
	}, href);
}

test('moving from one scenario to another shows the new game and stops the old worker', async ({
	page
}) => {
	const workers: { url: string; closed: Promise<unknown> }[] = [];
	page.on('worker', (worker) =>
		workers.push({ url: worker.url(), closed: worker.waitForEvent('close') })
	);

	await page.goto('/mo-phong/ca-phe');
	await expect(page.getByRole('button', { name: 'Chạy quý' })).toBeEnabled();
	await page.getByRole('button', { name: 'Chạy quý' }).click();
	await expect(quarterStatus(page)).toHaveText('Quý 1/16');
	expect(workers).toHaveLength(1);

	await navigateInApp(page, '/mo-phong/hang-bay');
	await expect(page).toHaveURL(/\/mo-phong\/hang-bay$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hãng bay giá rẻ Cánh Diều');
	await expect(page.getByRole('button', { name: 'Chạy quý' })).toBeEnabled();
	await expect(quarterStatus(page)).toHaveText('Quý 0/20');
	await workers[0]!.closed;

	await page.getByRole('button', { name: 'Chạy quý' }).click();
	await expect(quarterStatus(page)).toHaveText('Quý 1/20');
	await expect(page.getByRole('region', { name: /Lượt chơi, rẽ nhánh/ })).toBeVisible();
	const saved = await page.evaluate(() =>
		Object.keys(localStorage).filter((k) => k.startsWith('crm-lab:sim:'))
	);
	expect(saved.sort()).toEqual(['crm-lab:sim:airline', 'crm-lab:sim:coffee']);

	// Leaving the simulator stops the airline game's worker too.
	await navigateInApp(page, '/mo-phong');
	await expect(page.getByRole('article')).toHaveCount(3);
	expect(workers).toHaveLength(2);
	await workers[1]!.closed;
});

test('a chart redraws in the new colours when the theme changes', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto('/mo-phong/ca-phe');
	const run = page.getByRole('button', { name: 'Chạy quý' });
	await expect(run).toBeEnabled();
	await run.click();
	await expect(quarterStatus(page)).toHaveText('Quý 1/16');
	const chart = page.locator('.chart-card [data-drawn]').first();
	await chart.scrollIntoViewIfNeeded();
	await expect(chart).not.toHaveAttribute('data-drawn', '0');
	const before = Number(await chart.getAttribute('data-drawn'));

	await page.getByRole('button', { name: 'Giao diện tối' }).click();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expect(chart).toHaveAttribute('data-drawn', String(before + 1));
});
