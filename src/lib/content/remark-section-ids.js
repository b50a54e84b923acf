/**
 * Remark plugin for chapter files.
 *
 * Every `##` and `###` heading must end with an explicit id, `## Title {#section-id}`:
 * ids written by hand stay stable when the wording changes, so quiz explanations and
 * debrief links keep pointing at the right place. The plugin strips the `{#…}` marker,
 * sets the heading's `id` and records the outline in the frontmatter as
 * `metadata.outline = [{ id, title, depth }]`.
 *
 * A missing, malformed or duplicate id, or a `#` heading (the page title comes from the
 * frontmatter), throws an error naming the file and the heading.
 */

const ID_MARKER = /\s*\{#([^}]*)\}\s*$/;
export const SECTION_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** @param {any} node @returns {string} */
function plainText(node) {
	if (typeof node.value === 'string') return node.value;
	return Array.isArray(node.children) ? node.children.map(plainText).join('') : '';
}

/** @param {any} node @param {(node: any) => void} fn */
function walk(node, fn) {
	fn(node);
	if (Array.isArray(node.children)) for (const child of node.children) walk(child, fn);
}

/**
 * Reads `{#id}` off a heading. Returns the id (the marker removed from the tree) or
 * an error message.
 * @param {any} heading
 * @returns {{ id: string } | { error: string }}
 */
export function takeHeadingId(heading) {
	const last = heading.children?.[heading.children.length - 1];
	const match = last && last.type === 'text' ? ID_MARKER.exec(last.value) : null;
	if (!match) return { error: 'has no id: end it with {#section-id}' };
	const id = match[1] ?? '';
	if (!SECTION_ID.test(id)) {
		return { error: `has an invalid id "${id}": use lower-case letters, digits and dashes` };
	}
	last.value = last.value.slice(0, match.index);
	if (last.value === '') heading.children.pop();
	return { id };
}

export function remarkSectionIds() {
	/** @param {any} tree @param {any} file */
	return (tree, file) => {
		const name = file.filename ?? 'chapter';
		/** @type {{ id: string, title: string, depth: number }[]} */
		const outline = [];
		const seen = new Set();
		walk(tree, (node) => {
			if (node.type !== 'heading') return;
			const label = plainText(node).replace(ID_MARKER, '').trim();
			if (node.depth === 1) {
				throw new Error(
					`${name}: heading "${label}" uses "#": the title comes from the frontmatter, start sections at "##"`
				);
			}
			if (node.depth > 3) return;
			const result = takeHeadingId(node);
			if ('error' in result) throw new Error(`${name}: heading "${label}" ${result.error}`);
			if (seen.has(result.id)) {
				throw new Error(`${name}: heading "${label}" repeats the id "${result.id}"`);
			}
			seen.add(result.id);
			node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id: result.id } };
			outline.push({ id: result.id, title: plainText(node).trim(), depth: node.depth });
		});
		file.data.fm = { ...file.data.fm, outline };
	};
}
