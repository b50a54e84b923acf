import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import MythBuster from './MythBuster.svelte';

describe('MythBuster', () => {
	it('turns a card by keyboard to show the reality, and all cards at once', async () => {
		const screen = await render(MythBuster);
		const reality = screen.getByText(/Tự động hóa bán hàng chỉ là một phần/);
		await expect.element(reality).not.toBeVisible();

		screen.getByRole('button', { name: 'Lật thẻ: ngộ nhận 1' }).element().focus();
		await userEvent.keyboard('{Enter}');
		await expect
			.element(screen.getByRole('button', { name: 'Úp thẻ: ngộ nhận 1' }))
			.toHaveAttribute('aria-expanded', 'true');
		await expect.element(reality).toBeVisible();
		await expect
			.element(screen.getByRole('link', { name: 'Đọc phần này trong chương: ngộ nhận 1' }))
			.toHaveAttribute('href', '#ngo-nhan-ban-hang');

		await screen.getByRole('button', { name: 'Lật tất cả' }).click();
		expect(screen.getByRole('button', { name: /^Úp thẻ/ }).elements()).toHaveLength(4);
		await screen.getByRole('button', { name: 'Úp tất cả' }).click();
		expect(screen.getByRole('button', { name: /^Lật thẻ/ }).elements()).toHaveLength(4);
		await screen.getByRole('button', { name: 'Lật thẻ: ngộ nhận 2' }).click();
		await screen.getByRole('button', { name: 'Làm lại' }).click();
		await expect.element(reality).not.toBeVisible();
		expect(screen.getByRole('button', { name: /^Úp thẻ/ }).elements()).toHaveLength(0);
	});
});
