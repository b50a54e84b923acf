import type { Question } from './bank';
import type { Response } from './grade';
import { formatDecimal } from '../../format/numbers';

const format4 = (x: number) => formatDecimal(x, 4);

/** The right answer in words, for feedback and the review screen. */
export function keyText(q: Question): string {
	switch (q.type) {
		case 'single':
			return q.options[q.answer]!;
		case 'multiple':
			return [...q.answer]
				.sort((a, b) => a - b)
				.map((i) => q.options[i])
				.join('; ');
		case 'truefalse':
			return q.answer ? 'Đúng' : 'Sai';
		case 'numeric':
			return `${format4(q.answer)} ${q.unit}${q.tolerance ? ` (sai số cho phép ±${format4(q.tolerance)})` : ''}`;
		case 'ordering':
			return q.items.join(' → ');
		case 'matching':
			return q.pairs.map((p) => `${p.left} ↔ ${p.right}`).join('; ');
	}
}

/** What the learner answered, in words ("Chưa trả lời" when nothing). */
export function responseText(q: Question, r: Response | undefined): string {
	if (!r || r.type !== q.type) return 'Chưa trả lời';
	switch (r.type) {
		case 'single':
			return q.type === 'single' ? (q.options[r.choice] ?? '?') : '?';
		case 'multiple':
			if (q.type !== 'multiple' || r.choices.length === 0) return 'Chưa trả lời';
			return [...r.choices]
				.sort((a, b) => a - b)
				.map((i) => q.options[i])
				.join('; ');
		case 'truefalse':
			return r.choice ? 'Đúng' : 'Sai';
		case 'numeric':
			return q.type === 'numeric' ? `${format4(r.value)} ${q.unit}` : '?';
		case 'ordering':
			return q.type === 'ordering' ? r.order.map((i) => q.items[i]).join(' → ') : '?';
		case 'matching':
			if (q.type !== 'matching') return '?';
			return q.pairs
				.map((p, left) => `${p.left} ↔ ${q.pairs[r.rights[left] ?? -1]?.right ?? '?'}`)
				.join('; ');
	}
}

/** The chapter page link of a question's ref: "slug#id" → "/chuong/slug#id". */
export { refHref } from '../../content/refs';
