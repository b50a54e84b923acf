import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { customerCentricity } from './centricity';
import { split } from './decisions';
import { runPolicy } from './policies';
import { parseScenario } from './scenario';

const coffee = parseScenario(
	JSON.parse(
		readFileSync(
			path.resolve(import.meta.dirname, '../../../../content/scenarios/coffee.json'),
			'utf8'
		)
	)
);
const score = (policy: string) => customerCentricity(runPolicy(coffee, policy, 1, 12).history);

describe('customer-centricity', () => {
	it('is high for a customer-centred programme and low for hard selling', () => {
		expect(score('balanced')).toBeGreaterThanOrEqual(90);
		expect(score('hard-selling')).toBeLessThan(40);
		expect(score('balanced')).toBeGreaterThan(score('it-only'));
		expect(score('balanced')).toBeGreaterThan(score('loyalty-only'));
	});

	it('is not full for a marketing run with nothing on service and most budget unspent', () => {
		const stingy = {
			id: 'stingy',
			decide: () => ({
				philosophy: 'marketing' as const,
				price: 1,
				spend: split(coffee.budget * 0.41, { acquisition: 0.3, loyalty: 0.4, analytics: 0.3 }),
				targets: []
			})
		};
		expect(customerCentricity(runPolicy(coffee, stingy, 1, 12).history)).toBeLessThanOrEqual(60);
	});
});
