import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import ComplaintIceberg from './ComplaintIceberg.svelte';

const results = (container: HTMLElement) => container.querySelector<HTMLElement>('.results')!;

describe('ComplaintIceberg', () => {
	it('works out Trúc Xanh’s iceberg, then what a quieter customer base hides', async () => {
		const screen = await render(ComplaintIceberg);
		const out = results(screen.container);
		await expect.element(out).toHaveTextContent('Phần nổi: 120 lời phàn nàn (5%)');
		await expect.element(out).toHaveTextContent('Phần chìm: 2.280 khách im lặng (95%)');
		await expect
			.element(out)
			.toHaveTextContent('Lãi gộp mất mỗi năm ≈ 570 × 2.000.000 = 1.140.000.000 đ');

		await screen.getByRole('button', { name: 'Trúc Xanh nếu chỉ 2% lên tiếng' }).click();
		await expect.element(out).toHaveTextContent('120 ÷ 0,02 = 6.000 người');
		await expect.element(out).toHaveTextContent('1.470 × 2.000.000 = 2.940.000.000 đ');

		await screen.getByRole('textbox', { name: 'Tỉ lệ khách im lặng thôi mua (%)' }).fill('10');
		await expect.element(out).toHaveTextContent('5.880 × 10% = 588 người');
	});

	it('refuses a share of 0 beside its field and says why the steps wait; reset recovers', async () => {
		const screen = await render(ComplaintIceberg);
		const voice = screen.getByRole('textbox', {
			name: 'Tỉ lệ khách không hài lòng có lên tiếng (%)'
		});
		await voice.fill('0');
		await expect.element(voice).toHaveAttribute('aria-invalid', 'true');
		await expect.element(voice).toHaveAccessibleDescription('Số phải từ 0,1 trở lên.');
		const out = results(screen.container);
		await expect
			.element(out)
			.toHaveTextContent('Chưa tính tiếp được vì ô tỉ lệ lên tiếng chưa hợp lệ');
		expect(out.querySelectorAll('.worked')).toHaveLength(0);
		expect(screen.container.textContent).not.toMatch(/NaN|Infinity/);

		await screen.getByRole('textbox', { name: 'Số lời phàn nàn nhận được' }).fill('12,5');
		await expect
			.element(screen.getByRole('textbox', { name: 'Số lời phàn nàn nhận được' }))
			.toHaveAccessibleDescription('Số lời phàn nàn là số nguyên, ví dụ 120.');

		await screen.getByRole('button', { name: 'Làm lại' }).click();
		await expect.element(voice).toHaveValue('5');
		await expect.element(out).toHaveTextContent('= 1.140.000.000 đ');
		expect(out.querySelector('.reason')).toBeNull();
	});
});
