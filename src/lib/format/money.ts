import { formatDecimal } from '$lib/format/numbers';

/** Money in the simulator is kept in thousand đồng; people read it in triệu đồng. */
export const money = (thousands: number) => `${formatDecimal(thousands / 1000, 1)} triệu đ`;
export const count = (n: number) => formatDecimal(n, 0);
export { formatPercent as percent } from '$lib/format/numbers';
/** A change with its sign: "+1,2 triệu đ", "−3", "+0,5 điểm %". */
export function signed(text: string, value: number): string {
	if (value > 0) return `+${text}`;
	if (value < 0) return `−${text.replace(/^-/, '')}`;
	return text;
}
