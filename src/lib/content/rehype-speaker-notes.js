/**
 * Rehype plugin: a blockquote whose first paragraph starts with "Ghi chú giảng viên:"
 * becomes speaker notes, `<aside class="speaker-notes">`, hidden on the student page and
 * shown in the presenter view of /trinh-chieu. In a chapter file:
 *
 *   > **Ghi chú giảng viên:** Hỏi lớp: ai từng bỏ một quán vì phải chờ lâu?
 */

const MARK = /^\s*Ghi chú giảng viên:\s*/;

/** @param {any} node @returns {string} */
function textOf(node) {
	if (node.type === 'text') return node.value;
	return Array.isArray(node.children) ? node.children.map(textOf).join('') : '';
}

/** @param {any} node @returns {boolean} */
function isNotes(node) {
	if (node.type !== 'element' || node.tagName !== 'blockquote') return false;
	const first = node.children.find((/** @type {any} */ c) => c.type === 'element');
	return Boolean(first && first.tagName === 'p' && MARK.test(textOf(first)));
}

/** Removes the "Ghi chú giảng viên:" label (plain or bold) from the first paragraph. */
function dropLabel(/** @type {any} */ paragraph) {
	const lead = paragraph.children[0];
	if (lead?.type === 'element' && MARK.test(textOf(lead))) {
		paragraph.children.shift();
		const next = paragraph.children[0];
		if (next?.type === 'text') next.value = next.value.replace(/^\s+/, '');
	} else if (lead?.type === 'text') {
		lead.value = lead.value.replace(MARK, '');
	}
}

export function rehypeSpeakerNotes() {
	/** @param {any} tree */
	return (tree) => {
		/** @param {any} parent */
		const visit = (parent) => {
			if (!Array.isArray(parent.children)) return;
			parent.children = parent.children.map((/** @type {any} */ child) => {
				if (!isNotes(child)) {
					visit(child);
					return child;
				}
				const paragraphs = child.children.filter((/** @type {any} */ c) => c.type === 'element');
				dropLabel(paragraphs[0]);
				return {
					type: 'element',
					tagName: 'aside',
					// `notes`: the class reveal.js reads a slide's notes from and hides on the slide.
					properties: { className: ['speaker-notes', 'notes'], ariaLabel: 'Ghi chú giảng viên' },
					children: paragraphs
				};
			});
		};
		visit(tree);
	};
}
