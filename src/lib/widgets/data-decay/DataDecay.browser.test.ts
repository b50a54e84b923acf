import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import DataDecay from './DataDecay.svelte';

const results = (container: HTMLElement) => container.querySelector<HTMLElement>('.results')!;

describe('DataDecay', () => {
	it('works out Đất Lành’s year, then three years', async () => {
		const screen = await render(DataDecay);
		const out = results(screen.container);
		await expect.element(out).toHaveTextContent('2.000 × 0,98^12 ≈ 2.000 × 0,785 ≈ 1.569 hồ sơ');
		await expect.element(out).toHaveTextContent('= 431 hồ sơ (≈ 21,5%)');
		await expect.element(out).toHaveTextContent('Cộng đơn giản 2% × 12 = 24% là quá tay');

		await screen.getByRole('button', { name: 'Đất Lành sau ba năm' }).click();
		await expect.element(out).toHaveTextContent('≈ 966 hồ sơ');
		await screen.getByRole('textbox', { name: 'Số tháng' }).fill('1');
		await expect.element(out).toHaveTextContent('2.000 × 0,98^1 ≈ 2.000 × 0,98 ≈ 1.960 hồ sơ');
		await expect.element(out).not.toHaveTextContent('Cộng đơn giản');
	});

	it('refuses half a month beside the field, says why nothing is shown; reset recovers', async () => {
		const screen = await render(DataDecay);
		const months = screen.getByRole('textbox', { name: 'Số tháng' });
		await months.fill('1,5');
		await expect.element(months).toHaveAttribute('aria-invalid', 'true');
		await expect.element(months).toHaveAccessibleDescription('Hãy nhập một số nguyên, ví dụ 12.');
		const out = results(screen.container);
		await expect.element(out).toHaveTextContent('Chưa tính được vì ô số tháng chưa hợp lệ');
		expect(out.querySelectorAll('.worked')).toHaveLength(0);
		expect(screen.container.textContent).not.toMatch(/NaN|Infinity/);

		await screen.getByRole('button', { name: 'Làm lại' }).click();
		await expect.element(months).toHaveValue('12');
		await expect.element(out).toHaveTextContent('≈ 1.569 hồ sơ');
	});
});
