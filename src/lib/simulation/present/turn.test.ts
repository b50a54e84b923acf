import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseScenario, runPolicy } from '$lib/simulation/core';
import { money } from '../../format/money';
import { firmValueOf } from './firm-value';
import { turnOf } from './turn';

const coffee = parseScenario(
	JSON.parse(
		readFileSync(
			path.resolve(import.meta.dirname, '../../../../content/scenarios/coffee.json'),
			'utf8'
		)
	)
);
const history = runPolicy(coffee, 'balanced', 2, 2).history;

describe('turnOf', () => {
	it('says the quarter’s firm value, and its change from the second quarter on', () => {
		const first = turnOf(history.slice(0, 1))!;
		expect(first.change).toBeNull();
		expect(first.said).toMatch(/^Quý 1: giá trị doanh nghiệp .* triệu đ, lợi nhuận quý/);
		const second = turnOf(history, 'Dịch vụ và con người')!;
		const delta = firmValueOf(history[1]!) - firmValueOf(history[0]!);
		expect(second.change).toBe(`${delta < 0 ? '−' : '+'}${money(Math.abs(delta))}`);
		expect(second.said).toContain(`(${second.change} so với quý trước)`);
		expect(second.said).toMatch(/Công cụ mới: Dịch vụ và con người\.$/);
		expect(turnOf([])).toBeNull();
	});
});
