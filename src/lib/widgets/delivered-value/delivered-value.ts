/**
 * Customer delivered value of chapter 3 (gia-tri-va-su-thoa-man#gia-tri-danh-cho-khach-hang):
 * total customer value − total customer cost, with the chapter's worked example as presets.
 */

export const VALUE_PARTS = [
	{ key: 'product', label: 'Giá trị sản phẩm' },
	{ key: 'service', label: 'Giá trị dịch vụ' },
	{ key: 'personnel', label: 'Giá trị nhân sự' },
	{ key: 'image', label: 'Giá trị hình ảnh' }
] as const;

export const COST_PARTS = [
	{ key: 'money', label: 'Chi phí bằng tiền' },
	{ key: 'time', label: 'Chi phí thời gian' },
	{ key: 'energy', label: 'Chi phí năng lượng' },
	{ key: 'psychic', label: 'Chi phí tinh thần' }
] as const;

export type ValueKey = (typeof VALUE_PARTS)[number]['key'];
export type CostKey = (typeof COST_PARTS)[number]['key'];
export type Components = Record<ValueKey | CostKey, number>;

export type DeliveredValue = {
	totalValue: number;
	totalCost: number;
	/** Total value − total cost. */
	delivered: number;
};

export function deliveredValue(x: Components): DeliveredValue {
	const totalValue = VALUE_PARTS.reduce((sum, part) => sum + x[part.key], 0);
	const totalCost = COST_PARTS.reduce((sum, part) => sum + x[part.key], 0);
	return { totalValue, totalCost, delivered: totalValue - totalCost };
}

/** What the number means to the customer choosing, in the chapter's words. */
export function verdict(delivered: number): string {
	if (delivered > 0) return 'Khách nhận về nhiều hơn bỏ ra: lựa chọn này hấp dẫn.';
	if (delivered === 0)
		return 'Nhận về vừa bằng bỏ ra: khách đến vì tiện hay thói quen và dễ bỏ đi.';
	return 'Khách bỏ ra nhiều hơn nhận về: họ sẽ tìm nơi khác.';
}

export type Segment = { key: string; label: string; start: number; size: number };

/** Stacks the parts of one bar: each part starts where the previous one ends. */
export function stack<K extends string>(
	parts: readonly { key: K; label: string }[],
	x: Record<K, number>
): Segment[] {
	let start = 0;
	return parts.map((part) => {
		const segment = { key: part.key, label: part.label, start, size: x[part.key] };
		start += x[part.key];
		return segment;
	});
}

/** The worked example of gia-tri-va-su-thoa-man#vi-du-tinh-gia-tri, thousand đồng per visit. */
export const PRESETS: readonly { name: string; values: Components }[] = [
	{
		name: 'Quán A',
		values: {
			product: 60,
			service: 20,
			personnel: 15,
			image: 10,
			money: 55,
			time: 10,
			energy: 5,
			psychic: 5
		}
	},
	{
		name: 'Quán B',
		values: {
			product: 50,
			service: 10,
			personnel: 10,
			image: 5,
			money: 45,
			time: 15,
			energy: 8,
			psychic: 7
		}
	},
	{
		name: 'Quán B sau cải tiến',
		values: {
			product: 50,
			service: 20,
			personnel: 10,
			image: 5,
			money: 45,
			time: 10,
			energy: 5,
			psychic: 5
		}
	}
];
