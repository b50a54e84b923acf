import type { LiveQuestion } from './questions';

/** Three live questions, one of each type, for the tests. */
export const LIVE_QUESTIONS: LiveQuestion[] = [
	{
		id: 'tong-quan-crm-001',
		type: 'single',
		prompt: 'CRM là gì?',
		options: ['A', 'B', 'C', 'D'],
		answer: [2],
		explanation: 'Vì C.',
		ref: 'tong-quan-crm#dinh-nghia'
	},
	{
		id: 'tong-quan-crm-002',
		type: 'truefalse',
		prompt: 'CRM chỉ là phần mềm.',
		options: ['Đúng', 'Sai'],
		answer: [1],
		explanation: 'CRM là chiến lược.',
		ref: 'tong-quan-crm#dinh-nghia'
	},
	{
		id: 'tong-quan-crm-003',
		type: 'multiple',
		prompt: 'Chọn hai.',
		options: ['A', 'B', 'C', 'D'],
		answer: [0, 3],
		explanation: 'A và D.',
		ref: 'tong-quan-crm#dinh-nghia'
	}
];
