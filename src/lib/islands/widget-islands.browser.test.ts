import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { WIDGETS } from '$lib/widgets/registry';
import { mountWidgetIslands } from './widget-islands';

/** A chapter's prose as the server renders it: text, a widget's waiting frame, text. */
function staticProse(title: string, gap = '10px') {
	const prose = document.createElement('div');
	prose.innerHTML = `<p style="height:${gap}">Trước.</p><div class="widget waiting"><h3>${title}</h3><p class="hint">Đang tải công cụ tương tác…</p></div><p>Sau.</p>`;
	document.body.append(prose);
	return prose;
}

afterEach(() => document.body.replaceChildren());

describe('mountWidgetIslands', () => {
	it("mounts the frame's widget in its place when it is near, and unmounts it on stop", async () => {
		const title = WIDGETS['delivered-value'].title;
		const prose = staticProse(title);
		const stop = mountWidgetIslands(prose);
		const widget = page.getByRole('region', { name: title });
		await expect.element(widget).toHaveTextContent('Giá trị dành cho khách hàng 30');
		expect(prose.querySelector('.waiting')).toBeNull();
		expect([...prose.children].map((el) => el.textContent?.slice(0, 5))).toEqual([
			'Trước',
			expect.any(String),
			'Sau.'
		]);
		stop();
		expect(prose.children).toHaveLength(2);
	});

	it('leaves a frame far below the screen waiting', async () => {
		const prose = staticProse(WIDGETS['satisfaction'].title, '5000px');
		const stop = mountWidgetIslands(prose);
		await new Promise((resolve) => setTimeout(resolve, 300));
		expect(prose.querySelector('.waiting')).not.toBeNull();
		prose.querySelector('.waiting')!.scrollIntoView();
		await expect
			.element(page.getByRole('region', { name: WIDGETS['satisfaction'].title }))
			.toBeVisible();
		stop();
	});
});
