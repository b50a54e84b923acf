import { scenarios } from '$lib/server/scenarios';

// The live pages talk to the server while they run: rendered on request, never prerendered.
export const prerender = false;

export const load = () => ({ scenarios: scenarios.map((s) => ({ id: s.id, name: s.name })) });
