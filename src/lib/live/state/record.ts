/**
 * Puts one live answer into the learner's progress, as practice does: a miss starts a
 * review card, so the question comes back in /on-tap. Loaded only when a key is revealed,
 * so the join page stays light.
 */
export async function recordLiveAnswer(questionId: string, correct: boolean) {
	const [{ learner }, { learnFromAnswer }] = await Promise.all([
		import('$lib/quiz/state/learner.svelte'),
		import('$lib/quiz/core/learn')
	]);
	learner.connect();
	learner.save((p) => learnFromAnswer(p, questionId, correct, Date.now()));
}
