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

/** The chapters' slugs in course order (content/chapters/NN-slug.md). */
function chaptersInOrder(): string[] {
	return readdirSync(path.resolve('content/chapters'))
		.sort()
		.map((file) => /^\d+-([a-z0-9-]+)\.md$/.exec(file)?.[1])
		.filter((slug): slug is string => Boolean(slug));
}

/**
 * One prerendered page for each page type, keyed by its pattern: the first chapter's page
 * where the type is per chapter (so that a new chapter does not change the pick), else the
 * first in alphabetical order.
 */
export function onePagePerType(routes = prerenderedRoutes()): Map<string, string> {
	const chapters = chaptersInOrder();
	const rank = (route: string) => {
		const at = chapters.findIndex((slug) => route.split('/').includes(slug));
		return at < 0 ? chapters.length : at;
	};
	const pages = new Map<string, string>();
	for (const pattern of pagePatterns()) {
		const regex = new RegExp(
			'^' + pattern.replace(/\[\.\.\.\w+\]/g, '.*').replace(/\[\w+\]/g, '[^/]+') + '$'
		);
		const [route] = routes
			.filter((r) => regex.test(r))
			.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
		if (route) pages.set(pattern, route);
	}
	return pages;
}
