import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import AssociationRules from './AssociationRules.svelte';

const results = (container: HTMLElement) => container.querySelector<HTMLElement>('.results')!;

describe('AssociationRules', () => {
	it('works out the fryer rule, then a pair that keeps apart', async () => {
		const screen = await render(AssociationRules);
		const out = results(screen.container);
		await expect.element(out).toHaveTextContent('Độ hỗ trợ = 800 ÷ 10.000 = 8%');
		await expect.element(out).toHaveTextContent('Độ nâng = 40% ÷ 16% = 2,5');
		await expect.element(out).toHaveTextContent('Độ nâng lớn hơn 1');

		await screen.getByRole('button', { name: 'Hai hãng nước giặt' }).click();
		await expect.element(out).toHaveTextContent('Độ nâng = 4% ÷ 12% ≈ 0,33');
		await expect.element(out).toHaveTextContent('Độ nâng nhỏ hơn 1');

		await screen.getByRole('textbox', { name: 'Số giỏ có cả A và B' }).fill('180');
		await expect.element(out).toHaveTextContent('Độ nâng = 12% ÷ 12% = 1');
		await expect.element(out).toHaveTextContent('Độ nâng bằng 1');
	});

	it('refuses more baskets with both than with A beside the field; reset recovers', async () => {
		const screen = await render(AssociationRules);
		const both = screen.getByRole('textbox', { name: 'Số giỏ có cả A và B' });
		await both.fill('2.500');
		await expect.element(both).toHaveAttribute('aria-invalid', 'true');
		await expect
			.element(both)
			.toHaveAccessibleDescription('Không thể nhiều hơn số giỏ có A hay số giỏ có B.');
		const out = results(screen.container);
		await expect.element(out).toHaveTextContent('Chưa tính được vì ô số giỏ có cả hai chưa hợp lệ');
		expect(out.querySelectorAll('.worked')).toHaveLength(0);
		expect(screen.container.textContent).not.toMatch(/NaN|Infinity/);

		await screen.getByRole('button', { name: 'Làm lại' }).click();
		await expect.element(both).toHaveValue('800');
		await expect.element(out).toHaveTextContent('= 2,5');
	});
});
