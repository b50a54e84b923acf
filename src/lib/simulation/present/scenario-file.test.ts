import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openScenario } from './scenario-file';

const source = readFileSync(
	path.resolve(import.meta.dirname, '../../../../content/scenarios/coffee.json'),
	'utf8'
);
const raw = JSON.parse(source);
const message = (input: unknown) => {
	const opened = openScenario(JSON.stringify(input));
	return opened.ok ? '' : opened.message;
};

describe('openScenario', () => {
	it('opens a valid scenario file', () => {
		const opened = openScenario(source);
		expect(opened.ok && opened.scenario.name).toBe('Chuỗi cà phê Mộc Lam');
	});

	it('says what is wrong in Vietnamese, naming the field', () => {
		expect(openScenario('{"id": ').ok).toBe(false);
		expect(message({ ...raw, budget: 1e308 })).toBe(
			'Trường “budget”: phải là một số lớn hơn 0 và không quá 1e10'
		);
		const segments = structuredClone(raw.segments);
		segments[1].churn = 'cao';
		expect(message({ ...raw, segments })).toBe(
			'Trường “segments.1.churn”: phải là một số từ 0 đến 0.5'
		);
		expect(message({ ...raw, mau: 'xanh' })).toBe(
			'Trường “mau”: không phải một trường của kịch bản (hãy kiểm tra chính tả)'
		);
		expect(message({ ...raw, budget: 5e6 })).toMatch(
			/^Trường “budget”: ngân sách ÷ doanh thu một quý của khách ban đầu là 2[,.]6/
		);
		expect(message([raw])).toBe(
			'phải là một đối tượng JSON (một doanh nghiệp), không phải danh sách'
		);
	});

	it.each([
		{ quarters: 40 },
		{ name: '' },
		{ id: 'Cà Phê' },
		{ difficulty: 5 },
		{ teaches: 'nhiều' },
		{ brief: undefined },
		{ segments: [raw.segments[0]] },
		{
			segments: [raw.segments[0], { ...raw.segments[1], id: raw.segments[0].id }, raw.segments[2]]
		},
		{ segments: raw.segments.map((s: object) => ({ ...s, share: 0.5 })) },
		{ segments: raw.segments.map((s: object) => ({ ...s, prospectShare: 0.5 })) },
		{ fixedCost: 5e6 },
		{ serveCost: 500 },
		{ leverScale: 5000 },
		{ prospectPool: 100 }
	])('has a Vietnamese sentence for %j', (override) => {
		const text = message({ ...raw, ...override });
		expect(text).not.toBe('');
		expect(text).not.toMatch(/\b(must|is not|missing|use|the)\b/);
	});
});
