/**
 * Fits each widget slide's body into the space under its title (core/widget-fit.ts): the
 * body, which the deck owns, gets a layout width and a CSS zoom. Zoom, unlike a transform,
 * lays the widget out at its zoomed size, and the browser maps pointers through it, so every
 * control still hits.
 *
 * A body's layout width is chosen when its widget mounts (a lazily loaded widget replaces its
 * waiting frame) and when its slide is shown. When the widget then grows or shrinks (feedback
 * after "Kiểm tra", a chart that sizes itself to its width a frame later), only the zoom
 * follows, at the same width: a chart's height cannot be measured at other widths before it
 * has redrawn, and the width staying put keeps the slide from jumping. A slide that is not
 * shown has no layout and keeps its last fit.
 */
import { bestFit, candidateWidths, fitAt, shrunk, type Box } from '../core/widget-fit';

/** The space under the title, in the slide's own pixels (the body unzoomed). */
function spaceOf(body: HTMLElement): Box | null {
	const section = body.closest('section');
	const widget = body.querySelector('.widget');
	if (!section || !widget || widget.matches('.waiting') || !body.offsetParent) return null;
	body.style.zoom = '1';
	const style = getComputedStyle(section);
	return {
		width: section.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight),
		height: section.clientHeight - parseFloat(style.paddingBottom) - body.offsetTop
	};
}

/** Zoom is not quite linear (line boxes round at each size): one correction from the real size. */
function settle(body: HTMLElement, box: Box, zoom: number) {
	body.style.zoom = String(zoom);
	const section = body.closest('section')!;
	const scale = section.getBoundingClientRect().height / section.offsetHeight;
	const height = body.getBoundingClientRect().height / scale;
	if (height > box.height) body.style.zoom = String(shrunk(zoom, box.height, height));
}

function choose(body: HTMLElement) {
	const box = spaceOf(body);
	if (!box) return;
	const measured = candidateWidths(box).map((width) => {
		body.style.width = `${width}px`;
		return { width, height: body.offsetHeight };
	});
	const { width, zoom } = bestFit(box, measured);
	body.style.width = `${width}px`;
	settle(body, box, zoom);
}

function follow(body: HTMLElement) {
	const width = parseFloat(body.style.width);
	const box = width ? spaceOf(body) : null;
	if (!box) return choose(body);
	settle(body, box, fitAt(box, { width, height: body.offsetHeight }));
}

/** Starts fitting the widget slides among the deck's sections. */
export function fitWidgetSlides(slides: HTMLElement) {
	const bodies = [...slides.querySelectorAll<HTMLElement>(':scope > section .slide-body')].filter(
		(body) => body.querySelector('.widget')
	);
	const pending = new Set<HTMLElement>();
	let frame = 0;
	// Later than the change: following inside the observer's callback would resize what it watches.
	const resized = new ResizeObserver((entries) => {
		for (const { target } of entries) if (target.parentElement) pending.add(target.parentElement);
		frame ||= requestAnimationFrame(() => {
			frame = 0;
			for (const body of pending) follow(body);
			pending.clear();
		});
	});
	// A widget that has just mounted is fitted before its first paint: no frame of it unfitted.
	const mounted = new MutationObserver((records) => {
		for (const record of records) {
			for (const node of record.addedNodes) if (node instanceof Element) resized.observe(node);
			choose(record.target as HTMLElement);
		}
	});
	for (const body of bodies) {
		mounted.observe(body, { childList: true });
		for (const child of body.children) resized.observe(child);
	}
	return {
		/** Fits a slide just shown. */
		shown: (section: Element | undefined) => {
			const body = section?.querySelector<HTMLElement>(':scope > .slide-body');
			if (body && bodies.includes(body)) choose(body);
		},
		stop: () => {
			mounted.disconnect();
			resized.disconnect();
			cancelAnimationFrame(frame);
		}
	};
}
