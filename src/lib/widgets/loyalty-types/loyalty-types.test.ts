import { describe, expect, it } from 'vitest';
import { chapterProse } from '../shared/chapter-prose';
import { HIGH_FROM, LOYALTY_TYPES, loyaltyType, MATRIX } from './loyalty-types';
import { TEXT } from './text';

const CHAPTER = chapterProse('09-phan-nan-va-trung-thanh.md');
const section = (id: string) =>
	CHAPTER.split(`{#${id}}`)[1]!.split('\n### ')[0]!.split('\n## ')[0]!;
/** The chapter's matrix: "| **Thái độ gắn bó cao** | Trung thành thực sự (_true loyalty_) | …". */
const chapterMatrix = [
	...section('bon-kieu-trung-thanh').matchAll(/^\| \*\*.+?\*\* \|(.+)\|$/gm)
].map((m) => m[1]!.split('|').map((cell) => cell.trim()));
/** The chapter's table of what to do: "| Trung thành thực sự | Chị Thư đến mỗi sáng, … |". */
const chapterCustomers = [
	...section('hanh-dong-theo-kieu').matchAll(/^\| ([^|*-][^|]*?) \| ([^|]+?) \|/gm)
]
	.slice(1)
	.map((m) => ({ type: m[1]!, story: m[2]! }));

describe('four types of loyalty (chapter 9)', () => {
	it.each([
		[9, 9, 'true'],
		[8, 2, 'latent'],
		[3, 9, 'spurious'],
		[2, 2, 'none'],
		[HIGH_FROM, HIGH_FROM, 'true'],
		[HIGH_FROM - 1, HIGH_FROM, 'spurious'],
		[HIGH_FROM, HIGH_FROM - 1, 'latent'],
		[1, 10, 'spurious'],
		[10, 1, 'latent']
	] as const)('attitude %d, repeat %d is %s loyalty', (attitude, repeat, type) => {
		expect(loyaltyType(attitude, repeat)).toBe(type);
	});

	it('names the types and draws the matrix as the chapter does', () => {
		const named = MATRIX.map((row) =>
			row.map((type) => `${TEXT.types[type].name} (_${TEXT.types[type].english}_)`)
		);
		expect(named).toEqual(chapterMatrix);
		expect(MATRIX.flat().sort()).toEqual([...LOYALTY_TYPES].sort());
	});

	it('puts each of Mộc Lam’s customers in the type the chapter gives them', () => {
		expect(chapterCustomers).toHaveLength(4);
		for (const customer of TEXT.customers.items) {
			const row = chapterCustomers.find((c) => c.story.startsWith(customer.name));
			expect(row, customer.name).toBeDefined();
			expect(TEXT.types[loyaltyType(customer.attitude, customer.repeat)].name).toBe(row!.type);
		}
	});
});
