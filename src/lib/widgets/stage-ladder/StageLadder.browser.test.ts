import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { STAGES } from '$lib/crm/stages';
import StageLadder from './StageLadder.svelte';

describe('StageLadder', () => {
	it('shows what the firm does at the stage the reader picks', async () => {
		const screen = await render(StageLadder);
		const duyTri = screen.getByRole('button', { name: '5. Duy trì' });
		await duyTri.click();
		await expect.element(duyTri).toHaveAttribute('aria-pressed', 'true');
		await expect.element(screen.getByText('Giai đoạn 5: Duy trì')).toBeVisible();
		await expect.element(screen.getByText(/Vòi sen hỏng được sửa trong ngày/)).toBeVisible();
	});

	it('marks a wrong order place by place, then accepts the stages put right by keyboard', async () => {
		const screen = await render(StageLadder);
		const check = screen.getByRole('button', { name: 'Kiểm tra' });
		const verdict = screen.container.querySelector<HTMLElement>('.verdict')!;
		await check.click();
		await expect.element(verdict).toHaveTextContent('Đúng 0/7 vị trí. Thử đổi chỗ');
		expect(screen.getByText('chưa đúng', { exact: true }).elements()).toHaveLength(7);
		await expect
			.element(screen.getByRole('button', { name: 'Lên: đưa «Phát triển» lên' }))
			.toBeDisabled();

		// Selection sort with the "Lên" buttons, pressed with Enter.
		const items = () =>
			[...screen.container.querySelectorAll('.order .item')].map((e) => e.textContent);
		for (let place = 0; place < STAGES.length; place++) {
			const stage = STAGES[place]!;
			for (let at = items().indexOf(stage); at > place; at--) {
				screen
					.getByRole('button', { name: `Lên: đưa «${stage}» lên` })
					.element()
					.focus();
				await userEvent.keyboard('{Enter}');
			}
		}
		expect(items()).toEqual([...STAGES]);
		await expect.element(verdict).toHaveTextContent('');
		await check.click();
		await expect.element(verdict).toHaveTextContent('Chính xác: đủ bảy giai đoạn, đúng thứ tự.');

		await screen.getByRole('button', { name: 'Làm lại' }).click();
		expect(items()[0]).toBe('Phát triển');
		await expect
			.element(screen.getByRole('button', { name: '1. Thu hút' }))
			.toHaveAttribute('aria-pressed', 'true');
	});
});
