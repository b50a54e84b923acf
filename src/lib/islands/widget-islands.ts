/**
 * Brings a static chapter's widgets to life: each waiting frame the server rendered (its
 * heading names the widget, as the registry titles it) loads its widget when it comes within
 * a screen's height of the visible page, as LazyWidget does inside a rendered chapter, and
 * the widget is mounted in the frame's place.
 */
import { mount, unmount } from 'svelte';
import { onceNear } from '$lib/ui/once-near';
import { WIDGETS, type WidgetEntry } from '$lib/widgets/registry';
// The plain file, as LazyWidget reads it: content:check validates it.
import shared from '../../../content/widgets/shared.json';

const BY_TITLE = new Map<string, WidgetEntry>(Object.values(WIDGETS).map((w) => [w.title, w]));

/** The registry entry of a waiting frame, found by its heading. */
export function widgetOfFrame(frame: Element): WidgetEntry | undefined {
	const title = frame.querySelector('h3')?.textContent?.trim() ?? '';
	return BY_TITLE.get(title);
}

/**
 * Watches every waiting widget frame under `root`; returns a function that stops watching and
 * unmounts the widgets mounted so far (when the page goes away).
 */
export function mountWidgetIslands(root: ParentNode): () => void {
	const stops: (() => void)[] = [];
	const mounted: Record<string, unknown>[] = [];
	let stopped = false;
	for (const frame of root.querySelectorAll<HTMLElement>('.widget.waiting')) {
		const widget = widgetOfFrame(frame);
		if (!widget) continue;
		stops.push(
			onceNear(frame, '100% 0px', () => {
				widget.load().then(
					(module) => {
						if (stopped || !frame.parentNode) return;
						mounted.push(
							mount(module.default, { target: frame.parentNode as Element, anchor: frame })
						);
						frame.remove();
					},
					() => {
						const hint = frame.querySelector('.hint');
						if (!hint) return;
						hint.textContent = shared.waiting.failed;
						hint.setAttribute('role', 'alert');
					}
				);
			})
		);
	}
	return () => {
		stopped = true;
		for (const stop of stops) stop();
		for (const widget of mounted) void unmount(widget);
	};
}
