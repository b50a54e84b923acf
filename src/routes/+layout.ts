// Every content page is rendered to static HTML at build time.
export const prerender = true;
export const trailingSlash = 'never';
