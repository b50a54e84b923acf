import { describe, expect, it } from 'vitest';
import { clvOverYears, clvUnlimited } from '$lib/crm/clv';
import { nearestRate, readFields, retentionEconomics, toRaw } from './retention-economics';
import { TEXT } from './text';

const SONG_MAY = TEXT.presets[0]!.inputs;

describe('retention economics (chapter 4 figures)', () => {
	it.each([
		[0.8, 6_666_667],
		[0.85, 8_000_000]
	])('CLV with r = %d is %d đ', (r, clv) => {
		expect(Math.round(clvUnlimited(2_000_000, r, 0.1))).toBe(clv);
	});

	it.each([
		[1, 1_818_182],
		[2, 3_140_496],
		[5, 5_310_243]
	])('CLV over %d years is %d đ', (years, clv) => {
		expect(Math.round(clvOverYears(2_000_000, 0.8, 0.1, years))).toBe(clv);
	});

	it('gives net value, the cost ratio and a curve that rises with retention', () => {
		const result = retentionEconomics(SONG_MAY);
		expect(Math.round(result.netValue)).toBe(4_266_667);
		expect(result.costRatio).toBe(6);
		expect(result.curve).toHaveLength(10);
		expect(result.curve[0]!.retention).toBeCloseTo(0.5);
		expect(result.curve[9]!.retention).toBeCloseTo(0.95);
		for (let i = 1; i < result.curve.length; i++)
			expect(result.curve[i]!.clv).toBeGreaterThan(result.curve[i - 1]!.clv);
		expect(retentionEconomics({ ...SONG_MAY, retentionCost: 0 }).costRatio).toBeNull();
	});

	it.each([
		[0.8, 6],
		[0.85, 7],
		[0.5, 0],
		[0.97, 9],
		[0.2, -1],
		[0.99, -1]
	])('marks the curve row nearest to r = %d: %d', (r, row) => {
		expect(nearestRate(r)).toBe(row);
	});

	it('writes the fields as a learner types them and reads them back', () => {
		const raw = toRaw(SONG_MAY);
		expect(raw).toEqual({
			acquisitionCost: '2.400.000',
			retentionCost: '400.000',
			margin: '2.000.000',
			retention: '80',
			discount: '10'
		});
		const reading = readFields(raw, TEXT.unlimited);
		expect(Object.values(reading.errors)).toEqual(['', '', '', '', '']);
		expect(reading.inputs).toEqual({ ...SONG_MAY, retention: 0.8, discount: 0.1 });
	});

	it.each([
		[{ retention: '100' }, 'retention', TEXT.unlimited],
		[{ retention: '120' }, 'retention', 'Số không được lớn hơn 100.'],
		[{ margin: '-5' }, 'margin', 'Số không được âm.'],
		[{ discount: '' }, 'discount', 'Hãy nhập một số.']
	] as const)('refuses %o on its field, and the results wait', (change, field, message) => {
		const reading = readFields({ ...toRaw(SONG_MAY), ...change }, TEXT.unlimited);
		expect(reading.errors[field]).toBe(message);
		expect(Object.values(reading.errors).filter(Boolean)).toHaveLength(1);
		expect(reading.inputs).toBeNull();
	});
});
