/**
 * For a chapter without slide blocks: moves its rendered prose into one `<section>` per slide,
 * so that the deck owns every node. Comment and text nodes move with the element before them:
 * Svelte inserts a lazily mounted widget next to such an anchor, so the widget lands in its
 * own slide and never outside the deck's sections. They go in a <div> inside the section:
 * reveal.js takes a <section> right inside a slide (a widget's root) for a vertical slide.
 */
import { buildDeck } from '../core/slides';

export function proseIntoSections(container: HTMLElement, after: Element, title: string) {
	const nodes: ChildNode[] = [];
	for (let node = after.nextSibling; node; node = node.nextSibling) nodes.push(node);
	const elements = nodes.filter((n): n is Element => n.nodeType === Node.ELEMENT_NODE);
	const deck = buildDeck(
		title,
		elements.map((el) => ({
			tag: el.tagName.toLowerCase(),
			text: (el.textContent ?? '').trim(),
			id: el.id || null,
			notes: el.matches('aside.speaker-notes') ? '' : undefined
		}))
	);
	const sections = deck.slides.slice(1).map((slide) => {
		const section = document.createElement('section');
		section.className = 'slide prose-slide';
		if (slide.id) section.dataset.section = slide.id;
		section.append(document.createElement('div'));
		return section;
	});
	let slide = 1;
	let element = 0;
	for (const node of nodes) {
		if (node.nodeType === Node.ELEMENT_NODE) {
			const of = deck.slideOf[element++]!;
			if (of > 0) slide = of;
		}
		sections[slide - 1]!.firstElementChild!.append(node);
	}
	container.append(...sections);
}
