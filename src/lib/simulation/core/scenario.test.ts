import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	parseScenario,
	scenarioRatios,
	SCENARIO_RANGES,
	SCENARIO_RATIOS,
	SEGMENT_RANGES
} from './scenario';

const read = (id: string) =>
	JSON.parse(
		readFileSync(
			path.resolve(import.meta.dirname, `../../../../content/scenarios/${id}.json`),
			'utf8'
		)
	);
const raw = read('coffee');

/** The message parseScenario throws for `input`, or '' when it is accepted. */
function problem(input: unknown): string {
	try {
		parseScenario(input);
		return '';
	} catch (error) {
		return (error as Error).message;
	}
}

describe('scenario ranges', () => {
	it.each(['coffee', 'airline', 'bank'])('%s sits inside every range and ratio', (id) => {
		const scenario = parseScenario(read(id));
		for (const [field, x] of Object.entries(scenarioRatios(scenario))) {
			const r = SCENARIO_RATIOS[field as keyof typeof SCENARIO_RATIOS];
			expect(x, field).toBeGreaterThanOrEqual(r.min);
			expect(x, field).toBeLessThanOrEqual(r.max);
		}
	});

	it.each([
		[{ budget: 1e308 }, 'budget: must be a number above 0 and at most 1e10'],
		[{ fixedCost: 1e308 }, 'fixedCost: must be a number from 0 to 1e10'],
		[{ serveCost: -1 }, 'serveCost: must be a number from 0 to 1e7'],
		[{ budget: 'nhiều' }, 'budget: must be a number'],
		[{ budget: null }, 'budget: must be a number'],
		[{ quarters: 1e9 }, 'quarters: must be a whole number from 12 to 20'],
		[{ quarters: 12.5 }, 'quarters: must be a whole number from 12 to 20'],
		[{ grossMargin: 0 }, 'grossMargin: must be a number from 0.05 to 0.95'],
		[{ leverScale: 0 }, 'leverScale: must be a number above 0'],
		[{ startingCustomers: 5e6 }, 'startingCustomers: must be a whole number from 100 to 1e6'],
		[{ colour: 'đỏ' }, 'colour: is not a scenario field (check the spelling)'],
		[{ budget: undefined }, 'budget: is missing']
	])('refuses %j, naming the field', (override, message) => {
		expect(problem({ ...raw, ...override })).toContain(message);
	});

	it('refuses money fields that do not fit the firm, naming the field', () => {
		expect(problem({ ...raw, budget: 1e9 })).toMatch(
			/^budget: budget ÷ starting quarterly revenue/
		);
		expect(problem({ ...raw, fixedCost: 5e6 })).toMatch(/^fixedCost: /);
		expect(problem({ ...raw, serveCost: 400 })).toMatch(/^serveCost: /);
		expect(problem({ ...raw, leverScale: 1000 })).toMatch(/^leverScale: /);
		expect(problem({ ...raw, prospectPool: 1_000_000 })).toMatch(/^prospectPool: /);
	});

	it('refuses a segment number out of range, naming the segment and field', () => {
		const segments = structuredClone(raw.segments);
		segments[1].spend = 1e308;
		expect(problem({ ...raw, segments })).toBe(
			'segments.1.spend: must be a number above 0 and at most 1e7'
		);
		segments[1].spend = 260;
		segments[2].churn = 0.9;
		expect(problem({ ...raw, segments })).toBe('segments.2.churn: must be a number from 0 to 0.5');
	});

	it(`refuses more than ${SCENARIO_RANGES.segments.max} segments (and fewer than 2)`, () => {
		const many = (n: number) =>
			Array.from({ length: n }, (_, i) => ({
				...raw.segments[0],
				id: `nhom-${i}`,
				share: 1 / n,
				prospectShare: 1 / n
			}));
		expect(problem({ ...raw, segments: many(255) })).toBe('');
		expect(problem({ ...raw, segments: many(256) })).toBe(
			'segments: must be a list of 2 to 255 segments'
		);
		expect(problem({ ...raw, segments: many(1) })).toBe(
			'segments: must be a list of 2 to 255 segments'
		);
		expect(problem({ ...raw, segments: 'ba nhóm' })).toBe(
			'segments: must be a list of 2 to 255 segments'
		);
	});

	it('refuses what is not a scenario object', () => {
		expect(problem([])).toBe('must be an object (one firm), not a list');
		expect(problem(null)).toBe('must be an object');
	});

	it('documents every field it checks', () => {
		const fields = Object.keys(raw).filter((k) => typeof raw[k] === 'number' && k !== 'difficulty');
		for (const field of fields) expect(SCENARIO_RANGES, field).toHaveProperty(field);
		for (const field of Object.keys(raw.segments[0]).filter((k) => k !== 'id' && k !== 'name'))
			expect(SEGMENT_RANGES, field).toHaveProperty(field);
	});
});
