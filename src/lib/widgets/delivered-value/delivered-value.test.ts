import { describe, expect, it } from 'vitest';
import {
	COST_KEYS,
	deliveredValue,
	sameComponents,
	stack,
	VALUE_KEYS,
	verdictOf
} from './delivered-value';
import { TEXT } from './text';

describe('delivered value (chapter 3 worked example)', () => {
	it.each([
		['Quán A', 105, 75, 30],
		['Quán B', 75, 75, 0],
		['Quán B sau cải tiến', 85, 65, 20]
	])('%s: value %d, cost %d, delivered %d', (name, value, cost, delivered) => {
		const preset = TEXT.presets.find((p) => p.name === name)!;
		expect(deliveredValue(preset.values)).toEqual({
			totalValue: value,
			totalCost: cost,
			delivered
		});
	});

	it.each([
		[-5, 'negative'],
		[0, 'zero'],
		[12, 'positive']
	] as const)('reads %d as %s', (delivered, verdict) => {
		expect(verdictOf(delivered)).toBe(verdict);
	});

	it('stacks each bar part after the previous one', () => {
		const values = TEXT.presets[0]!.values;
		expect(stack(VALUE_KEYS, values).map((s) => [s.start, s.size])).toEqual([
			[0, 60],
			[60, 20],
			[80, 15],
			[95, 10]
		]);
		const costs = stack(COST_KEYS, values);
		expect(costs.at(-1)!.start + costs.at(-1)!.size).toBe(75);
	});

	it('knows a preset by its numbers', () => {
		const [a, b] = TEXT.presets;
		expect(sameComponents(a!.values, { ...a!.values })).toBe(true);
		expect(sameComponents(a!.values, b!.values)).toBe(false);
	});
});
