import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import RetentionCalculator from './RetentionCalculator.svelte';

describe('RetentionCalculator', () => {
	it('gives the chapter’s CLV, and the curve follows the chosen retention rate', async () => {
		const screen = await render(RetentionCalculator);
		const results = screen.container.querySelector<HTMLElement>('.results')!;
		await expect.element(results).toHaveTextContent('6.666.667 đ');
		await expect.element(results).toHaveTextContent('4.266.667 đ');
		await expect.element(results).toHaveTextContent('6 lần giữ một khách');
		await expect
			.element(screen.getByRole('row', { name: /80% \(gần mức đang chọn\)/ }))
			.toHaveClass('current');

		await screen.getByRole('button', { name: 'Sóng Mây, r = 85%' }).click();
		await expect.element(results).toHaveTextContent('8.000.000 đ');
		await expect
			.element(screen.getByRole('row', { name: /85% \(gần mức đang chọn\)/ }))
			.toHaveClass('current');
	});

	it.each([
		['-5', 'Số không được âm.'],
		['abc', 'Chỉ nhập chữ số, ví dụ 2.000.000 hoặc 0,5.'],
		['', 'Hãy nhập một số.']
	])('refuses a margin of %j with "%s", without NaN', async (bad, message) => {
		const screen = await render(RetentionCalculator);
		const margin = screen.getByRole('textbox', { name: 'Lãi gộp mỗi khách mỗi năm m (đồng)' });
		await margin.fill(bad);
		await expect.element(margin).toHaveAttribute('aria-invalid', 'true');
		await expect.element(margin).toHaveAccessibleDescription(message);
		await expect
			.element(screen.container.querySelector<HTMLElement>('.results')!)
			.toHaveTextContent('Sửa các ô được đánh dấu để xem kết quả.');
		expect(screen.getByRole('table').elements()).toHaveLength(0);
		expect(screen.container.textContent).not.toMatch(/NaN|Infinity/);
	});

	it('explains why r = 100% has no CLV, and recovers on reset', async () => {
		const screen = await render(RetentionCalculator);
		const retention = screen.getByRole('textbox', { name: 'Tỉ lệ giữ chân r (%)' });
		await retention.fill('100');
		await expect
			.element(retention)
			.toHaveAccessibleDescription('Với r = 100% khách ở lại mãi: CLV không có giới hạn.');
		expect(screen.container.textContent).not.toContain('Infinity');
		await retention.fill('120');
		await expect.element(retention).toHaveAccessibleDescription('Số không được lớn hơn 100.');

		await screen.getByRole('button', { name: 'Làm lại' }).click();
		await expect.element(retention).toHaveValue('80');
		await expect
			.element(screen.getByRole('textbox', { name: 'Lãi gộp mỗi khách mỗi năm m (đồng)' }))
			.toHaveValue('2.000.000');
		await expect
			.element(screen.container.querySelector<HTMLElement>('.results')!)
			.toHaveTextContent('6.666.667 đ');
	});
});
