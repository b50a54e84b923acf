/** Reading and writing numbers the Vietnamese way: 1.234.567 and 0,25. */

/**
 * Writes `x` the way Intl.NumberFormat('vi-VN', { maximumFractionDigits }) does, 1.234.567,89,
 * without Intl: the first Intl.NumberFormat of a page loads the locale's data, which takes
 * tens of milliseconds on a phone while the page is starting (chapter widgets format
 * numbers as they hydrate). Like Intl, it rounds the shortest decimal form of `x` half away
 * from zero. Numbers too large or too small for plain notation go to Intl.
 */
export function formatDecimal(x: number, maximumFractionDigits: number): string {
	const plain = String(Math.abs(x));
	if (!Number.isFinite(x) || plain.includes('e'))
		return new Intl.NumberFormat('vi-VN', { maximumFractionDigits }).format(x);
	const [whole = '0', fraction = ''] = plain.split('.');
	let digits = whole + fraction.slice(0, maximumFractionDigits).padEnd(maximumFractionDigits, '0');
	if (fraction.length > maximumFractionDigits && fraction[maximumFractionDigits]! >= '5') {
		// one more in the last kept digit, carrying as far as it goes: "0999" → "1000"
		digits = (BigInt(digits) + 1n).toString().padStart(digits.length, '0');
	}
	const integerPart = digits.slice(0, digits.length - maximumFractionDigits) || '0';
	const fractionPart = digits.slice(digits.length - maximumFractionDigits).replace(/0+$/, '');
	const grouped = integerPart.replace(/\B(?=(\d{3})+$)/g, '.');
	const sign = x < 0 || Object.is(x, -0) ? '-' : '';
	return sign + grouped + (fractionPart ? `,${fractionPart}` : '');
}

/** 6666666.7 → "6.666.667" (rounded to the đồng). */
export const formatMoney = (x: number) => formatDecimal(Math.round(x), 0);
/** 0.8 → "0,8"; 1.25 → "1,25". */
export const formatNumber = (x: number) => formatDecimal(x, 2);
/** 0.8 → "80%"; 0.1234 → "12,3%" (at most one decimal). */
export const formatPercent = (share: number) => `${formatDecimal(share * 100, 1)}%`;

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
