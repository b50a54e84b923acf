import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Every prerendered page of the production build, as a path ("/", "/chuong/…"). */
export function prerenderedRoutes(): string[] {
	const root = path.resolve('build/prerendered');
	return readdirSync(root, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile() && e.name.endsWith('.html'))
		.map((e) => {
			const rel = path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/');
			const route = '/' + rel.replace(/(^|\/)index\.html$/, '').replace(/\.html$/, '');
			return route === '/' ? route : route.replace(/\/$/, '');
		})
		.sort();
}

/** The page types: the route patterns of src/routes that have a page ("/chuong/[slug]", …). */
export function pagePatterns(): string[] {
	const root = path.resolve('src/routes');
	return readdirSync(root, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile() && e.name === '+page.svelte')
		.map((e) => {
			const rel = path.relative(root, e.parentPath).split(path.sep).join('/');
			// route groups, "(name)", are not part of the address
			return '/' + rel.replace(/\(\w[\w-]*\)\/?/g, '').replace(/\/$/, '');
		})
		.sort();
}

/** One prerendered page for each page type, the first in order, keyed by its pattern. */
export function onePagePerType(routes = prerenderedRoutes()): Map<string, string> {
	const pages = new Map<string, string>();
	for (const pattern of pagePatterns()) {
		const regex = new RegExp(
			'^' + pattern.replace(/\[\.\.\.\w+\]/g, '.*').replace(/\[\w+\]/g, '[^/]+') + '$'
		);
		const route = routes.find((r) => regex.test(r));
		if (route) pages.set(pattern, route);
	}
	return pages;
}
