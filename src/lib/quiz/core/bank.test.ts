import { describe, expect, it } from 'vitest';
import { parseBank } from './bank';

const FILE = 'content/quiz/03-gia-tri.json';
const single = {
	id: 'gia-tri-001',
	type: 'single',
	difficulty: 1,
	ref: 'gia-tri#tong-gia-tri',
	prompt: 'Giá trị dành cho khách hàng là gì?',
	options: ['Tổng giá trị trừ tổng chi phí', 'Giá bán', 'Chi phí sản xuất', 'Lợi nhuận'],
	answer: 0,
	explanation: 'Vì giá trị dành cho khách hàng là hiệu số giữa tổng giá trị và tổng chi phí.'
};
const essay = {
	id: 'gia-tri-tl-1',
	ref: 'gia-tri#tong-gia-tri',
	prompt: 'Trình bày…',
	outline: ['a', 'b', 'c'],
	rubric: [
		{ point: 'a', weight: 0.5 },
		{ point: 'b', weight: 1 },
		{ point: 'c', weight: 0.5 }
	]
};
const bank = (questions: unknown[] = [single], essays: unknown[] = [essay]) => ({
	chapter: 'gia-tri',
	questions,
	essays
});
const problem = (input: unknown) => {
	try {
		parseBank(input, FILE);
	} catch (error) {
		return (error as Error).message;
	}
	return 'no problem';
};

describe('parseBank', () => {
	it('accepts a well-formed bank of every question type', () => {
		const all = [
			single,
			{
				...single,
				id: 'gia-tri-002',
				type: 'multiple',
				options: ['a', 'b', 'c', 'd'],
				answer: [0, 2]
			},
			{ ...single, id: 'gia-tri-003', type: 'truefalse', options: undefined, answer: true },
			{
				...single,
				id: 'gia-tri-004',
				type: 'numeric',
				options: undefined,
				answer: 1.5,
				unit: 'lần',
				tolerance: 0.05
			},
			{
				...single,
				id: 'gia-tri-005',
				type: 'ordering',
				options: undefined,
				answer: undefined,
				items: ['1', '2', '3']
			},
			{
				...single,
				id: 'gia-tri-006',
				type: 'matching',
				options: undefined,
				answer: undefined,
				pairs: [
					{ left: 'E', right: 'kỳ vọng' },
					{ left: 'P', right: 'cảm nhận' },
					{ left: 'CLV', right: 'giá trị vòng đời' }
				]
			}
		].map((q) => JSON.parse(JSON.stringify(q)));
		expect(parseBank(bank(all), FILE).questions.map((q) => q.type)).toEqual([
			'single',
			'multiple',
			'truefalse',
			'numeric',
			'ordering',
			'matching'
		]);
	});

	it.each([
		[{ ...single, answer: 4 }, 'questions.0.answer'],
		[{ ...single, options: ['a', 'b', 'c'] }, 'questions.0.options'],
		[{ ...single, options: ['a', 'a', 'c', 'd'] }, 'questions.0.options'],
		[{ ...single, difficulty: 4 }, 'questions.0.difficulty'],
		[{ ...single, ref: 'gia-tri' }, 'questions.0.ref'],
		[{ ...single, hint: 'x' }, 'questions.0.hint'],
		[{ ...single, type: 'essay' }, 'questions.0.type'],
		[{ ...single, type: 'multiple', answer: [1] }, 'questions.0.answer'],
		[{ ...single, type: 'multiple', answer: [0, 7] }, 'questions.0.answer'],
		[{ ...single, ref: 'chuong-khac#muc' }, 'questions.0.ref'],
		[{ ...single, id: 'khac-001' }, 'questions.0.id']
	])('refuses %j, naming %s', (question, field) => {
		expect(problem(bank([question]))).toMatch(
			new RegExp(`^${FILE}: ${field.replace(/\./g, '\\.')}: `)
		);
	});

	it('refuses a duplicate id, a rubric not worth 2 points and a chapter that is not the file’s', () => {
		expect(problem(bank([single, single]))).toMatch(
			/questions\.1\.id: "gia-tri-001" is used twice/
		);
		const cheap = {
			...essay,
			rubric: essay.rubric.slice(0, 2).concat({ point: 'c', weight: 0.25 })
		};
		expect(problem(bank([single], [cheap]))).toMatch(
			/essays\.0\.rubric: the rubric weights must add up to 2/
		);
		expect(problem({ ...bank(), chapter: 'khac' })).toMatch(
			/chapter: is "khac" but the file name says "gia-tri"/
		);
	});
});

describe('case questions', () => {
	const situation = { id: 'quan-moc', title: 'Quán Mộc', text: 'Quán Mộc vừa tăng giá 10%.' };
	const onCase = (n: number) => ({ ...single, id: `gia-tri-10${n}`, case: 'quan-moc' });

	it('gives each case question the text of its case', () => {
		const parsed = parseBank({ ...bank([onCase(1), onCase(2), single]), cases: [situation] }, FILE);
		expect(parsed.questions[0]!.context).toEqual(situation);
		expect(parsed.questions[2]!.context).toBeUndefined();
	});

	it.each([
		{ what: 'an unknown case id', questions: [onCase(1)], cases: [], field: 'questions.0.case' },
		{
			what: 'a case with one question',
			questions: [onCase(1)],
			cases: [situation],
			field: 'cases.0'
		},
		{
			what: 'a case with five questions',
			questions: [1, 2, 3, 4, 5].map(onCase),
			cases: [situation],
			field: 'cases.0'
		}
	])('refuses $what, naming $field', ({ questions, cases, field }) => {
		expect(() => parseBank({ ...bank(questions), cases }, FILE)).toThrow(field);
	});
});
