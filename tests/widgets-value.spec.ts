import { expect, test } from '@playwright/test';
import { showWidgets } from './support/widgets';

test.describe('chapter 3 widgets', () => {
	test.beforeEach(async ({ page }) => {
		await page.goto('/chuong/gia-tri-va-su-thoa-man');
		await page.locator('html[data-ready]').waitFor({ state: 'attached' });
		await showWidgets(page);
	});

	test('the delivered-value calculator computes the chapter example and refuses bad input', async ({
		page
	}) => {
		const widget = page.getByRole('region', { name: 'Máy tính giá trị dành cho khách hàng' });
		const results = widget.locator('.results');
		await expect(results).toContainText('Tổng giá trị 105');
		await expect(results).toContainText('Giá trị dành cho khách hàng 30');

		await widget.getByRole('button', { name: 'Quán B', exact: true }).click();
		await expect(results).toContainText('Giá trị dành cho khách hàng 0 ');
		await expect(results).toContainText('dễ bỏ đi');

		const money = widget.getByRole('textbox', { name: 'Chi phí bằng tiền' });
		await money.fill('120');
		await expect(results).toContainText('Giá trị dành cho khách hàng -75');
		await expect(results).toContainText('tìm nơi khác');

		for (const bad of ['', '-5', 'abc']) {
			await money.fill(bad);
			await expect(money).toHaveAttribute('aria-invalid', 'true');
			await expect(results).toHaveText('Sửa các ô được đánh dấu để xem kết quả.');
			await expect(widget).not.toContainText('NaN');
		}
		await expect(widget.locator('#dv-money-error')).toHaveText(
			'Chỉ nhập chữ số, ví dụ 2.000.000 hoặc 0,5.'
		);

		await widget.getByRole('button', { name: 'Làm lại' }).click();
		await expect(money).toHaveValue('55');
		await expect(money).not.toHaveAttribute('aria-invalid');
		await expect(results).toContainText('Giá trị dành cho khách hàng 30');
	});

	test('the E/P explorer classifies by keyboard, overall and per attribute', async ({ page }) => {
		const widget = page.getByRole('region', {
			name: 'Khám phá sự thỏa mãn: kỳ vọng E và cảm nhận P'
		});
		const results = widget.locator('.results');
		await expect(results).toContainText('E = 9, P = 6: Thất vọng');
		await expect(results).toContainText('52,5%');

		const perceived = widget.getByRole('slider', { name: 'Cảm nhận thực tế P' });
		await perceived.focus();
		for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
		await expect(results).toContainText('E = 9, P = 9: Hài lòng');
		await expect(results).toContainText('85%');

		await widget.getByRole('button', { name: 'Anh Tùng, được gửi trả điện thoại' }).click();
		await expect(results).toContainText('E = 5, P = 10: Rất hài lòng, thích thú');

		await widget.getByRole('radio', { name: 'Theo từng thuộc tính' }).check();
		await expect(results).toContainText('E = 5, P = 5,75: Hài lòng');
		const luggage = widget.getByRole('slider', { name: 'P, Thủ tục hành lý' });
		await luggage.focus();
		await page.keyboard.press('Home');
		await expect(widget.getByRole('group', { name: /Thủ tục hành lý: thất vọng/ })).toBeVisible();
		await expect(results).toContainText('E = 5, P = 5: Hài lòng');

		await widget.getByRole('button', { name: 'Làm lại' }).click();
		await expect(widget.getByRole('radio', { name: 'Tổng thể' })).toBeChecked();
		await expect(results).toContainText('E = 9, P = 6: Thất vọng');
	});
});

test('a chapter widget is loaded when the reader comes near it, in a frame that keeps its place', async ({
	page
}) => {
	await page.setViewportSize({ width: 412, height: 823 });
	await page.goto('/chuong/gia-tri-va-su-thoa-man');
	await page.locator('html[data-ready]').waitFor({ state: 'attached' });
	const frame = page.locator('.widget.waiting', {
		has: page.getByRole('heading', { name: 'Máy tính giá trị dành cho khách hàng' })
	});
	await expect(frame).toHaveCount(1);
	await expect(
		page.getByRole('region', { name: 'Máy tính giá trị dành cho khách hàng' })
	).toHaveCount(0);
	const before = await frame.evaluate((el) => el.getBoundingClientRect().height);

	await frame.scrollIntoViewIfNeeded();
	const widget = page.getByRole('region', { name: 'Máy tính giá trị dành cho khách hàng' });
	await expect(widget).toContainText('Giá trị dành cho khách hàng 30');
	const after = await widget.evaluate((el) => el.getBoundingClientRect().height);
	// the frame was about as tall as the widget, so what follows hardly moved
	expect(Math.abs(after - before)).toBeLessThan(0.15 * after);
});
