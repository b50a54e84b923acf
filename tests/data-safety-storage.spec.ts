import { readFileSync } from 'node:fs';
import { expect, fixQuizClock, test, type Page } from './support/fixtures';

/** What a browser set to block site data does (runs inside the page, before any script). */
function blockStorage() {
	for (const name of ['localStorage', 'sessionStorage'])
		Object.defineProperty(window, name, {
			get() {
				throw new DOMException('Access is denied for this document.', 'SecurityError');
			}
		});
	if (navigator.serviceWorker)
		navigator.serviceWorker.register = () =>
			Promise.reject(
				new DOMException('The user denied permission to use Service Worker.', 'SecurityError')
			);
}

/** Starts a chapter 4 practice set and answers its first question, whatever it is. */
async function answerOnePracticeQuestion(page: Page) {
	await page.getByLabel('Chương', { exact: true }).selectOption('xay-dung-quan-he');
	await page.getByRole('button', { name: 'Bắt đầu' }).click();
	await expect(page.getByText('Câu 1/10', { exact: true })).toBeVisible();
	const options = page.locator('.options input');
	if (await options.count()) await options.first().check();
	else if (await page.getByLabel(/^Đáp số/).isVisible()) await page.getByLabel(/^Đáp số/).fill('1');
	else
		for (const select of await page.locator('.matching select').all())
			await select.selectOption({ index: 1 });
	await page.getByRole('button', { name: 'Kiểm tra' }).click();
}

/** Downloads what the button gives and returns the file's text. */
async function download(page: Page, button: ReturnType<Page['getByRole']>) {
	const file = page.waitForEvent('download');
	await button.click();
	return readFileSync(await (await file).path(), 'utf8');
}

const BLOCKED = 'Trình duyệt đang chặn lưu trữ: tiến độ sẽ mất khi đóng trang; hãy xuất ra tệp';

test.describe('storage blocked', () => {
	test.use({ serviceWorkers: 'allow' });

	test('every page works from memory, says so once, and keeps practice answers', async ({
		page,
		context
	}) => {
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await context.addInitScript(blockStorage);
		await fixQuizClock(page);
		await page.goto('/');
		await expect(page.locator('html[data-ready]')).toBeAttached();
		await expect(page.getByText(BLOCKED)).toHaveCount(1);
		await page.getByRole('button', { name: 'Giao diện tối' }).click();
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		await page.getByRole('button', { name: 'Đã hiểu' }).click();
		await expect(page.getByText(BLOCKED)).toHaveCount(0);

		await page.getByRole('link', { name: 'Luyện tập' }).first().click();
		await answerOnePracticeQuestion(page);
		await expect(page.getByRole('status').filter({ hasText: 'giữ trong trang này' })).toBeVisible();
		await page.getByRole('link', { name: 'Tiến độ' }).first().click();
		await expect(page.getByText('Đã trả lời 1 câu khác nhau')).toBeVisible();
		await expect(page.getByText(BLOCKED)).toHaveCount(0);
		expect(errors).toEqual([]);
	});
});

test('storage too full to back up corrupt progress: nothing overwrites it until it is exported', async ({
	page
}) => {
	const corrupt = `{"format":"crm-lab-progress", broken ${'x'.repeat(100_000)}`;
	await page.goto('/');
	await page.evaluate((text) => {
		localStorage.setItem('crm-lab:progress', text);
		// Fill the rest, so the corrupt data fits once but not twice.
		for (let size = 1 << 20, i = 0; size >= 512;)
			try {
				localStorage.setItem(`filler:${i++}`, 'x'.repeat(size));
			} catch {
				size >>= 1;
			}
	}, corrupt);
	await fixQuizClock(page);
	await page.goto('/luyen-tap');
	await answerOnePracticeQuestion(page);
	await expect(page.getByRole('button', { name: /Câu tiếp|Xem kết quả/ })).toBeVisible();
	const stillStored = (text: string) =>
		localStorage.getItem('crm-lab:progress') === text ? 'kept' : 'overwritten';
	expect(await page.evaluate(stillStored, corrupt)).toBe('kept');
	const notice = page.getByRole('status').filter({ hasText: 'không đọc được' });
	await expect(notice).toContainText('không sao lưu được');
	await expect(notice).toContainText('không ghi đè');

	await page.goto('/tien-do');
	const backups = page.getByRole('region', { name: 'Bản sao lưu' });
	const downloaded = await download(page, backups.getByRole('button', { name: /Tải xuống/ }));
	expect(downloaded === corrupt, 'the download is the corrupt data').toBe(true);
	await expect(page.getByRole('status').filter({ hasText: 'đã tải xuống' })).toBeVisible();
	expect(await page.evaluate(() => localStorage.getItem('crm-lab:progress'))).toBeNull();
});

test('corrupt progress found on the home page is set aside, a notice waits until dismissed, /tien-do offers it', async ({
	page
}) => {
	await page.goto('/');
	await page.evaluate(() => localStorage.setItem('crm-lab:progress', '{broken'));
	await page.reload();
	const notice = page.getByRole('status').filter({ hasText: 'không đọc được' });
	await expect(notice).toBeVisible();
	await page.reload();
	await expect(notice).toBeVisible();
	await notice.getByRole('link', { name: /bản sao lưu/ }).click();
	await expect(page).toHaveURL(/\/tien-do#ban-sao-luu$/);
	const backups = page.getByRole('region', { name: 'Bản sao lưu' });
	expect(await download(page, backups.getByRole('button', { name: /Tải xuống/ }))).toBe('{broken');
	await notice.getByRole('button', { name: 'Đã hiểu' }).click();
	await expect(notice).toHaveCount(0);
	await page.reload();
	await expect(page.locator('html[data-ready]')).toBeAttached();
	await expect(notice).toHaveCount(0);
	await expect(backups.getByRole('button', { name: /Tải xuống/ })).toHaveCount(1);
});

test('an import file over the size limit is refused before it is read, naming the limit', async ({
	page,
	context
}) => {
	await context.addInitScript(() => {
		const text = Blob.prototype.text;
		Blob.prototype.text = function () {
			(window as unknown as { blobReads: number }).blobReads = 1;
			return text.call(this);
		};
	});
	await page.goto('/tien-do');
	await expect(page.locator('html[data-ready]')).toBeAttached();
	await page.getByLabel('Chọn tệp tiến độ để nhập').setInputFiles({
		name: 'lon.json',
		mimeType: 'application/json',
		buffer: Buffer.alloc(6 * 1024 * 1024, ' ')
	});
	await expect(page.locator('.message')).toContainText('Không nhập được tệp “lon.json”');
	await expect(page.locator('.message')).toContainText('quá lớn');
	await expect(page.locator('.message')).toContainText('2 MB');
	expect(await page.evaluate(() => (window as unknown as { blobReads?: number }).blobReads)).toBe(
		undefined
	);
});
