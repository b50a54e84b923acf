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
