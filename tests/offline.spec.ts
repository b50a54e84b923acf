import { expect, fixQuizClock, test } from './support/fixtures';
import { showWidgets } from './support/widgets';

test.use({ serviceWorkers: 'allow' });

test('after one online visit, a chapter reads and a practice question answers offline', async ({
	page,
	context
}) => {
	// what the worker asks the server for when it fills its cache: fresh copies, not the
	// browser's HTTP cache (which may hold the previous version's bank)
	const precached = new Map<string, Promise<string | null>>();
	context.on('request', (request) => {
		if (request.serviceWorker())
			precached.set(new URL(request.url()).pathname, request.headerValue('cache-control'));
	});
	await fixQuizClock(page);
	await page.goto('/');
	await expect(page.getByText('Đã sẵn sàng dùng ngoại tuyến')).toBeVisible({ timeout: 20_000 });
	for (const path of ['/', '/ngan-hang/xay-dung-quan-he.json'])
		expect(await precached.get(path), path).toBe('no-cache');
	await context.setOffline(true);

	// an address that was never cached: the site's offline page, not the browser's error
	await page.goto('/khong-co-trang-nay');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đang ngoại tuyến');

	await page.goto('/chuong/gia-tri-va-su-thoa-man');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Giá trị và sự thỏa mãn của khách hàng'
	);
	// the widgets load and run offline too
	await showWidgets(page);
	await expect(
		page.getByRole('region', { name: 'Máy tính giá trị dành cho khách hàng' })
	).toContainText('Giá trị dành cho khách hàng 30');

	await page.goto('/luyen-tap');
	await page.getByLabel('Chương', { exact: true }).selectOption('xay-dung-quan-he');
	await page.getByRole('button', { name: 'Bắt đầu' }).click();
	await expect(page.getByText('Câu 1/10')).toBeVisible();
	const options = page.locator('.options input');
	if (await options.count()) await options.first().check();
	else if (await page.getByLabel(/^Đáp số/).isVisible()) await page.getByLabel(/^Đáp số/).fill('1');
	else
		for (const select of await page.locator('.matching select').all())
			await select.selectOption({ index: 1 });
	await page.getByRole('button', { name: 'Kiểm tra' }).click();
	await expect(page.locator('.feedback')).toBeVisible();

	await page.goto('/mo-phong/ca-phe');
	await page.getByRole('button', { name: 'Chạy quý' }).click();
	await expect(page.locator('.status strong')).toHaveText('Quý 1/16');
	await context.setOffline(false);
});
