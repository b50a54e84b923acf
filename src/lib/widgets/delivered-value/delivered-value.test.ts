import { describe, expect, it } from 'vitest';
import {
	COST_PARTS,
	PRESETS,
	VALUE_PARTS,
	deliveredValue,
	stack,
	verdict
} from './delivered-value';

describe('delivered value (chapter 3 worked example)', () => {
	it.each([
		['Quán A', 105, 75, 30],
		['Quán B', 75, 75, 0],
		['Quán B sau cải tiến', 85, 65, 20]
	])('%s: value %d, cost %d, delivered %d', (name, value, cost, delivered) => {
		const preset = PRESETS.find((p) => p.name === name)!;
		expect(deliveredValue(preset.values)).toEqual({
			totalValue: value,
			totalCost: cost,
			delivered
		});
	});

	it('reads a negative delivered value as a reason to leave', () => {
		expect(verdict(-5)).toMatch(/nơi khác/);
		expect(verdict(0)).toMatch(/dễ bỏ đi/);
		expect(verdict(12)).toMatch(/hấp dẫn/);
	});

	it('stacks each bar part after the previous one', () => {
		const values = PRESETS[0]!.values;
		expect(stack(VALUE_PARTS, values).map((s) => [s.start, s.size])).toEqual([
			[0, 60],
			[60, 20],
			[80, 15],
			[95, 10]
		]);
		const costs = stack(COST_PARTS, values);
		expect(costs.at(-1)!.start + costs.at(-1)!.size).toBe(75);
	});
});
