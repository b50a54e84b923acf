import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CAUSE_CODES, parseScenario, runPolicy, type Cause } from '$lib/simulation/core';
import { causeText } from './causes';

const airline = parseScenario(
	JSON.parse(
		readFileSync(
			path.resolve(import.meta.dirname, '../../../../content/scenarios/airline.json'),
			'utf8'
		)
	)
);

describe('causeText', () => {
	it('gives the sentences the engine used to write itself (airline, hard selling, seed 3)', () => {
		const [first, second] = runPolicy(airline, 'hard-selling', 3, 2).history;
		expect(first!.causes.map(causeText)).toEqual([
			'Kỳ vọng tăng sau đợt bán hàng ép buộc: 69% khách hàng thất vọng (E > P).',
			'Mỗi khách mới tốn khoảng 45,3 lần chi phí giữ một khách cũ trong quý.',
			'Khách thất vọng rời đi nhiều gấp 5 lần khách hài lòng (4% so với 1%).',
			'97% khách hàng ở lại trong quý; giữ chân tốt làm giá trị vòng đời khách hàng tăng.'
		]);
		expect(second!.causes.map(causeText)[1]).toBe(
			'Tỷ lệ khách hài lòng giảm 16%: giá trị dành cho khách hàng giảm so với kỳ vọng.'
		);
	});

	it.each([
		[
			{ code: 'satisfaction-rose', values: { change: 0.054, lever: 'staffTraining' } },
			'Tỷ lệ khách hài lòng tăng 5%: giá trị dành cho khách hàng tăng, rõ nhất nhờ "Đào tạo nhân viên, marketing nội bộ".'
		],
		[
			{ code: 'acquisition-costs-more', values: { ratio: 5.25 } },
			'Mỗi khách mới tốn khoảng 5,3 lần chi phí giữ một khách cũ trong quý.'
		],
		[
			{ code: 'satisfaction-foundation', values: { satisfied: 0.995 } },
			'Tỷ lệ khách hài lòng là 100%: nền móng của lòng trung thành.'
		],
		[
			{ code: 'price-raised-cost', values: {} },
			'Giá tăng làm tăng chi phí bằng tiền của khách, nên giá trị dành cho khách hàng giảm.'
		]
	] as [Pick<Cause, 'code' | 'values'>, string][])('%o → %s', (cause, sentence) => {
		expect(causeText(cause)).toBe(sentence);
	});

	it('has a sentence without leftover gaps for every code', () => {
		const values: Cause['values'] = {
			...{ disappointed: 0.5, ratio: 2, dissatisfiedChurn: 0.1, satisfiedChurn: 0.05 },
			...{ change: 0.1, drop: 0.1, retention: 0.9, satisfied: 0.8, lever: 'brand' }
		};
		for (const code of CAUSE_CODES) expect(causeText({ code, values })).not.toMatch(/[{}]/);
	});
});
