/** Money in the simulator is kept in thousand đồng; people read it in triệu đồng. */
const millions = new Intl.NumberFormat('vi-VN', {
	maximumFractionDigits: 1,
	minimumFractionDigits: 0
});
const whole = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const pct = new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 });

export const money = (thousands: number) => `${millions.format(thousands / 1000)} triệu đ`;
export const count = (n: number) => whole.format(n);
export const percent = (share: number) => pct.format(share);
/** A change with its sign: "+1,2 triệu đ", "−3", "+0,5 điểm %". */
export function signed(text: string, value: number): string {
	if (value > 0) return `+${text}`;
	if (value < 0) return `−${text.replace(/^-/, '')}`;
	return text;
}
