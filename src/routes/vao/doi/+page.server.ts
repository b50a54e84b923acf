import { scenarios } from '$lib/server/scenarios';

// The live pages talk to the server while they run: rendered on request, never prerendered.
export const prerender = false;

// The firms a tournament can run (three small files): the decision panel needs the one in play.
export const load = () => ({ scenarios });
