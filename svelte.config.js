import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mdsvex } from 'mdsvex';
import { mdsvexOptions } from './src/lib/content/mdsvex-options.js';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

// app.html's own inline script (the theme, before first paint) is allowed by its hash;
// Kit hashes the scripts it generates itself.
const template = readFileSync(new URL('./src/app.html', import.meta.url), 'utf8');
const inlineScripts = [...template.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
	(m) => `sha256-${createHash('sha256').update(m[1]).digest('base64')}`
);

/** @type {import('@sveltejs/kit').Config} */
const config = {
	extensions: ['.svelte', '.md'],
	preprocess: [vitePreprocess(), mdsvex(mdsvexOptions)],
	compilerOptions: {
		// A chapter's wide table sits in a labelled region with tabindex="0" (rehype-table-scroll)
		// so that a keyboard can scroll it sideways, as WCAG's scrollable-region rule asks: a
		// region that takes focus on purpose, not the mistake this warning is about.
		warningFilter: (warning) =>
			!(warning.code === 'a11y_no_noninteractive_tabindex' && warning.filename?.endsWith('.md')),
		// Runes everywhere except chapter files (mdsvex emits legacy syntax) and dependencies.
		runes: ({ filename }) =>
			filename.split(/[/\\]/).includes('node_modules') || filename.endsWith('.md')
				? undefined
				: true
	},
	kit: {
		adapter: adapter({ precompress: true }),
		// Stylesheets up to 12 KB go inline (the largest, the simulator page, is ~9.5 KB):
		// no render-blocking request before the first paint.
		inlineStyleThreshold: 12288,
		// The layout registers it, catching the refusal of a browser that blocks site data.
		serviceWorker: { register: false },
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', ...inlineScripts],
				'worker-src': ['self'],
				// Svelte sets style attributes (style:width…); styles only, never scripts.
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				// Kit leaves this one out of meta tags; scripts/serve.js sends it as a header too.
				'frame-ancestors': ['none']
			}
		},
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		}
	}
};

export default config;
