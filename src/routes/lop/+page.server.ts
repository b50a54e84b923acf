import { bankCards } from '$lib/server/quiz';

// The live pages talk to the server while they run: rendered on request, never prerendered.
export const prerender = false;

export const load = () => ({ banks: bankCards });
