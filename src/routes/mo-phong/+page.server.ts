import { scenarios } from '$lib/server/scenarios';

export const load = () => ({
	scenarios: scenarios.map((s) => ({
		id: s.id,
		name: s.name,
		brief: s.brief,
		difficulty: s.difficulty,
		teaches: s.teaches,
		quarters: s.quarters,
		customers: s.startingCustomers
	}))
});
