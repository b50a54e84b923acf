import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import ServiceGaps from './ServiceGaps.svelte';

const feedback = (container: HTMLElement, id: string) =>
	container.querySelector<HTMLElement>(`#service-gaps-${id}-feedback`)!;

describe('ServiceGaps', () => {
	it('explains a story placed on its gap, names the gap a misplaced one is not', async () => {
		const screen = await render(ServiceGaps);
		const taxi = screen.getByRole('combobox', { name: /Hãng taxi Mây Trắng/ });
		const airline = screen.getByRole('combobox', { name: /Hãng bay Cánh Én/ });

		await taxi.selectOptions('Khoảng cách 3: Thực hiện, hay cung ứng');
		await airline.selectOptions('Khoảng cách 5: Khoảng cách khách hàng');
		await screen.getByRole('button', { name: 'Kiểm tra' }).click();
		await expect
			.element(feedback(screen.container, 'taxi-tet'))
			.toHaveTextContent('✓ Đúng. Tiêu chuẩn đúng và rõ, nhưng thiếu người');
		await expect
			.element(feedback(screen.container, 'hang-bay-dung-gio'))
			.toHaveTextContent('✗ Chưa đúng. Không phải Khoảng cách 5: Khoảng cách khách hàng.');
		await expect
			.element(feedback(screen.container, 'khach-san-noi-that'))
			.toHaveTextContent('Chưa chọn.');
		await expect.element(airline).toHaveAccessibleDescription(/Không phải Khoảng cách 5/);
		await expect
			.element(screen.container.querySelector<HTMLElement>('.verdict')!)
			.toHaveTextContent('Bạn mới chọn 2/10. Đúng 1/10.');

		await screen.getByRole('button', { name: 'Làm lại' }).click();
		await expect.element(taxi).toHaveValue('');
		await expect.element(feedback(screen.container, 'taxi-tet')).toHaveTextContent('');
	});

	it('can be done with the keyboard alone', async () => {
		const screen = await render(ServiceGaps);
		const hotel = screen.getByRole('combobox', { name: /Khách sạn Hồ Gươm Xanh/ });
		(hotel.element() as HTMLSelectElement).focus();
		// the first gap is the first option after "Chọn…"
		await userEvent.keyboard('{ArrowDown}');
		await expect.element(hotel).toHaveValue('knowledge');
		const check = screen.getByRole('button', { name: 'Kiểm tra' });
		(check.element() as HTMLButtonElement).focus();
		await userEvent.keyboard('{Enter}');
		await expect
			.element(feedback(screen.container, 'khach-san-noi-that'))
			.toHaveTextContent('✓ Đúng. Nhà quản lý hiểu sai kỳ vọng của khách');
	});
});
