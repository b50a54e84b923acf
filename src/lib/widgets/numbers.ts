/** Reading and writing numbers the Vietnamese way: 1.234.567 and 0,25. */

const integer = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** 6666666.7 → "6.666.667" (rounded to the đồng). */
export const formatMoney = (x: number) => integer.format(Math.round(x));
/** 0.8 → "0,8"; 1.25 → "1,25". */
export const formatNumber = (x: number) => decimal.format(x);
/** 0.8 → "80%". */
export const formatPercent = (x: number) => `${decimal.format(Math.round(x * 1000) / 10)}%`;

export type Parsed = { ok: true; value: number } | { ok: false; message: string };

/**
 * Reads what a learner typed: "2.000.000", "2000000", "2 000 000", "0,5" or "0.5".
 * Dots followed by exactly three digits are thousands separators; a comma is the
 * decimal mark. Says in Vietnamese what is wrong otherwise.
 */
export function parseNumber(raw: string, options: { min?: number; max?: number } = {}): Parsed {
	const text = raw.trim().replace(/\s/g, '');
	if (!text) return { ok: false, message: 'Hãy nhập một số.' };
	let normalised: string;
	if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(text))
		normalised = text.replace(/\./g, '').replace(',', '.');
	else if (/^-?\d+(,\d+)?$/.test(text)) normalised = text.replace(',', '.');
	else if (/^-?\d*\.\d+$/.test(text)) normalised = text;
	else return { ok: false, message: 'Chỉ nhập chữ số, ví dụ 2.000.000 hoặc 0,5.' };
	const value = Number(normalised);
	if (!Number.isFinite(value)) return { ok: false, message: 'Số này không đọc được.' };
	const min = options.min ?? 0;
	if (value < min)
		return {
			ok: false,
			message: min === 0 ? 'Số không được âm.' : `Số phải từ ${formatNumber(min)} trở lên.`
		};
	if (options.max !== undefined && value > options.max)
		return { ok: false, message: `Số không được lớn hơn ${formatNumber(options.max)}.` };
	return { ok: true, value };
}
