import { expect, test } from 'vitest';
import { render } from 'vitest-browser-svelte';
import MythBuster from './MythBuster.svelte';

test('turns a card', async () => {
	const screen = await render(MythBuster);
	await screen.getByRole('button', { name: 'Lật thẻ: ngộ nhận 1' }).click();
	await expect
		.element(screen.getByText('Tự động hóa bán hàng chỉ là một phần', { exact: false }))
		.toBeVisible();
});
