import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseScenario, runPolicy } from '$lib/simulation/core';
import { count, money } from '../../format/money';
import { firmValueOf } from './firm-value';
import { kpiCards } from './kpis';

const coffee = parseScenario(
	JSON.parse(
		readFileSync(
			path.resolve(import.meta.dirname, '../../../../content/scenarios/coffee.json'),
			'utf8'
		)
	)
);
const history = runPolicy(coffee, 'balanced', 5, 2).history;

describe('kpiCards', () => {
	it('names each metric as the rest of the simulator does', () => {
		expect(kpiCards(history).map((k) => k.label)).toEqual([
			'Giá trị doanh nghiệp',
			'Lợi nhuận quý',
			'Khách hàng',
			'Tỷ lệ giữ chân',
			'Khách hài lòng',
			'CLV một khách'
		]);
	});

	it('has no change in the first quarter, and the change since the last one after', () => {
		expect(kpiCards(history.slice(0, 1)).every((k) => k.delta === null)).toBe(true);
		const [firmValue, , customers, retention] = kpiCards(history);
		expect(firmValue!.value).toBe(money(firmValueOf(history[1]!)));
		expect(customers!.value).toBe(count(history[1]!.customers));
		const change = history[1]!.customers - history[0]!.customers;
		expect(customers!.delta).toContain(count(Math.abs(change)));
		expect(retention!.delta).toMatch(/điểm %$/);
	});

	it('shows nothing before the first quarter', () => {
		expect(kpiCards([])).toEqual([]);
	});
});
