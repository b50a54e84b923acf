import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { encodeRecord, parseScenario, POLICIES, type GameRecord } from '$lib/simulation/core';
import {
	decodeShareCode,
	encodeShareCode,
	markOpenedFromFile,
	MAX_LINK_CHARS,
	shareRefusal
} from './share-link';
import { defaultDecisions } from './saved-game';

const coffee = parseScenario(
	JSON.parse(
		readFileSync(
			path.resolve(import.meta.dirname, '../../../../content/scenarios/coffee.json'),
			'utf8'
		)
	)
);
const draft = defaultDecisions(coffee);
const steady: GameRecord = {
	scenario: 'coffee',
	seed: 123_456,
	decisions: Array.from({ length: 16 }, () => structuredClone(draft))
};
const varied: GameRecord = {
	scenario: 'coffee',
	seed: 0xffffffff,
	decisions: Array.from({ length: 16 }, (_, q) => {
		const d = structuredClone(draft);
		d.price = (70 + q * 5) / 100;
		d.philosophy = (['selling', 'marketing', 'societal'] as const)[q % 3]!;
		d.spend.brand = q * 1000;
		d.spend.acquisition = 0;
		d.targets = q % 2 ? ['sinh-vien'] : [];
		return d;
	})
};

describe('share links', () => {
	it.each([
		['steady decisions', steady],
		['a decision changed every quarter', varied],
		['no quarter played', { ...steady, decisions: [] }]
	])('give back the same game: %s', (_, record) => {
		const back = decodeShareCode(encodeShareCode(record, coffee), coffee);
		expect(back).toEqual({ ok: true, record });
	});

	it('are short: under 100 characters for a steady game, where JSON took about 1,000', () => {
		expect(encodeShareCode(steady, coffee).length).toBeLessThan(100);
		expect(encodeShareCode(varied, coffee).length).toBeLessThan(400);
		expect(encodeRecord(steady, coffee).length).toBeGreaterThan(900);
	});

	it('still open in the first format', () => {
		const balanced = { ...steady, decisions: [POLICIES.balanced!.decide(coffee, 0)] };
		balanced.decisions[0]!.spend = draft.spend;
		expect(decodeShareCode(encodeRecord(balanced, coffee), coffee)).toEqual({
			ok: true,
			record: balanced
		});
	});

	it('refuse more quarters than the scenario has, in either format', () => {
		const long = { ...steady, decisions: Array.from({ length: 40 }, () => draft) };
		for (const code of [encodeShareCode(long, coffee), encodeRecord(long, coffee)]) {
			const back = decodeShareCode(code, coffee);
			expect(back.ok === false && back.message).toContain('40 quý');
			expect(back.ok === false && back.message).toContain('16 quý');
		}
	});

	it('refuse an over-long code before decoding it, saying the limit', () => {
		const started = performance.now();
		const back = decodeShareCode('A'.repeat(1_900_000), coffee);
		expect(performance.now() - started).toBeLessThan(50);
		expect(back.ok === false && back.message).toContain(`dài quá 4.000 ký tự`);
		expect(MAX_LINK_CHARS).toBe(4000);
	});

	it.each([
		['not base64', '!!!'],
		['cut short', encodeShareCode(varied, coffee).slice(0, 20)],
		['extra bytes', encodeShareCode(steady, coffee) + 'AAAA'],
		['another format', 'BwAA'],
		[
			'over budget',
			encodeShareCode(
				{ ...steady, decisions: [{ ...draft, spend: { ...draft.spend, brand: 1e9 } }] },
				coffee
			)
		],
		[
			'a segment twice',
			encodeShareCode(
				{ ...steady, decisions: [{ ...draft, targets: ['sinh-vien', 'sinh-vien'] }] },
				coffee
			)
		]
	])('refuse a tampered code: %s', (_, code) => {
		const back = decodeShareCode(code, coffee);
		expect(back.ok).toBe(false);
		expect(back.ok === false && back.message).toMatch(/^Liên kết chia sẻ không hợp lệ: /);
	});
});

describe('a game opened from a scenario file', () => {
	it('is not shared by link, and says why; the built-in firm still is', () => {
		const fromFile = parseScenario(JSON.parse(JSON.stringify(coffee)));
		markOpenedFromFile(fromFile);
		expect(shareRefusal(fromFile)).toMatch(/^Ván này mở từ tệp kịch bản nên không chia sẻ được/);
		// Same id and numbers as the built-in coffee chain, which keeps its link.
		expect(fromFile.id).toBe(coffee.id);
		expect(shareRefusal(coffee)).toBeNull();
	});
});
