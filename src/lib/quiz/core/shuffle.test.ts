import { describe, expect, it } from 'vitest';
import type { Question } from './bank';
import { hashString, present } from './shuffle';

const base = { id: 'c-001', difficulty: 1 as const, ref: 'c#m', prompt: '?', explanation: '.' };

describe('presentation', () => {
	it('shows every option once, the same way for the same seed', () => {
		const q: Question = { ...base, type: 'single', options: ['a', 'b', 'c', 'd'], answer: 0 };
		const order = present(q, 42).order;
		expect([...order].sort()).toEqual([0, 1, 2, 3]);
		expect(present(q, 42).order).toEqual(order);
		const orders = new Set(Array.from({ length: 30 }, (_, s) => present(q, s).order.join()));
		expect(orders.size).toBeGreaterThan(5);
	});

	it('never starts an ordering question already in order', () => {
		const q: Question = { ...base, type: 'ordering', items: ['1', '2', '3'] };
		for (let seed = 0; seed < 200; seed++) {
			expect(present(q, seed).order).not.toEqual([0, 1, 2]);
		}
	});

	it('hashes strings stably', () => {
		expect(hashString('abc')).toBe(hashString('abc'));
		expect(hashString('abc')).not.toBe(hashString('abd'));
	});
});
