import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBank, type Bank, type Question } from '../../quiz/core/bank';
import { assembleExam } from '../../quiz/core/exam';
import { findQuestions, paperLiveQuestions, pickLiveQuestions, readPreselect } from './pick';

const q = (chapter: string, n: number, type: 'single' | 'numeric' = 'single'): Question =>
	type === 'single'
		? {
				id: `${chapter}-${String(n).padStart(3, '0')}`,
				type,
				difficulty: 1,
				ref: `${chapter}#x`,
				prompt: 'P',
				explanation: 'E',
				options: ['a', 'b', 'c', 'd'],
				answer: 0
			}
		: {
				id: `${chapter}-${String(n).padStart(3, '0')}`,
				type,
				difficulty: 1,
				ref: `${chapter}#x`,
				prompt: 'P',
				explanation: 'E',
				answer: 1,
				unit: 'x',
				tolerance: 0
			};
const bank = (chapter: string, n: number): Bank => ({
	chapter,
	cases: [],
	essays: [],
	questions: [...Array.from({ length: n }, (_, i) => q(chapter, i + 1)), q(chapter, 99, 'numeric')]
});

describe('pickLiveQuestions', () => {
	const banks = [bank('a', 10), bank('b', 3)];

	it('shares the questions out over the chapters, only choice types, no repeats', () => {
		const ids = pickLiveQuestions(banks, 6, 1);
		expect(ids).toHaveLength(6);
		expect(new Set(ids).size).toBe(6);
		expect(ids.filter((id) => id.startsWith('b-'))).toHaveLength(3);
		expect(ids.some((id) => id.endsWith('-099'))).toBe(false);
	});

	it('gives all there is when the chapters have fewer', () => {
		expect(pickLiveQuestions(banks, 20, 1)).toHaveLength(13);
	});

	it('is the same for the same seed', () => {
		expect(pickLiveQuestions(banks, 5, 7)).toEqual(pickLiveQuestions(banks, 5, 7));
		expect(pickLiveQuestions(banks, 5, 7)).not.toEqual(pickLiveQuestions(banks, 5, 8));
	});
});

describe('picking single questions', () => {
	const banks = [bank('a', 3), bank('b', 2)];
	banks[1]!.questions[0] = {
		...banks[1]!.questions[0]!,
		prompt: 'Khách hàng trung thành'
	} as Question;

	it('finds live questions by prompt or id, ignoring case and accents', () => {
		expect(findQuestions(banks, '')).toHaveLength(5);
		expect(findQuestions(banks, 'KHACH hang').map((r) => r.id)).toEqual(['b-001']);
		expect(findQuestions(banks, 'a-00').map((r) => r.id)).toEqual(['a-001', 'a-002', 'a-003']);
	});

	it('reads a ?cau= link: the live ones in order, a message naming the rest', () => {
		const kinds = new Map<string, 'live' | 'other'>([
			['a-001', 'live'],
			['a-002', 'live'],
			['a-099', 'other']
		]);
		expect(readPreselect('a-002,a-001,a-002', (id) => kinds.get(id))).toEqual({
			ids: ['a-002', 'a-001'],
			message: null
		});
		const read = readPreselect('a-001, zz-1 ,a-099', (id) => kinds.get(id));
		expect(read.ids).toEqual(['a-001']);
		expect(read.message).toBe(
			'Liên kết chọn sẵn câu hỏi có câu không có trong ngân hàng: zz-1; không trả lời bằng cách chọn phương án được: a-099.'
		);
		expect(readPreselect(null, () => 'live')).toEqual({ ids: [], message: null });
	});

	it("takes a mock paper's questions, without its calculation items", () => {
		const real = readdirSync('content/quiz')
			.slice(0, 3)
			.map((f) => parseBank(JSON.parse(readFileSync(`content/quiz/${f}`, 'utf8')), f));
		const paper = assembleExam(real, 12).questions;
		const live = paperLiveQuestions(real, 12);
		expect(live).toEqual(paper.filter((q) => q.type !== 'numeric').map((q) => q.id));
		expect(live.length).toBeGreaterThan(30);
		expect(paperLiveQuestions(real, 13)).not.toEqual(live);
	});
});
