import { describe, expect, it } from 'vitest';
import type { Question } from './bank';
import { keyText, refHref, responseText } from './describe';
import { FIVE_BANKS, makeBank } from './fixtures';
import { optionFromKey, pickPractice, toggled } from './practice';

describe('practice sets', () => {
	it('takes chapters in turn in a mixed set, without duplicates, reproducibly', () => {
		const set = pickPractice(FIVE_BANKS, 10, 4);
		expect(set).toHaveLength(10);
		expect(new Set(set.map((q) => q.id)).size).toBe(10);
		for (const bank of FIVE_BANKS)
			expect(set.filter((q) => q.id.startsWith(`${bank.chapter}-`))).toHaveLength(2);
		expect(pickPractice(FIVE_BANKS, 10, 4)).toEqual(set);
		expect(pickPractice(FIVE_BANKS, 10, 5)).not.toEqual(set);
	});

	it('puts unseen, then missed questions before ones already right', () => {
		const bank = makeBank('ba', 6);
		const seen = { last: 1, right: 1, wrong: 0 };
		const answers = {
			'ba-001': { ...seen, lastRight: true },
			'ba-002': { ...seen, lastRight: true },
			'ba-003': { ...seen, lastRight: false },
			'ba-004': { ...seen, lastRight: true }
		};
		const ids = pickPractice([bank], 6, 1, answers).map((q) => q.id);
		expect(new Set(ids.slice(0, 2))).toEqual(new Set(['ba-005', 'ba-006']));
		expect(ids[2]).toBe('ba-003');
	});

	it('stops at the size of the bank', () => {
		expect(pickPractice([makeBank('ba', 3)], 10, 1)).toHaveLength(3);
	});

	it.each([
		['1', 0],
		['4', 3],
		['a', 0],
		['D', 3],
		['Enter', null],
		['9', null]
	])('key %s picks option %s', (key, option) => {
		expect(optionFromKey(key)).toBe(option);
	});
});

it('toggles an option in a sorted choice list', () => {
	expect(toggled([0, 3], 1)).toEqual([0, 1, 3]);
	expect(toggled([0, 1, 3], 1)).toEqual([0, 3]);
});

describe('answers in words', () => {
	const ordering: Question = {
		id: 'x-001',
		type: 'ordering',
		difficulty: 1,
		ref: 'x#y',
		prompt: '?',
		explanation: '.',
		items: ['Một', 'Hai', 'Ba']
	};
	const matching: Question = {
		id: 'x-002',
		type: 'matching',
		difficulty: 1,
		ref: 'x#y',
		prompt: '?',
		explanation: '.',
		pairs: [
			{ left: 'a', right: '1' },
			{ left: 'b', right: '2' }
		]
	};

	it('writes keys and responses of every shape', () => {
		expect(keyText(ordering)).toBe('Một → Hai → Ba');
		expect(responseText(ordering, { type: 'ordering', order: [2, 0, 1] })).toBe('Ba → Một → Hai');
		expect(responseText(matching, { type: 'matching', rights: [1, 0] })).toBe('a ↔ 2; b ↔ 1');
		expect(responseText(matching, undefined)).toBe('Chưa trả lời');
		expect(
			keyText({ ...ordering, type: 'numeric', answer: 6666.67, unit: 'nghìn đồng', tolerance: 1 })
		).toBe('6.666,67 nghìn đồng (sai số cho phép ±1)');
		expect(refHref('tong-quan-crm#ba-cau-hoi')).toBe('/chuong/tong-quan-crm#ba-cau-hoi');
	});
});
