import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import DeliveredValue from './DeliveredValue.svelte';

describe('DeliveredValue', () => {
	it('computes the chapter example and follows what the reader types', async () => {
		const screen = await render(DeliveredValue);
		const results = screen.container.querySelector<HTMLElement>('.results')!;
		await expect.element(results).toHaveTextContent('Tổng giá trị 105');
		await expect.element(results).toHaveTextContent('Giá trị dành cho khách hàng 30');

		const quanB = screen.getByRole('button', { name: 'Quán B', exact: true });
		await quanB.click();
		await expect.element(quanB).toHaveAttribute('aria-pressed', 'true');
		await expect.element(results).toHaveTextContent('Giá trị dành cho khách hàng 0 ');
		await expect.element(results).toHaveTextContent('dễ bỏ đi');

		await screen.getByRole('textbox', { name: 'Chi phí bằng tiền' }).fill('120');
		await expect.element(results).toHaveTextContent('Giá trị dành cho khách hàng -75');
		await expect.element(results).toHaveTextContent('họ sẽ tìm nơi khác');
		await expect.element(quanB).toHaveAttribute('aria-pressed', 'false');
	});

	it.each([
		['', 'Hãy nhập một số.'],
		['-5', 'Số không được âm.'],
		['abc', 'Chỉ nhập chữ số, ví dụ 2.000.000 hoặc 0,5.']
	])('refuses %j with "%s", without NaN, and recovers', async (bad, message) => {
		const screen = await render(DeliveredValue);
		const money = screen.getByRole('textbox', { name: 'Chi phí bằng tiền' });
		const results = screen.container.querySelector<HTMLElement>('.results')!;
		await money.fill(bad);
		await expect.element(money).toHaveAttribute('aria-invalid', 'true');
		await expect.element(money).toHaveAccessibleDescription(message);
		await expect.element(results).toHaveTextContent('Sửa các ô được đánh dấu để xem kết quả.');
		expect(screen.container.textContent).not.toContain('NaN');

		await money.fill('55');
		await expect.element(money).not.toHaveAttribute('aria-invalid');
		await expect.element(results).toHaveTextContent('Giá trị dành cho khách hàng 30');
		await money.fill(bad);
		await screen.getByRole('button', { name: 'Làm lại' }).click();
		await expect.element(money).toHaveValue('55');
	});
});
