/**
 * A chapter page's prose is static: the server renders it to HTML once and the browser keeps
 * that HTML as it is, without hydrating thousands of words that never change. What in it
 * comes alive (the widgets) is mounted as islands (./widget-islands.ts); the glossary
 * popovers are the HTML popover API and need no script.
 *
 * The page marks its prose with the chapter's slug. When the browser finds that prose already
 * on the screen, the page is being hydrated over the server's HTML and the body need not be
 * loaded at all; on a navigation inside the site the chapter is rendered as a component.
 */
import type { Component } from 'svelte';
import { withChapterBody } from '$lib/content/components/chapter-body';

/** The attribute that marks a chapter's server-rendered prose (the page sets it), holding its slug. */
export const STATIC_PROSE_ATTRIBUTE = 'data-static-chapter';

/**
 * What stands for the prose while the browser hydrates over the server's HTML. Svelte keeps
 * the server's nodes of an `{@html}` block while hydrating and does not compare them; any
 * non-empty string takes that path.
 */
export const KEPT_FROM_SERVER = ' ';

export type ChapterBody = { html: string; Content: null } | { html: null; Content: Component };

type ChapterData = { chapter: { file: string; slug: string } };

/** Whether the prose of `slug` is already on the screen, rendered by the server. */
export function isProseOnScreen(slug: string, root: ParentNode = document): boolean {
	return root.querySelector(`[${STATIC_PROSE_ATTRIBUTE}="${CSS.escape(slug)}"]`) !== null;
}

/**
 * Strips Svelte's hydration markers (HTML comments) from server-rendered HTML: inside an
 * `{@html}` block an empty marker would end the block early while hydrating.
 */
export function withoutComments(html: string): string {
	return html.replace(/<!--[\s\S]*?-->/g, '');
}

/** The universal half of a chapter page: its body as static HTML or as a component. */
export async function chapterBody<T extends ChapterData>(data: T): Promise<T & ChapterBody> {
	// Not `browser`: a build-time constant, so the browser's bundle has no server renderer.
	if (import.meta.env.SSR) {
		const [{ render }, page] = await Promise.all([import('svelte/server'), withChapterBody(data)]);
		return { ...data, html: withoutComments(render(page.Content).body), Content: null };
	}
	if (isProseOnScreen(data.chapter.slug)) return { ...data, html: KEPT_FROM_SERVER, Content: null };
	const page = await withChapterBody(data);
	return { ...page, html: null };
}
