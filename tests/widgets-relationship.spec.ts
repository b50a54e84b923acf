import { expect, test } from '@playwright/test';
import { showWidgets } from './support/widgets';

test.describe('chapter 4 widgets', () => {
	test.beforeEach(async ({ page }) => {
		await page.goto('/chuong/xay-dung-quan-he');
		await page.locator('html[data-ready]').waitFor({ state: 'attached' });
		await showWidgets(page);
	});

	test('the stage ladder shows each stage, and the ordering exercise is solved by keyboard', async ({
		page
	}) => {
		const widget = page.getByRole('region', { name: 'Bậc thang bảy giai đoạn quan hệ' });
		await widget.getByRole('button', { name: '5. Duy trì' }).click();
		await expect(widget.getByRole('button', { name: '5. Duy trì' })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		await expect(widget.locator('.detail')).toContainText('Giai đoạn 5: Duy trì');

		const items = widget.locator('.order li .item');
		const check = widget.getByRole('button', { name: 'Kiểm tra' });
		await check.click();
		await expect(widget.locator('.verdict')).toContainText('Đúng 0/7 vị trí');

		// Selection sort by keyboard: bring each stage up to its place with the "Lên" buttons.
		const target = [
			'Thu hút',
			'Thiết lập',
			'Tạo dựng',
			'Phát triển',
			'Duy trì',
			'Củng cố',
			'Trung thành'
		];
		for (let place = 0; place < target.length; place++) {
			let at = (await items.allTextContents()).indexOf(target[place]!);
			while (at > place) {
				await widget
					.getByRole('button', { name: `Lên: đưa «${target[place]}» lên` })
					.press('Enter');
				at--;
			}
		}
		await expect(items).toHaveText(target);
		await check.click();
		await expect(widget.locator('.verdict')).toHaveText(
			'Chính xác: đủ bảy giai đoạn, đúng thứ tự.'
		);

		await widget.getByRole('button', { name: 'Làm lại' }).click();
		await expect(items.first()).toHaveText('Phát triển');
		await expect(widget.locator('.verdict')).toHaveText('');
	});

	test('the retention calculator gives the chapter’s CLV and refuses bad input without NaN', async ({
		page
	}) => {
		const widget = page.getByRole('region', { name: 'Máy tính kinh tế học giữ chân khách hàng' });
		const results = widget.locator('.results');
		await expect(results).toContainText('6.666.667 đ');
		await expect(results).toContainText('4.266.667 đ');
		await expect(results).toContainText('6 lần');

		await widget.getByRole('button', { name: 'Sóng Mây, r = 85%' }).click();
		await expect(results).toContainText('8.000.000 đ');
		await expect(widget.getByRole('row', { name: /85%/ })).toHaveClass(/current/);

		const margin = widget.getByRole('textbox', { name: 'Lãi gộp mỗi khách mỗi năm m (đồng)' });
		await margin.fill('-5');
		await expect(margin).toHaveAttribute('aria-invalid', 'true');
		await expect(widget.getByText('Số không được âm.')).toBeVisible();
		await expect(results).toContainText('Sửa các ô được đánh dấu');
		await expect(widget).not.toContainText('NaN');

		await margin.fill('abc');
		await expect(widget.getByText('Chỉ nhập chữ số')).toBeVisible();
		await margin.fill('');
		await expect(widget.getByText('Hãy nhập một số.')).toBeVisible();
		await expect(widget).not.toContainText('NaN');
		await expect(widget).not.toContainText('Infinity');

		const retention = widget.getByRole('textbox', { name: 'Tỉ lệ giữ chân r (%)' });
		await retention.fill('100');
		await expect(widget.getByText('CLV không có giới hạn')).toBeVisible();
		await expect(widget).not.toContainText('Infinity');

		await widget.getByRole('button', { name: 'Làm lại' }).click();
		await expect(margin).toHaveValue('2.000.000');
		await expect(results).toContainText('6.666.667 đ');
	});
});
