/**
 * The ids a chapter may place with `<Widget id="…" />`. Plain JavaScript, so the chapter
 * compiler (svelte.config.js, content:check) can check ids without loading any widget;
 * registry.ts maps each id to its widget and must list exactly these.
 */
export const WIDGET_IDS = /** @type {const} */ ([
	'philosophy-comparator',
	'crm-type-sorter',
	'myth-buster',
	'delivered-value',
	'satisfaction',
	'stage-ladder',
	'retention-calculator',
	'clv-formulas',
	'service-gaps',
	'data-mining-tasks',
	'crm-app-taxonomy',
	'loyalty-types',
	'complaint-iceberg',
	'association-rules',
	'deployment-cost',
	'data-decay'
]);
