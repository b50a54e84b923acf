// The live pages talk to the server while they run: rendered on request, never prerendered.
export const prerender = false;
