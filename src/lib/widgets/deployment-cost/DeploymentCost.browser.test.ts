import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import DeploymentCost from './DeploymentCost.svelte';

const results = (container: HTMLElement) => container.querySelector<HTMLElement>('.results')!;

describe('DeploymentCost', () => {
	it('works out Cầu Nối’s break-even, then a smaller firm that never breaks even', async () => {
		const screen = await render(DeploymentCost);
		const out = results(screen.container);
		await expect
			.element(out)
			.toHaveTextContent('Tại chỗ, chi một lần = 50 × 8 + 200 = 400 + 200 = 600');
		await expect.element(out).toHaveTextContent('Điểm hòa: n = 540 ÷ 160 = 3,375 năm.');
		await expect.element(screen.getByRole('row', { name: '4 năm 1.400 1.500' })).toBeVisible();

		await screen.getByRole('button', { name: 'Cầu Nối nếu chỉ 20 người dùng' }).click();
		await expect
			.element(out)
			.toHaveTextContent('Không có điểm hòa: thuê (đám mây) rẻ hơn ở mọi thời hạn');

		await screen.getByRole('textbox', { name: 'Nhân sự kỹ thuật mỗi năm' }).fill('20');
		await expect.element(out).toHaveTextContent('Điểm hòa: n = 300 ÷ 92 ≈ 3,261 năm.');
	});

	it('refuses a fractional number of users beside the field; reset recovers', async () => {
		const screen = await render(DeploymentCost);
		const users = screen.getByRole('textbox', { name: 'Số người dùng' });
		await users.fill('12,5');
		await expect.element(users).toHaveAttribute('aria-invalid', 'true');
		await expect
			.element(users)
			.toHaveAccessibleDescription('Số người dùng là số nguyên, ví dụ 50.');
		const out = results(screen.container);
		await expect.element(out).toHaveTextContent('Chưa tính được vì ô số người dùng chưa hợp lệ');
		expect(screen.container.querySelector('table')).toBeNull();
		expect(screen.container.textContent).not.toMatch(/NaN|Infinity/);

		await screen.getByRole('button', { name: 'Làm lại' }).click();
		await expect.element(users).toHaveValue('50');
		await expect.element(out).toHaveTextContent('= 3,375 năm.');
	});
});
