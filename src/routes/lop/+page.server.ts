import { banks, bankCards } from '$lib/server/quiz';
import { scenarios } from '$lib/server/scenarios';
import { isLiveQuestion } from '$lib/live/core/questions';
import { readPreselect } from '$lib/live/core/pick';

// The live pages talk to the server while they run: rendered on request, never prerendered.
export const prerender = false;

const kinds = new Map(
	banks.flatMap((b) =>
		b.questions.map((q) => [q.id, isLiveQuestion(q) ? 'live' : 'other'] as const)
	)
);

export const load = ({ url }) => ({
	banks: bankCards,
	scenarios: scenarios.map((s) => ({ id: s.id, name: s.name, quarters: s.quarters })),
	// `?cau=id,id`: the slides' quiz slide links here with its questions picked
	preselect: readPreselect(url.searchParams.get('cau'), (id) => kinds.get(id))
});
