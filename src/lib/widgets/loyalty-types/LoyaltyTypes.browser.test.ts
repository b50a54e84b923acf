import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import LoyaltyTypes from './LoyaltyTypes.svelte';

async function press(slider: { element(): Element }, ...keys: string[]) {
	(slider.element() as HTMLElement).focus();
	for (const key of keys) await userEvent.keyboard(`{${key}}`);
}

const marked = (container: HTMLElement) => container.querySelector<HTMLElement>('td.here')!;

describe('LoyaltyTypes', () => {
	it('places the chapter’s customers and a customer scored by keyboard on the matrix', async () => {
		const screen = await render(LoyaltyTypes);
		const results = screen.container.querySelector<HTMLElement>('.results')!;
		await expect
			.element(results)
			.toHaveTextContent('Thái độ 9 (cao), mua lặp lại 9 (nhiều): Trung thành thực sự');
		await expect.element(marked(screen.container)).toHaveTextContent('Trung thành thực sự');

		await screen.getByRole('button', { name: 'Cô Mai, quán duy nhất trong tòa nhà' }).click();
		await expect.element(results).toHaveTextContent('Trung thành giả tạo (spurious loyalty)');
		await expect.element(results).toHaveTextContent('Đừng tính họ là khách trung thành.');
		await expect
			.element(marked(screen.container))
			.toHaveTextContent('Trung thành giả tạo (khách ở ô này)');
		expect(screen.container.querySelectorAll('td.here')).toHaveLength(1);

		// attitude 3 → 6 crosses the widget's threshold: the same buying becomes true loyalty
		const attitude = screen.getByRole('slider', { name: 'Thái độ gắn bó (yêu thích, tin tưởng)' });
		await press(attitude, 'ArrowRight', 'ArrowRight');
		await expect.element(results).toHaveTextContent('Thái độ 5 (thấp)');
		await press(attitude, 'ArrowRight');
		await expect
			.element(results)
			.toHaveTextContent('Thái độ 6 (cao), mua lặp lại 9 (nhiều): Trung thành thực sự');
		await expect
			.element(screen.getByRole('button', { name: /^Cô Mai/ }))
			.toHaveAttribute('aria-pressed', 'false');
	});

	it('keeps scores on the 1–10 scale when pushed past either end, and starts over on reset', async () => {
		const screen = await render(LoyaltyTypes);
		const results = screen.container.querySelector<HTMLElement>('.results')!;
		const attitude = screen.getByRole('slider', { name: 'Thái độ gắn bó (yêu thích, tin tưởng)' });
		const repeat = screen.getByRole('slider', { name: 'Mua lặp lại' });
		await press(attitude, 'End', 'ArrowRight', 'PageUp');
		await press(repeat, 'Home', 'ArrowLeft', 'ArrowDown');
		await expect.element(attitude).toHaveValue('10');
		await expect.element(repeat).toHaveValue('1');
		await expect
			.element(results)
			.toHaveTextContent('Thái độ 10 (cao), mua lặp lại 1 (ít): Trung thành tiềm ẩn');
		await expect.element(results).toHaveTextContent('Gỡ rào cản');
		expect(screen.container.textContent).not.toMatch(/NaN|undefined/);

		await screen.getByRole('button', { name: 'Làm lại' }).click();
		await expect.element(attitude).toHaveValue('9');
		await expect.element(marked(screen.container)).toHaveTextContent('Trung thành thực sự');
	});
});
