import type { Bank } from '../../quiz/core/bank';
import { assembleExam } from '../../quiz/core/exam';
import { randomFor, shuffle } from '../../quiz/core/shuffle';
import { isLiveQuestion, MAX_QUESTIONS } from './questions';

/** How many questions a lecturer may pick for one live quiz. */
export const LIVE_SIZES = [5, 10, 15, 20] as const;

/**
 * The ids of `count` live questions (choice types) drawn from the chosen banks, shuffled
 * by `seed`, spread over the chapters in turn so each chapter gets its share.
 */
export function pickLiveQuestions(banks: readonly Bank[], count: number, seed: number): string[] {
	const pools = banks.map((b) =>
		shuffle(
			b.questions.filter(isLiveQuestion).map((q) => q.id),
			randomFor(seed, b.chapter)
		)
	);
	const picked: string[] = [];
	const limit = Math.min(count, MAX_QUESTIONS);
	for (let round = 0; picked.length < limit; round++) {
		let added = false;
		for (const pool of pools) {
			const id = pool[round];
			if (id !== undefined && picked.length < limit) {
				picked.push(id);
				added = true;
			}
		}
		if (!added) break;
	}
	return shuffle(picked, randomFor(seed, 'order'));
}

/**
 * The live questions of a mock exam paper (the paper /thi-thu would deal from these
 * chapters with this number), in the paper's order: its calculation items are left out,
 * since a class answers live by tapping an option.
 */
export function paperLiveQuestions(banks: readonly Bank[], paper: number): string[] {
	return assembleExam(banks, paper)
		.questions.filter(isLiveQuestion)
		.map((q) => q.id)
		.slice(0, MAX_QUESTIONS);
}

export type QuestionRow = { id: string; chapter: string; prompt: string };

/** The live questions of the banks whose prompt or id holds `text` (any case, any accents). */
export function findQuestions(banks: readonly Bank[], text: string): QuestionRow[] {
	const needle = fold(text.trim());
	return banks.flatMap((b) =>
		b.questions
			.filter(isLiveQuestion)
			.filter((q) => !needle || fold(`${q.id} ${q.prompt}`).includes(needle))
			.map((q) => ({ id: q.id, chapter: b.chapter, prompt: q.prompt }))
	);
}

const fold = (s: string) =>
	s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();

export type Preselect = { ids: string[]; message: string | null };

/**
 * The questions a link asks for (`/lop?cau=id,id`): the known live ones, in the link's
 * order without repeats, and a sentence naming those that are not (unknown, or a kind a
 * class cannot answer live).
 */
export function readPreselect(
	param: string | null,
	lookup: (id: string) => 'live' | 'other' | undefined
): Preselect {
	const asked = [
		...new Set(
			(param ?? '')
				.split(',')
				.map((s) => s.trim())
				.filter(Boolean)
		)
	];
	const ids = asked.filter((id) => lookup(id) === 'live').slice(0, MAX_QUESTIONS);
	const unknown = asked.filter((id) => lookup(id) === undefined);
	const other = asked.filter((id) => lookup(id) === 'other');
	const problems = [
		unknown.length ? `không có trong ngân hàng: ${list(unknown)}` : '',
		other.length ? `không trả lời bằng cách chọn phương án được: ${list(other)}` : '',
		asked.length - unknown.length - other.length > MAX_QUESTIONS
			? `chỉ lấy ${MAX_QUESTIONS} câu đầu`
			: ''
	].filter(Boolean);
	return {
		ids,
		message: problems.length ? `Liên kết chọn sẵn câu hỏi có câu ${problems.join('; ')}.` : null
	};
}

const list = (ids: string[]) =>
	ids.length > 3 ? `${ids.slice(0, 3).join(', ')} và ${ids.length - 3} câu khác` : ids.join(', ');
