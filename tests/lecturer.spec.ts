import { expect, test } from './support/fixtures';
import { expectNoAxeViolations } from './support/axe';

test('a chapter prints as a handout: no navigation, widgets as a note, no speaker notes', async ({
	page
}) => {
	await page.goto('/chuong/gia-tri-va-su-thoa-man');
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('banner')).toBeHidden();
	await expect(page.getByRole('navigation', { name: 'Mục lục' })).toBeHidden();
	await expect(page.getByRole('navigation', { name: 'Chương trước và chương sau' })).toBeHidden();
	await expect(page.getByRole('link', { name: 'Trình chiếu chương này' })).toBeHidden();
	const widget = page.locator('.widget').first();
	await expect(widget.getByRole('heading')).toBeVisible();
	await expect(widget.locator('.results')).toBeHidden();
	expect(await widget.evaluate((el) => getComputedStyle(el, '::after').content)).toContain(
		'Công cụ tương tác'
	);
	await expect(page.locator('.speaker-notes:visible')).toHaveCount(0);
	await expect(page.getByRole('heading', { name: 'Tóm tắt', exact: true })).toBeVisible();
});

test('the one-page summary shows the objectives and the chapter’s summary only', async ({
	page
}) => {
	await page.goto('/chuong/gia-tri-va-su-thoa-man');
	await page.getByRole('link', { name: 'Bản tóm tắt một trang để in' }).click();
	await expect(page).toHaveURL(/\/chuong\/gia-tri-va-su-thoa-man\/tom-tat$/);
	await expect(page.getByRole('heading', { name: 'Mục tiêu học tập' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Tóm tắt', exact: true })).toBeVisible();
	await expect(
		page.getByRole('heading', { name: 'Tổng chi phí của khách hàng', exact: true })
	).toBeHidden();
	await expect(page.getByRole('heading', { name: 'Câu hỏi ôn tập', exact: true })).toBeHidden();
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('button', { name: 'In bản tóm tắt' })).toBeHidden();
});

test('the class vote applies the option with the most hands', async ({ page }) => {
	await page.goto('/mo-phong/ca-phe');
	await expect(page.getByRole('button', { name: 'Chạy quý' })).toBeEnabled();
	await page.getByRole('button', { name: 'Trình chiếu trên lớp' }).click();
	const vote = page.getByRole('region', { name: 'Bình chọn cả lớp' });
	await vote
		.getByLabel('Phương án 1', { exact: true })
		.selectOption({ label: 'Theo triết lý bán hàng' });
	await vote.getByLabel('Phương án 2', { exact: true }).selectOption({ label: 'Giảm giá 10%' });
	await vote.getByRole('button', { name: 'Thêm phương án' }).click();
	await vote.getByLabel('Số phiếu cho phương án 1').fill('18');
	await vote.getByLabel('Số phiếu cho phương án 2').fill('18');
	await vote.getByLabel('Số phiếu cho phương án 3').fill('4');
	await vote.getByRole('button', { name: 'Áp dụng phương án thắng' }).click();
	await expect(vote.getByRole('status')).toContainText('Hòa phiếu');
	await expect(page.getByRole('radio', { name: /^Bán hàng/ })).not.toBeChecked();

	await vote.getByLabel('Số phiếu cho phương án 2').fill('11');
	await vote.getByRole('button', { name: 'Áp dụng phương án thắng' }).click();
	await expect(vote.getByRole('status')).toContainText('“Theo triết lý bán hàng” với 18 phiếu');
	await expect(page.getByRole('radio', { name: /^Bán hàng/ })).toBeChecked();
	await page.getByRole('button', { name: 'Chạy quý' }).click();
	await expect(page.locator('.status strong')).toHaveText('Quý 1/16');
	await expectNoAxeViolations(page);
});
