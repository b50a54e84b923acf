/**
 * Runs `run` once, the first time `element` comes within `margin` of the visible part of
 * the page (a CSS margin, as IntersectionObserver's rootMargin). Returns a function that
 * stops watching, for an effect's cleanup.
 */
export function onceNear(element: Element, margin: string, run: () => void): () => void {
	const observer = new IntersectionObserver(
		(entries) => {
			if (!entries.some((entry) => entry.isIntersecting)) return;
			observer.disconnect();
			run();
		},
		{ rootMargin: margin }
	);
	observer.observe(element);
	return () => observer.disconnect();
}
