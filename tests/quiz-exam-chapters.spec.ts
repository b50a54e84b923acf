import { expect, fixQuizClock, test, type Page } from './support/fixtures';

/** The chapter slugs of the questions in the attempt the page saved. */
async function savedChapters(page: Page): Promise<string[]> {
	const ids: string[] = await page.evaluate(() =>
		(JSON.parse(localStorage.getItem('crm-lab:exam') ?? '{}').questions ?? []).map(
			(q: { id: string }) => q.id
		)
	);
	return ids.map((id) => id.replace(/-\d{3}$/, ''));
}

test('a course that examines five chapters gets 40 questions from those five only, 8 each', async ({
	page
}) => {
	await fixQuizClock(page);
	await page.goto('/thi-thu');
	const chapters = page.getByRole('group', { name: 'Các chương trong đề' });
	const boxes = chapters.getByRole('checkbox');
	await expect(boxes.first()).toBeChecked();
	const count = await boxes.count();
	for (let i = 0; i < count; i++) {
		if (i % 2 === 1) await boxes.nth(i).uncheck();
	}
	expect(count).toBe(10);
	await expect(chapters).toContainText('8 câu mỗi chương');
	const link = chapters.getByRole('link', { name: /Liên kết mở đề/ });
	await expect(link).toHaveAttribute('href', /^\/thi-thu\?chuong=[a-z0-9-]+(,[a-z0-9-]+){4}$/);
	const href = (await link.getAttribute('href'))!;
	const wanted = href.split('=')[1]!.split(',');

	await page.getByRole('button', { name: 'Bắt đầu làm bài' }).click();
	await expect(page.getByText('Câu 1/40', { exact: true })).toBeVisible();
	const asked = await savedChapters(page);
	expect(asked).toHaveLength(40);
	expect(new Set(asked)).toEqual(new Set(wanted));
	for (const chapter of wanted) expect(asked.filter((c) => c === chapter)).toHaveLength(8);
});

test('a share link fixes the chapters; a link naming no real chapter says so and keeps all', async ({
	page
}) => {
	await page.goto('/thi-thu?chuong=trien-khai-crm,xay-dung-quan-he');
	const group = page.getByRole('group', { name: 'Các chương trong đề' });
	await expect(group.getByRole('checkbox', { name: /Xây dựng quan hệ/ })).toBeChecked();
	await expect(group.getByRole('checkbox', { checked: true })).toHaveCount(2);
	await page.getByRole('button', { name: 'Bắt đầu làm bài' }).click();
	await expect(page.getByText('Câu 1/40', { exact: true })).toBeVisible();
	expect(new Set(await savedChapters(page))).toEqual(
		new Set(['xay-dung-quan-he', 'trien-khai-crm'])
	);

	await page.goto('/thi-thu?chuong=khong-co-chuong-nay');
	await expect(page.getByRole('alert')).toContainText('khong-co-chuong-nay');
});

test('with no chapter chosen the exam cannot start', async ({ page }) => {
	await page.goto('/thi-thu');
	const boxes = page.getByRole('group', { name: 'Các chương trong đề' }).getByRole('checkbox');
	await expect(boxes.first()).toBeChecked();
	for (const box of await boxes.all()) await box.uncheck();
	await expect(page.getByRole('button', { name: 'Bắt đầu làm bài' })).toBeDisabled();
	await expect(page.getByText('Hãy chọn ít nhất một chương.', { exact: true })).toBeVisible();
});
