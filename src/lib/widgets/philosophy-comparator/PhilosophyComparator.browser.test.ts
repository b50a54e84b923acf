import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import PhilosophyComparator from './PhilosophyComparator.svelte';

describe('PhilosophyComparator', () => {
	it('shows the philosophy the reader picks and whether it suits strategic CRM', async () => {
		const screen = await render(PhilosophyComparator);
		const detail = screen.container.querySelector<HTMLElement>('.detail')!;
		await expect.element(detail).toHaveTextContent('✗ Chưa phù hợp');
		await screen.getByRole('button', { name: '5. Marketing đạo đức xã hội' }).click();
		await expect.element(detail).toHaveTextContent('societal marketing concept');
		await expect.element(detail).toHaveTextContent('✓ Phù hợp: lấy khách hàng làm trung tâm.');
	});

	it('says which match is wrong and which are missing, then grades a full set right', async () => {
		const screen = await render(PhilosophyComparator);
		const pick = (firm: string) => screen.getByRole('combobox', { name: new RegExp(firm) });
		const verdict = screen.container.querySelector<HTMLElement>('.verdict')!;
		const check = screen.getByRole('button', { name: 'Kiểm tra' });

		await pick('Hạt Vàng').selectOptions('Bán hàng');
		await check.click();
		await expect.element(verdict).toHaveTextContent('Bạn mới chọn 1/5. Đúng 0/5.');
		await expect.element(screen.getByText('Không phải Bán hàng.')).toBeVisible();
		expect(screen.getByText('Chưa chọn.').elements()).toHaveLength(4);

		const answers: [string, string][] = [
			['Hạt Vàng', 'Hoàn thiện sản xuất'],
			['Tinh Vân', 'Hoàn thiện sản phẩm'],
			['Vươn Xa', 'Bán hàng'],
			['Bếp Nhà', 'Marketing'],
			['Suối Mát', 'Marketing đạo đức xã hội']
		];
		for (const [firm, label] of answers) await pick(firm).selectOptions(label);
		await expect.element(verdict).toHaveTextContent('');
		await check.click();
		await expect.element(verdict).toHaveTextContent('Chính xác cả 5/5.');

		await screen.getByRole('button', { name: 'Làm lại tất cả' }).click();
		await expect.element(pick('Hạt Vàng')).toHaveValue('');
		await expect
			.element(screen.container.querySelector<HTMLElement>('.verdict')!)
			.toHaveTextContent('');
	});
});
