/**
 * Remark plugin for chapter files: places interactive widgets by id.
 *
 * A chapter writes, on a line of its own, `<Widget id="stage-ladder" />`. The plugin checks
 * the id against the known widgets (src/lib/widgets/widget-ids.js) and adds the one import
 * the line needs, so a chapter holds no `<script>`, no loader and no heights: the widget
 * declares those itself (src/lib/widgets/registry.ts).
 *
 * An unknown id, or a `<Widget …>` written any other way, throws an error naming the file,
 * the line and the id, which stops the build and `npm run content:check`.
 */
import path from 'node:path';
import { WIDGET_IDS } from '../widgets/widget-ids.js';

const IMPORT = "import Widget from '$lib/widgets/Widget.svelte';";
const PLACEMENT = /^<Widget id="([^"]*)" \/>$/;
const MENTION = /<Widget\b/;
const INSTANCE_SCRIPT = /^<script(?![^>]*context="module")(?![^>]*\bmodule\b)[^>]*>/;

/** @param {any} node @param {(node: any, parent: any) => void} fn @param {any} [parent] */
function walk(node, fn, parent) {
	fn(node, parent);
	if (Array.isArray(node.children)) for (const child of node.children) walk(child, fn, node);
}

/** @param {string | undefined} filename */
function displayName(filename) {
	if (!filename) return 'chapter';
	return path.isAbsolute(filename)
		? path.relative(process.cwd(), filename).split(path.sep).join('/')
		: filename;
}

/** @param {{ known?: readonly string[] }} [options] */
export function remarkWidgets(options = {}) {
	const known = options.known ?? WIDGET_IDS;
	/** @param {any} tree @param {any} file */
	return (tree, file) => {
		const name = displayName(file.filename);
		let used = false;
		walk(tree, (node, parent) => {
			if ((node.type !== 'html' && node.type !== 'text') || !MENTION.test(node.value)) return;
			const where = `${name}:${node.position?.start.line ?? '?'}`;
			const onItsOwn = node.type === 'html' && parent === tree;
			const match = onItsOwn ? PLACEMENT.exec(node.value.trim()) : null;
			if (!match) {
				throw new Error(
					`${where}: write a widget on a line of its own as <Widget id="widget-id" />`
				);
			}
			const id = match[1] ?? '';
			if (!known.includes(id)) {
				throw new Error(
					`${where}: there is no widget "${id}" (known: ${known.join(', ')}; see src/lib/widgets/registry.ts)`
				);
			}
			used = true;
		});
		if (!used) return;
		const script = tree.children.find(
			(/** @type {any} */ n) => n.type === 'html' && INSTANCE_SCRIPT.test(n.value)
		);
		if (script)
			script.value = script.value.replace(
				INSTANCE_SCRIPT,
				(/** @type {string} */ open) => `${open}\n\t${IMPORT}`
			);
		else tree.children.unshift({ type: 'html', value: `<script>\n\t${IMPORT}\n</script>` });
	};
}
