import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mdsvex } from 'mdsvex';
import { mdsvexOptions } from './src/lib/content/mdsvex-options.js';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	extensions: ['.svelte', '.md'],
	preprocess: [vitePreprocess(), mdsvex(mdsvexOptions)],
	compilerOptions: {
		// Runes everywhere except chapter files (mdsvex emits legacy syntax) and dependencies.
		runes: ({ filename }) =>
			filename.split(/[/\\]/).includes('node_modules') || filename.endsWith('.md')
				? undefined
				: true
	},
	kit: {
		adapter: adapter({ precompress: true }),
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		}
	}
};

export default config;
