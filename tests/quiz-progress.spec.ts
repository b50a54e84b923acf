import { readFileSync, writeFileSync } from 'node:fs';
import { expect, fixQuizClock, test, type Page } from './support/fixtures';

/** Answers `n` practice questions of chapter 4, whatever they are. */
async function practise(page: Page, n: number) {
	await fixQuizClock(page);
	await page.goto('/luyen-tap');
	await page.getByLabel('Chương', { exact: true }).selectOption('xay-dung-quan-he');
	await page.getByRole('button', { name: 'Bắt đầu' }).click();
	for (let i = 0; i < n; i++) {
		await expect(page.getByText(`Câu ${i + 1}/10`, { exact: true })).toBeVisible();
		const options = page.locator('.options input');
		if (await options.count()) await options.first().check();
		else if (await page.getByLabel(/^Đáp số/).isVisible())
			await page.getByLabel(/^Đáp số/).fill('1');
		else
			for (const select of await page.locator('.matching select').all())
				await select.selectOption({ index: 1 });
		await page.getByRole('button', { name: 'Kiểm tra' }).click();
		await page.getByRole('button', { name: /Câu tiếp|Xem kết quả/ }).click();
	}
}

test('export, then import into a fresh browser, restores the progress', async ({
	page,
	browser
}, testInfo) => {
	await practise(page, 3);
	await page.goto('/tien-do');
	await expect(page.getByText('Đã trả lời 3 câu khác nhau')).toBeVisible();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Xuất tiến độ' }).click();
	const file = testInfo.outputPath('tien-do.json');
	await (await download).saveAs(file);
	expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({
		format: 'crm-lab-progress',
		version: 2
	});

	const fresh = await browser.newContext();
	const other = await fresh.newPage();
	await other.goto('/tien-do');
	await expect(other.getByText('Đã trả lời 0 câu khác nhau')).toBeVisible();
	await other.getByLabel('Chọn tệp tiến độ để nhập').setInputFiles(file);
	await expect(other.getByRole('status').filter({ hasText: 'Đã nhập tiến độ' })).toBeVisible();
	await expect(other.getByText('Đã trả lời 3 câu khác nhau')).toBeVisible();
	await other.reload();
	await expect(other.getByText('Đã trả lời 3 câu khác nhau')).toBeVisible();
	await fresh.close();
});

test('a broken, foreign or newer file is refused with its problem named, and progress stays', async ({
	page
}, testInfo) => {
	await practise(page, 2);
	await page.goto('/tien-do');
	await expect(page.getByText('Đã trả lời 2 câu khác nhau')).toBeVisible();
	const before = await page.evaluate(() => localStorage.getItem('crm-lab:progress'));
	expect(before).toContain('crm-lab-progress');
	for (const [name, content, problem] of [
		['hong.json', '{"format": "crm-lab-progress", "vers', 'không phải JSON hợp lệ'],
		['khac.json', '{"hello": "world"}', 'không phải tệp tiến độ của CRM Lab'],
		[
			'moi-hon.json',
			'{"format": "crm-lab-progress", "version": 99, "answers": {}}',
			'phiên bản CRM Lab mới hơn'
		]
	] as const) {
		const file = testInfo.outputPath(name);
		writeFileSync(file, content);
		await page.getByLabel('Chọn tệp tiến độ để nhập').setInputFiles(file);
		await expect(page.locator('.message')).toContainText(`Không nhập được tệp “${name}”`);
		await expect(page.locator('.message')).toContainText(problem);
		await expect(page.getByText('Đã trả lời 2 câu khác nhau')).toBeVisible();
		expect(await page.evaluate(() => localStorage.getItem('crm-lab:progress'))).toBe(before);
	}
});

test('reset asks first, and can be cancelled', async ({ page }) => {
	await practise(page, 1);
	await page.goto('/tien-do');
	await page.getByRole('button', { name: 'Xóa toàn bộ tiến độ' }).click();
	const dialog = page.getByRole('dialog', { name: 'Xóa toàn bộ tiến độ?' });
	await dialog.getByRole('button', { name: 'Hủy' }).click();
	await expect(page.getByText('Đã trả lời 1 câu khác nhau')).toBeVisible();
	await page.getByRole('button', { name: 'Xóa toàn bộ tiến độ' }).click();
	await dialog.getByRole('button', { name: 'Xóa hết' }).click();
	await expect(page.getByText('Đã trả lời 0 câu khác nhau')).toBeVisible();
});

test('corrupt saved progress is set aside and reported, not dropped', async ({ page }) => {
	await page.goto('/');
	await page.evaluate(() => localStorage.setItem('crm-lab:progress', '{broken'));
	await page.goto('/tien-do');
	await expect(page.getByRole('status').filter({ hasText: 'không đọc được' })).toBeVisible();
	const keys = await page.evaluate(() => Object.keys(localStorage));
	const backup = keys.find((k) => k.startsWith('crm-lab:progress:backup:'));
	expect(backup).toBeTruthy();
	expect(await page.evaluate((k) => localStorage.getItem(k), backup!)).toBe('{broken');
});
