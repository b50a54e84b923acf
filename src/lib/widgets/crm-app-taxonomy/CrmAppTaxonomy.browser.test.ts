import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import CrmAppTaxonomy from './CrmAppTaxonomy.svelte';

const FACING = 'Ứng dụng tuyến đầu (customer-facing applications)';
const TOUCHING = 'Ứng dụng tự phục vụ (customer-touching applications)';
const feedback = (container: HTMLElement, id: string) =>
	container.querySelector<HTMLElement>(`#crm-app-taxonomy-${id}-feedback`)!;

describe('CrmAppTaxonomy', () => {
	it('tells a campaign run by staff from an automatic reminder the customer acts on', async () => {
		const screen = await render(CrmAppTaxonomy);
		const campaign = screen.getByRole('combobox', { name: /ưu đãi thay pin/ });
		const reminder = screen.getByRole('combobox', { name: /tự gửi thư nhắc/ });

		// the tempting mistake: a campaign's mail reaches the customer, so it looks self-service
		await campaign.selectOptions(TOUCHING);
		await reminder.selectOptions(TOUCHING);
		await screen.getByRole('button', { name: 'Kiểm tra' }).click();
		await expect
			.element(feedback(screen.container, 'uu-dai-thay-pin'))
			.toHaveTextContent(`✗ Chưa đúng. Không phải ${TOUCHING}.`);
		await expect
			.element(feedback(screen.container, 'thu-nhac-bao-duong'))
			.toHaveTextContent('✓ Đúng. Thư điện tử tự động');
		await expect
			.element(screen.container.querySelector<HTMLElement>('.verdict')!)
			.toHaveTextContent('Bạn mới chọn 2/10. Đúng 1/10.');

		await campaign.selectOptions(FACING);
		await screen.getByRole('button', { name: 'Kiểm tra' }).click();
		await expect
			.element(feedback(screen.container, 'uu-dai-thay-pin'))
			.toHaveTextContent('✓ Đúng. Quản lý chiến dịch');
		await screen.getByRole('button', { name: 'Làm lại' }).click();
		await expect.element(campaign).toHaveValue('');
		await expect
			.element(screen.container.querySelector<HTMLElement>('.verdict')!)
			.toHaveTextContent('');
	});

	it('can be done with the keyboard alone, all ten right', async () => {
		const screen = await render(CrmAppTaxonomy);
		const answers = [1, 1, 1, 1, 2, 2, 2, 2, 3, 3];
		const first = screen.getByRole('combobox').first();
		(first.element() as HTMLSelectElement).focus();
		for (const [i, steps] of answers.entries()) {
			if (i > 0) await userEvent.tab();
			await userEvent.keyboard('{ArrowDown}'.repeat(steps));
		}
		await userEvent.tab();
		await userEvent.keyboard('{Enter}');
		await expect
			.element(screen.container.querySelector<HTMLElement>('.verdict')!)
			.toHaveTextContent('Chính xác cả 10/10.');
	});
});
