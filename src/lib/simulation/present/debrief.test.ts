import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseScenario, POLICIES, runPolicy } from '$lib/simulation/core';
import { compareRuns, customerCentricity, lessons, scores } from './debrief';

const coffee = parseScenario(
	JSON.parse(
		readFileSync(
			path.resolve(import.meta.dirname, '../../../../content/scenarios/coffee.json'),
			'utf8'
		)
	)
);
const run = (policy: string) => runPolicy(coffee, POLICIES[policy]!, 1, 12).history;

describe('the debrief', () => {
	const balanced = run('balanced');
	const selling = run('hard-selling');

	it('scores a customer-centred programme above hard selling', () => {
		expect(customerCentricity(balanced)).toBeGreaterThan(customerCentricity(selling));
		const mine = scores(selling, balanced);
		expect(mine.map((s) => s.id)).toEqual(['profit', 'retention', 'satisfaction', 'centricity']);
		expect(scores(balanced, balanced)[0]!.value).toBe(50);
		for (const s of mine) expect(s.value).toBeGreaterThanOrEqual(0);
	});

	it('turns the causes into 3–6 lessons, each linked to a section', () => {
		for (const history of [balanced, selling]) {
			const found = lessons(history);
			expect(found.length).toBeGreaterThanOrEqual(3);
			expect(found.length).toBeLessThanOrEqual(6);
			for (const l of found) expect(l.ref).toMatch(/^[a-z0-9-]+#[a-z0-9-]+$/);
		}
		expect(lessons(selling).map((l) => l.ref)).toContain('gia-tri-va-su-thoa-man#ky-vong');
	});

	it('compares a run with the balanced one, measure by measure', () => {
		const rows = compareRuns(selling, balanced);
		expect(rows[0]).toMatchObject({ label: 'Giá trị doanh nghiệp cuối kỳ' });
		expect(rows.find((r) => r.label === 'Lợi nhuận lũy kế')).toMatchObject({ better: false });
		expect(compareRuns(balanced, balanced).every((r) => r.better === null)).toBe(true);
	});
});
