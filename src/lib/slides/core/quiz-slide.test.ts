import { describe, expect, it } from 'vitest';
import { liveQuestionHref, quizIdsIn, toSlideQuestion } from './quiz-slide';
import type { Question } from '../../quiz/core/bank';

describe('quiz slides', () => {
	it('finds the questions a chapter puts on slides', () => {
		const source =
			'x\n\n<!-- slide quiz="a-001" -->\n\n<!-- slide title="T" quiz="a-002" -->\n<!-- slide -->\n';
		expect(quizIdsIn(source)).toEqual(['a-001', 'a-002']);
	});

	it('shows single-choice and true/false questions, not the others', () => {
		const common = { id: 'a-001', difficulty: 1, ref: 'a#b', prompt: 'P?', explanation: 'E.' };
		const single = { ...common, type: 'single', options: ['w', 'x', 'y', 'z'], answer: 2 };
		expect(toSlideQuestion(single as Question)).toMatchObject({
			options: ['w', 'x', 'y', 'z'],
			answer: 2
		});
		const truefalse = { ...common, type: 'truefalse', answer: false };
		expect(toSlideQuestion(truefalse as Question)).toMatchObject({
			options: ['Đúng', 'Sai'],
			answer: 1
		});
		expect(toSlideQuestion({ ...common, type: 'numeric', answer: 3 } as Question)).toBeNull();
	});

	it('links the question to the live classroom', () => {
		expect(liveQuestionHref('tong-quan-crm-013')).toBe('/lop?cau=tong-quan-crm-013');
	});
});
