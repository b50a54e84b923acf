import { withAnswer, type Progress } from './progress';
import { recordAnswer } from './review';

/**
 * Everything one answer changes in the learner's progress: the question's statistics and
 * its review card (a miss starts one; an answer to a question under review moves it).
 */
export function learnFromAnswer(
	p: Progress,
	questionId: string,
	right: boolean,
	now: number
): Progress {
	const next = withAnswer(p, questionId, right, now);
	const card = recordAnswer(p.review[questionId], questionId, right, now);
	return card ? { ...next, review: { ...next.review, [questionId]: card } } : next;
}
