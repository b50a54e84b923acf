import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/** Pure modules: they run in Node, in tests and in Web Workers, so they never touch the UI. */
const PURE_MODULES = [
	'src/lib/**/core/**',
	'src/lib/simulation/present/**',
	'src/lib/format/**',
	'src/lib/crm/**',
	'src/lib/content/*.{ts,js}'
];

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				// No type information: the type-aware pass took four fifths of npm test's first
				// phase for one rule (svelte/no-unused-props); svelte-check checks the types.
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		files: PURE_MODULES,
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{ group: ['svelte', 'svelte/*'], message: 'Pure modules do not import Svelte.' },
						{ group: ['$app/*'], message: 'Pure modules do not import SvelteKit runtime modules.' },
						{
							group: [
								'*.svelte',
								'**/components/*',
								'**/state/*',
								'**/*.svelte.js',
								'**/*.svelte.ts'
							],
							message: 'Pure modules do not import components.'
						}
					]
				}
			],
			'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator']
		}
	},
	{
		rules: {
			// The site is always served from the root (no `paths.base`), so plain hrefs are right.
			'svelte/no-navigation-without-resolve': 'off',
			// The code uses runes only (no stores), and this type-aware rule was most of lint's time.
			'svelte/require-store-reactive-access': 'off',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			]
		}
	},
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
			'content/'
		]
	}
);
