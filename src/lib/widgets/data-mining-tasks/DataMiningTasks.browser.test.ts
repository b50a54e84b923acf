import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import DataMiningTasks from './DataMiningTasks.svelte';

const feedback = (container: HTMLElement, id: string) =>
	container.querySelector<HTMLElement>(`#data-mining-tasks-${id}-feedback`)!;

describe('DataMiningTasks', () => {
	it('explains a need matched to its technique, says which a mismatched one is not', async () => {
		const screen = await render(DataMiningTasks);
		const coupons = screen.getByRole('combobox', { name: /phiếu giảm giá in/ });
		const breakfast = screen.getByRole('combobox', { name: /combo "bữa sáng"/ });

		await coupons.selectOptions('Mô hình dự đoán');
		// a basket question is not a segmentation one
		await breakfast.selectOptions('Phân cụm');
		await screen.getByRole('button', { name: 'Kiểm tra' }).click();
		await expect
			.element(feedback(screen.container, 'phieu-giam-gia-in'))
			.toHaveTextContent('✓ Đúng. Xác suất đáp lại của từng khách để chọn người nhận');
		await expect
			.element(feedback(screen.container, 'combo-bua-sang'))
			.toHaveTextContent('✗ Chưa đúng. Không phải Phân cụm.');
		await expect
			.element(breakfast)
			.toHaveAccessibleDescription('✗ Chưa đúng. Không phải Phân cụm.');
		await expect
			.element(feedback(screen.container, 'duyet-tra-sau'))
			.toHaveTextContent('Chưa chọn.');
		await expect
			.element(screen.container.querySelector<HTMLElement>('.verdict')!)
			.toHaveTextContent('Bạn mới chọn 2/9. Đúng 1/9.');

		await breakfast.selectOptions('Luật kết hợp');
		// changing an answer clears the old verdict until the next check
		await expect.element(feedback(screen.container, 'combo-bua-sang')).toHaveTextContent('');
	});

	it('can be done with the keyboard alone', async () => {
		const screen = await render(DataMiningTasks);
		const credit = screen.getByRole('combobox', { name: /mua trước trả sau phải được xếp/ });
		(credit.element() as HTMLSelectElement).focus();
		// the first technique is the first option after "Chọn…"
		await userEvent.keyboard('{ArrowDown}');
		await expect.element(credit).toHaveValue('classification');
		await userEvent.tab();
		await userEvent.keyboard('{ArrowDown}{ArrowDown}');
		await expect
			.element(screen.getByRole('combobox', { name: /yêu cầu hoàn tiền/ }))
			.toHaveValue('clustering');
		(screen.getByRole('button', { name: 'Kiểm tra' }).element() as HTMLButtonElement).focus();
		await userEvent.keyboard('{Enter}');
		await expect
			.element(feedback(screen.container, 'duyet-tra-sau'))
			.toHaveTextContent('✓ Đúng. Hai lớp đã định sẵn');
		await expect
			.element(feedback(screen.container, 'hoan-tien-dang-ngo'))
			.toHaveTextContent('✗ Chưa đúng. Không phải Phân cụm.');
	});
});
