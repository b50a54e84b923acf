import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { fill } from '../shared/template';
import SatisfactionExplorer from './SatisfactionExplorer.svelte';
import { DELIGHT_MARGIN } from './satisfaction';
import { TEXT } from './text';

async function press(slider: { element(): Element }, ...keys: string[]) {
	(slider.element() as HTMLElement).focus();
	for (const key of keys) await userEvent.keyboard(`{${key}}`);
}

describe('SatisfactionExplorer', () => {
	it('classifies E against P by keyboard and from the chapter cases', async () => {
		const screen = await render(SatisfactionExplorer);
		const results = screen.container.querySelector<HTMLElement>('.results')!;
		await expect.element(results).toHaveTextContent('E = 9, P = 6: Thất vọng');
		await expect.element(results).toHaveTextContent('40%');

		await press(
			screen.getByRole('slider', { name: 'Cảm nhận thực tế P' }),
			...Array(3).fill('ArrowRight')
		);
		await expect.element(results).toHaveTextContent('E = 9, P = 9: Hài lòng');
		await expect.element(results).toHaveTextContent('E ≤ P');
		await expect.element(results).toHaveTextContent('83,8%');

		await screen.getByRole('button', { name: 'Anh Tùng, được gửi trả điện thoại' }).click();
		await expect.element(results).toHaveTextContent('E = 5, P = 10: Rất hài lòng, thích thú');
		// The rule names the margin this widget uses for "vượt xa", whatever its wording.
		await expect
			.element(results)
			.toHaveTextContent(fill(TEXT.feelings.delighted.rule, { margin: DELIGHT_MARGIN }));
	});

	it('keeps scores on the 1–10 scale when pushed past either end', async () => {
		const screen = await render(SatisfactionExplorer);
		const results = screen.container.querySelector<HTMLElement>('.results')!;
		const expectation = screen.getByRole('slider', { name: 'Kỳ vọng E' });
		await press(expectation, 'End', 'ArrowRight', 'ArrowUp');
		await expect.element(expectation).toHaveValue('10');
		await press(screen.getByRole('slider', { name: 'Cảm nhận thực tế P' }), 'Home', 'ArrowLeft');
		await expect.element(results).toHaveTextContent('E = 10, P = 1: Thất vọng');
		expect(screen.container.textContent).not.toContain('NaN');
	});

	it('averages the attributes of a flight, and starts over on reset', async () => {
		const screen = await render(SatisfactionExplorer);
		const results = screen.container.querySelector<HTMLElement>('.results')!;
		await screen.getByRole('radio', { name: 'Theo từng thuộc tính' }).click();
		await expect.element(results).toHaveTextContent('E = 5, P = 5,75: Hài lòng');

		await press(screen.getByRole('slider', { name: 'P, Thủ tục hành lý' }), 'Home');
		await expect
			.element(screen.getByRole('group', { name: 'Thủ tục hành lý: thất vọng' }))
			.toBeVisible();
		await expect.element(results).toHaveTextContent('E = 5, P = 5: Hài lòng');

		await screen.getByRole('button', { name: 'Làm lại' }).click();
		await expect.element(screen.getByRole('radio', { name: 'Tổng thể' })).toBeChecked();
		await expect.element(results).toHaveTextContent('E = 9, P = 6: Thất vọng');
	});
});
