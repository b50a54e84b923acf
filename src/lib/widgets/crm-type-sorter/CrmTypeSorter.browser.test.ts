import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import CrmTypeSorter from './CrmTypeSorter.svelte';

describe('CrmTypeSorter', () => {
	it('explains a right choice, names a wrong one, and clears the mark when the choice changes', async () => {
		const screen = await render(CrmTypeSorter);
		const sfa = screen.getByRole('combobox', { name: /nhắc lịch gọi lại/ });
		const rfm = screen.getByRole('combobox', { name: /Chấm điểm RFM/ });
		const feedback = (id: string) =>
			screen.container.querySelector<HTMLElement>(`#crm-sorter-${id}-feedback`)!;

		await sfa.selectOptions('CRM tác nghiệp');
		await rfm.selectOptions('CRM cộng tác');
		await screen.getByRole('button', { name: 'Kiểm tra' }).click();
		await expect
			.element(feedback('sfa'))
			.toHaveTextContent('✓ Đúng. Tự động hóa lực lượng bán hàng');
		await expect
			.element(feedback('rfm'))
			.toHaveTextContent('✗ Chưa đúng. Không phải CRM cộng tác.');
		await expect.element(rfm).toHaveAttribute('aria-describedby', 'crm-sorter-rfm-feedback');
		await expect
			.element(screen.container.querySelector<HTMLElement>('.verdict')!)
			.toHaveTextContent('Bạn mới chọn 2/9. Đúng 1/9.');

		await rfm.selectOptions('CRM phân tích');
		await expect.element(feedback('rfm')).toHaveTextContent('');
		await screen.getByRole('button', { name: 'Làm lại' }).click();
		await expect.element(sfa).toHaveValue('');
	});
});
