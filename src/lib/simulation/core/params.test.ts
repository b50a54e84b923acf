import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { STAGES } from '$lib/crm/stages';
import * as params from './params';

const doc = readFileSync(path.resolve(import.meta.dirname, '../../../../docs/model.md'), 'utf8');
/** The parameter table of docs/model.md: name → the value column, as written. */
const rows = new Map(
	[...doc.matchAll(/^\| `([A-Z_]+)` +\| [^|]+\| `([^`]+)` +\|/gm)].map((m) => [m[1]!, m[2]!])
);
/** `{ product: 4 }` and `[0.8, 0.9]` as written in the table, read back as data. */
const readValue = (text: string): unknown => JSON.parse(text.replace(/(\w+):/g, '"$1":'));

describe('docs/model.md lists every parameter of params.ts', () => {
	it.each(Object.entries(params))('%s, with its value', (name, value) => {
		expect(rows.has(name), `no row for ${name} in docs/model.md`).toBe(true);
		expect(readValue(rows.get(name)!)).toEqual(value);
	});

	it('and nothing that params.ts does not have', () => {
		expect([...rows.keys()].filter((name) => !(name in params))).toEqual([]);
	});
});

it('every by-stage table has one number per stage of the course', () => {
	expect(params.CHURN_BY_STAGE).toHaveLength(STAGES.length);
	expect(params.SPEND_BY_STAGE).toHaveLength(STAGES.length);
	expect(params.SERVE_BY_STAGE).toHaveLength(STAGES.length);
});
