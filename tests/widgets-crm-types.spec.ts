import { expect, test } from '@playwright/test';
import { showWidgets } from './support/widgets';

test.describe('chapter 2 widgets', () => {
	test.beforeEach(async ({ page }) => {
		await page.goto('/chuong/triet-ly-va-cac-loai-crm');
		await page.locator('html[data-ready]').waitFor({ state: 'attached' });
		await showWidgets(page);
	});

	test('the philosophy comparator shows each philosophy and grades the matching exercise', async ({
		page
	}) => {
		const widget = page.getByRole('region', { name: 'So sánh năm triết lý kinh doanh' });
		const detail = widget.locator('.detail');
		await expect(detail).toContainText('Chưa phù hợp');
		await widget.getByRole('button', { name: '5. Marketing đạo đức xã hội' }).click();
		await expect(detail).toContainText('societal marketing concept');
		await expect(detail).toContainText('✓ Phù hợp');

		const pick = (firm: string) => widget.getByRole('combobox', { name: new RegExp(firm) });
		await pick('Hạt Vàng').selectOption({ label: 'Bán hàng' });
		await widget.getByRole('button', { name: 'Kiểm tra' }).click();
		await expect(widget.locator('.verdict')).toHaveText('Bạn mới chọn 1/5. Đúng 0/5.');
		await expect(widget).toContainText('✗ Chưa đúng. Không phải Bán hàng.');

		const answers: [string, string][] = [
			['Hạt Vàng', 'Hoàn thiện sản xuất'],
			['Tinh Vân', 'Hoàn thiện sản phẩm'],
			['Vươn Xa', 'Bán hàng'],
			['Bếp Nhà', 'Marketing'],
			['Suối Mát', 'Marketing đạo đức xã hội']
		];
		for (const [firm, label] of answers) {
			await pick(firm).focus();
			await pick(firm).selectOption({ label });
		}
		await widget.getByRole('button', { name: 'Kiểm tra' }).press('Enter');
		await expect(widget.locator('.verdict')).toHaveText('Chính xác cả 5/5.');

		await widget.getByRole('button', { name: 'Làm lại tất cả' }).click();
		await expect(pick('Hạt Vàng')).toHaveValue('');
		await expect(widget.locator('.verdict')).toHaveText('');
		await expect(detail).toContainText('Hoàn thiện sản xuất');
	});

	test('the CRM-type sorter gives feedback per activity', async ({ page }) => {
		const widget = page.getByRole('region', { name: 'Phân loại hoạt động theo bốn loại CRM' });
		const sfa = widget.getByRole('combobox', { name: /nhắc lịch gọi lại/ });
		const rfm = widget.getByRole('combobox', { name: /Chấm điểm RFM/ });
		await sfa.selectOption({ label: 'CRM tác nghiệp' });
		await rfm.selectOption({ label: 'CRM cộng tác' });
		await widget.getByRole('button', { name: 'Kiểm tra' }).click();
		await expect(widget.locator('#crm-sorter-sfa-feedback')).toContainText('✓ Đúng.');
		await expect(widget.locator('#crm-sorter-rfm-feedback')).toContainText(
			'✗ Chưa đúng. Không phải CRM cộng tác.'
		);
		await expect(widget.locator('.verdict')).toHaveText('Bạn mới chọn 2/9. Đúng 1/9.');

		await rfm.selectOption({ label: 'CRM phân tích' });
		await expect(widget.locator('#crm-sorter-rfm-feedback')).toHaveText('');
		await widget.getByRole('button', { name: 'Làm lại' }).click();
		await expect(sfa).toHaveValue('');
	});

	test('the myth buster turns each card by keyboard', async ({ page }) => {
		const widget = page.getByRole('region', { name: 'Bốn ngộ nhận về CRM' });
		const first = widget.getByRole('button', { name: 'Lật thẻ: ngộ nhận 1' });
		await expect(widget.getByText('Tự động hóa bán hàng chỉ là một phần')).toBeHidden();
		await first.focus();
		await page.keyboard.press('Enter');
		await expect(widget.getByRole('button', { name: 'Úp thẻ: ngộ nhận 1' })).toHaveAttribute(
			'aria-expanded',
			'true'
		);
		await expect(widget.getByText('Tự động hóa bán hàng chỉ là một phần')).toBeVisible();

		await widget.getByRole('button', { name: 'Lật tất cả' }).click();
		await expect(widget.locator('.reality:visible')).toHaveCount(4);
		await widget.getByRole('button', { name: 'Làm lại' }).click();
		await expect(widget.locator('.reality:visible')).toHaveCount(0);
	});
});
