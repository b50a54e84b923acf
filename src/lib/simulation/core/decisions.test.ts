import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDecisions } from './decisions';
import { POLICIES } from './policies';
import { parseScenario } from './scenario';

const scenario = parseScenario(
	JSON.parse(
		readFileSync(
			path.resolve(import.meta.dirname, '../../../../content/scenarios/coffee.json'),
			'utf8'
		)
	)
);
const good = POLICIES.balanced!.decide(scenario, 0);
const problems = (input: unknown) => checkDecisions(scenario, input).map((e) => e.message);

describe('checkDecisions', () => {
	it('accepts the balanced programme', () => {
		expect(problems(good)).toEqual([]);
	});

	it('refuses a list or nothing, saying what it expects', () => {
		expect(problems([])).toEqual([
			'decisions: must be an object with philosophy, price, spend, targets, not a list'
		]);
		expect(problems(null)).toEqual([
			'decisions: must be an object with philosophy, price, spend, targets'
		]);
	});

	it('refuses an unknown top-level key, naming it', () => {
		expect(problems({ ...good, prise: 1.2 })).toEqual([
			'prise: is not a decision (check the spelling: philosophy, price, spend, targets)'
		]);
	});

	it.each([
		[{ price: Number.NaN }, 'price: must be a number from 0.7 to 1.5'],
		[{ price: '1' }, 'price: must be a number from 0.7 to 1.5'],
		[{ price: 9 }, 'price: must be a number from 0.7 to 1.5'],
		[{ philosophy: 'ban-hang' }, 'philosophy: unknown philosophy "ban-hang"'],
		[{ spend: { ...good.spend, brand: 1e308 } }, 'spend: adds up to'],
		[{ spend: { ...good.spend, brand: -1 } }, 'spend.brand: must be a finite amount of 0 or more'],
		[{ spend: { ...good.spend, coupons: 1 } }, 'spend.coupons: is not a lever'],
		[{ targets: ['sinh-vien', 'sinh-vien'] }, 'targets: lists a segment twice'],
		[{ targets: ['hoc-sinh'] }, 'targets: unknown segment "hoc-sinh"'],
		[{ targets: 'sinh-vien' }, 'targets: must be a list of segment ids']
	])('names the field of %j', (override, message) => {
		expect(problems({ ...good, ...override })[0]).toContain(message);
	});
});
