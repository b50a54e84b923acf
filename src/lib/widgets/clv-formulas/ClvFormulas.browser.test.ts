import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import ClvFormulas from './ClvFormulas.svelte';

const cards = (container: HTMLElement) => [...container.querySelectorAll<HTMLElement>('.form')];

describe('ClvFormulas', () => {
	it('works out the three forms side by side, with Lá Non and then Sóng Mây', async () => {
		const screen = await render(ClvFormulas);
		const [first, second, simple] = cards(screen.container);
		await expect
			.element(first!)
			.toHaveTextContent('CLV = 600.000 ÷ (1 + 0,10 − 0,75) = 600.000 ÷ 0,35 ≈ 1.714.286 đ');
		await expect.element(second!).toHaveTextContent('450.000 ÷ 0,35 ≈ 1.285.714 đ');
		await expect.element(simple!).toHaveTextContent('= 8.000.000 đ');
		await expect.element(simple!).toHaveTextContent('8.000.000 × 30% = 2.400.000 đ');

		await screen.getByRole('button', { name: 'Sóng Mây, r = 80%' }).click();
		await expect.element(first!).toHaveTextContent('2.000.000 ÷ 0,30 ≈ 6.666.667 đ');
		await expect.element(second!).toHaveTextContent('1.600.000 ÷ 0,30 ≈ 5.333.333 đ');
		await expect.element(simple!).toHaveTextContent('2.400.000 đ');

		await screen.getByRole('textbox', { name: 'Tỉ lệ giữ chân r (%)' }).fill('85');
		await expect.element(first!).toHaveTextContent('2.000.000 ÷ 0,25 = 8.000.000 đ');
		await expect.element(second!).toHaveTextContent('1.700.000 ÷ 0,25 = 6.800.000 đ');
	});

	it.each([
		['-5', 'Số không được âm.'],
		['abc', 'Chỉ nhập chữ số, ví dụ 2.000.000 hoặc 0,5.'],
		['', 'Hãy nhập một số.']
	])(
		'refuses a margin of %j beside the field; forms 1 and 2 say why they wait',
		async (bad, message) => {
			const screen = await render(ClvFormulas);
			const margin = screen.getByRole('textbox', { name: 'Lãi gộp mỗi khách mỗi năm m (đồng)' });
			await margin.fill(bad);
			await expect.element(margin).toHaveAttribute('aria-invalid', 'true');
			await expect.element(margin).toHaveAccessibleDescription(message);
			const [first, second, simple] = cards(screen.container);
			const reason = 'Chưa tính được vì ô m chưa hợp lệ: sửa ô được đánh dấu ở trên.';
			await expect.element(first!).toHaveTextContent(reason);
			await expect.element(second!).toHaveTextContent(reason);
			await expect.element(simple!).toHaveTextContent('2.400.000 đ');
			expect(screen.container.textContent).not.toMatch(/NaN|Infinity/);
		}
	);

	it('refuses r ≥ 1 + d on r, and recovers on reset', async () => {
		const screen = await render(ClvFormulas);
		const retention = screen.getByRole('textbox', { name: 'Tỉ lệ giữ chân r (%)' });
		await screen.getByRole('textbox', { name: 'Tỉ lệ chiết khấu d (%)' }).fill('0');
		await retention.fill('100');
		await expect
			.element(retention)
			.toHaveAccessibleDescription(/mẫu số 1 \+ d − r không còn dương/);
		await expect
			.element(cards(screen.container)[0]!)
			.toHaveTextContent('Chưa tính được vì ô r chưa hợp lệ');
		expect(screen.container.textContent).not.toMatch(/NaN|Infinity/);

		await screen.getByRole('textbox', { name: 'Số năm gắn bó' }).fill('bốn');
		await expect
			.element(cards(screen.container)[2]!)
			.toHaveTextContent('Chưa tính được vì ô số năm gắn bó chưa hợp lệ');

		await screen.getByRole('button', { name: 'Làm lại' }).click();
		await expect.element(retention).toHaveValue('75');
		await expect.element(cards(screen.container)[0]!).toHaveTextContent('≈ 1.714.286 đ');
		await expect.element(cards(screen.container)[2]!).toHaveTextContent('= 2.400.000 đ');
	});
});
