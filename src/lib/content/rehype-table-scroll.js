/**
 * Rehype plugin: wraps each table in a labelled, focusable region that scrolls
 * sideways, so a wide table fits a 360 px phone and keyboard users can scroll it.
 * The label ("Bảng 2: Thành phần · Quán A · Quán B") keeps each region distinct.
 */

/** @param {any} node @returns {string} */
function textOf(node) {
	if (node.type === 'text') return node.value;
	return Array.isArray(node.children) ? node.children.map(textOf).join('') : '';
}

/** @param {any} node @param {(node: any) => void} fn */
function walk(node, fn) {
	fn(node);
	if (Array.isArray(node.children)) for (const child of node.children) walk(child, fn);
}

export function rehypeTableScroll() {
	/** @param {any} tree */
	return (tree) => {
		let count = 0;
		walk(tree, (parent) => {
			if (
				!Array.isArray(parent.children) ||
				parent.properties?.className?.includes('table-scroll')
			) {
				return;
			}
			parent.children = parent.children.map((/** @type {any} */ child) => {
				if (child.type !== 'element' || child.tagName !== 'table') return child;
				if (child.properties?.className?.includes('slide-table')) return child;
				count += 1;
				/** @type {string[]} */
				const headers = [];
				walk(child, (n) => {
					if (n.type === 'element' && n.tagName === 'th') headers.push(textOf(n).trim());
				});
				const label = `Bảng ${count}${headers.length ? `: ${headers.join(' · ')}` : ''}`;
				return {
					type: 'element',
					tagName: 'div',
					properties: {
						className: ['table-scroll'],
						tabIndex: 0,
						role: 'region',
						ariaLabel: label
					},
					children: [child]
				};
			});
		});
	};
}
