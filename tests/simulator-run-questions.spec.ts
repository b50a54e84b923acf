import { expect, test } from './support/fixtures';

test('a finished run asks questions from its own results, and /on-tap reviews them', async ({
	page
}) => {
	await page.goto('/mo-phong/ca-phe');
	await expect(page.getByRole('button', { name: 'Chạy quý' })).toBeEnabled();
	const autoplay = page.getByRole('button', { name: 'Tự chạy đến hết' });
	// On a narrow screen the secondary buttons sit in a menu.
	if (!(await autoplay.isVisible())) await page.getByRole('button', { name: 'Thêm' }).click();
	await autoplay.click();

	const block = page.getByRole('region', { name: 'Câu hỏi từ ván của bạn' });
	await expect(block).toBeVisible({ timeout: 30_000 });
	const questions = block.locator(':scope > ol > li');
	const count = await questions.count();
	expect(count).toBeGreaterThanOrEqual(3);
	expect(count).toBeLessThanOrEqual(5);
	const first = questions.first();
	await expect(first).toContainText('Ván “Chuỗi cà phê Mộc Lam” của bạn');
	await expect(first.locator('.options li')).toHaveCount(4);
	await first.getByText('Xem đáp án').click();
	await expect(first).toContainText('Đáp án:');
	const prompt = (await first.locator(':scope > p').first().textContent())!.trim();

	await block.getByRole('link', { name: 'Ôn ở trang Ôn tập' }).click();
	await expect(page).toHaveURL(/\/on-tap$/);
	await expect(page.getByText(`Câu 1/${count}`)).toBeVisible();
	await expect(page.getByText(prompt)).toBeVisible();
	await page.getByRole('radio').first().check();
	await page.getByRole('button', { name: 'Kiểm tra' }).click();
	await expect(page.getByRole('link', { name: 'Đọc lại phần này trong chương' })).toBeVisible();
});
