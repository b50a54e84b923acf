import { readdirSync } from 'node:fs';
import jsQR from 'jsqr';
import { expect, test, type Page } from './support/fixtures';
import { expectNoAxeViolations } from './support/axe';

const SLUGS = readdirSync('content/chapters')
	.map((file) => /^\d\d-(.+)\.md$/.exec(file)?.[1])
	.filter((slug): slug is string => Boolean(slug));
const WRITTEN = '/trinh-chieu/tong-quan-crm';
const number = (page: Page) => page.locator('.bar .number');

test.use({ viewport: { width: 1920, height: 1080 } });

/** Opens a deck and waits until reveal.js has started it. */
async function openDeck(page: Page, path: string) {
	await page.goto(path);
	await expect(number(page)).toHaveText(/^Trang 1\/\d+$/);
	await expect(page.locator('.reveal.ready')).toBeVisible();
	return Number((await number(page).textContent())!.split('/')[1]);
}

/**
 * Steps through every slide with the deck's "Sau" button, inside the page (one round trip per
 * deck), and lists what is wrong on each: more or less than one slide shown, anything of the
 * deck shown outside it (a widget left on top of later slides), or its widget not shown. A
 * lazily loaded widget is waited for before moving on, so a later slide would show it.
 */
const stepThrough = (page: Page) =>
	page.evaluate(async () => {
		const visible = (el: Element) =>
			el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
		const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
		const slides = document.querySelector('.reveal .slides')!;
		const next = [...document.querySelectorAll<HTMLButtonElement>('.bar button')].find(
			(b) => b.textContent === 'Sau'
		)!;
		const problems: string[] = [];
		let widgets = 0;
		for (let i = 1; ; i++) {
			const present = slides.querySelector(':scope > section.present');
			for (let t = 0; present?.querySelector('.widget.waiting') && t < 600; t++) await frame();
			for (const el of [...slides.children].filter(visible))
				if (el !== present) problems.push(`slide ${i}: also shown: ${el.outerHTML.slice(0, 80)}`);
			if (!present) problems.push(`slide ${i}: no slide shown`);
			for (const widget of present?.querySelectorAll('.widget') ?? []) {
				widgets++;
				if (!visible(widget) || widget.matches('.waiting'))
					problems.push(`slide ${i}: its widget is not shown: ${widget.outerHTML.slice(0, 120)}`);
			}
			if (next.disabled) return { slides: i, widgets, problems };
			next.click();
			await frame();
		}
	});

for (const slug of SLUGS) {
	test(`every slide of ${slug} shows only its own content and its widget`, async ({ page }) => {
		const count = await openDeck(page, `/trinh-chieu/${slug}`);
		const { slides, problems } = await stepThrough(page);
		expect(problems).toEqual([]);
		expect(slides).toBe(count);
	});
}

test('a written deck at 1920×1080: no site header, text ≥ 32 px, every slide inside its frame', async ({
	page,
	baseURL
}) => {
	const count = await openDeck(page, WRITTEN);
	await expect(page.locator('.site-header')).toBeHidden();
	await expect(page.locator('.reveal .progress')).toBeVisible();
	const bar = page.getByRole('navigation', { name: 'Điều khiển trình chiếu' });
	await expect(bar).toHaveCSS('opacity', '0', { timeout: 6000 });
	await page.mouse.move(400, 300);
	await expect(bar).toHaveCSS('opacity', '1');

	const measures = [];
	for (let i = 0; i < count; i++) {
		measures.push(
			await page.evaluate(() => {
				const slides = document.querySelector<HTMLElement>('.reveal .slides')!;
				const present = slides.querySelector<HTMLElement>(':scope > section.present')!;
				const scale = slides.getBoundingClientRect().width / 1920;
				const sizes = [...present.querySelectorAll('p, li, td, th')]
					.filter((el) => el.checkVisibility() && !el.closest('.speaker-notes'))
					.map((el) => parseFloat(getComputedStyle(el).fontSize) * scale);
				const frame = present.getBoundingClientRect();
				const inside = [...present.querySelectorAll('*')]
					.filter((el) => el.checkVisibility())
					.every((el) => {
						const box = el.getBoundingClientRect();
						return box.bottom <= frame.bottom + 1 && box.right <= frame.right + 1;
					});
				return {
					title: present.querySelector('h2')?.textContent ?? '',
					smallest: Math.min(...sizes),
					inside: inside && frame.width <= 1920 && frame.height <= 1080
				};
			})
		);
		await page.keyboard.press('ArrowRight');
	}
	expect(measures.filter((m) => !m.title)).toEqual([]);
	expect(measures.filter((m) => m.smallest < 32)).toEqual([]);
	expect(measures.filter((m) => !m.inside)).toEqual([]);

	// clicker keys: Home, PageDown; black screen; overview
	await page.keyboard.press('Home');
	await expect(number(page)).toHaveText(`Trang 1/${count}`);
	await expect(page).toHaveScreenshot('cover-1920.png', { mask: [bar] });
	await page.keyboard.press('PageDown');
	await page.keyboard.press('PageDown');
	await expect(number(page)).toHaveText(`Trang 3/${count}`);
	await expect(page).toHaveScreenshot('figure-1920.png', { mask: [bar] });
	await page.keyboard.press('b');
	await expect(page.locator('.reveal.paused')).toHaveCount(1);
	await page.keyboard.press('b');
	await page.keyboard.press('o');
	await expect(page.locator('.reveal.overview')).toHaveCount(1);
	await page.keyboard.press('Escape');
	await expect(page.locator('.reveal.overview')).toHaveCount(0);

	// a quiz slide: the question from the bank, its answer on a key
	while (!(await page.locator('section.present .quiz').count()))
		await page.keyboard.press('ArrowRight');
	const quiz = page.locator('section.present .quiz');
	await expect(quiz.locator('.right')).toHaveCount(0);
	await page.keyboard.press('a');
	await expect(quiz.locator('.right')).toHaveCount(1);
	await expect(quiz.getByRole('status')).toBeVisible();
	await expect(page).toHaveScreenshot('quiz-1920.png', { mask: [bar] });
	await expectNoAxeViolations(page);

	// Q: the student page of this slide's section, as a QR code that decodes to it
	await page.keyboard.press('q');
	const dialog = page.getByRole('dialog', { name: 'Mã QR cho sinh viên' });
	const section = await page.locator('section.present').getAttribute('data-section');
	const expected = `${baseURL}/chuong/tong-quan-crm#${section}`;
	await expect(dialog).toContainText(expected.replace(/^https?:\/\//, ''));
	const canvas = dialog.locator('canvas');
	await expect
		.poll(() => canvas.evaluate((c: HTMLCanvasElement) => c.toDataURL().length))
		.toBeGreaterThan(1000);
	const image = await canvas.evaluate((c: HTMLCanvasElement) => {
		const { data, width, height } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
		return { data: [...data], width, height };
	});
	expect(jsQR(Uint8ClampedArray.from(image.data), image.width, image.height)?.data).toBe(expected);

	// the student page keeps the prose and shows no slide block
	await page.goto('/chuong/tong-quan-crm');
	await expect(page.getByRole('heading', { name: 'Câu hỏi ôn tập', exact: true })).toBeVisible();
	await expect(page.getByText('Thảo luận theo nhóm, 5 phút')).toHaveCount(0);
});

test('the presenter window: current and next slide, notes, timer, both windows in step', async ({
	page,
	context
}) => {
	const count = await openDeck(page, WRITTEN);
	await page.mouse.move(300, 300);
	const [presenter] = await Promise.all([
		context.waitForEvent('page'),
		page.getByRole('button', { name: 'Khung người trình bày' }).click()
	]);
	await presenter.setViewportSize({ width: 1920, height: 1080 });
	const panel = presenter.getByRole('complementary', { name: 'Khung người trình bày' });
	await expect(panel.getByTestId('slide-number')).toHaveText(`1/${count}`);
	await expect(panel.getByTestId('elapsed')).not.toHaveText('00:00', { timeout: 5000 });

	await page.keyboard.press('ArrowRight');
	await expect(panel.getByTestId('slide-number')).toHaveText(`2/${count}`);
	await expect(number(presenter)).toHaveText(`Trang 2/${count}`);
	await expect(panel.locator('.notes-text')).toContainText('Hỏi lớp:');
	await expect(panel.locator('.notes-text')).toContainText('Lỗi hay gặp:');
	const nextTitle = await page.evaluate(
		() => document.querySelector('section.present + section h2')?.textContent
	);
	await expect(panel.locator('.preview h2')).toHaveText(nextTitle!);
	await expect(page.locator('.speaker-notes:visible')).toHaveCount(0);

	// and the other way: the presenter moves the room's slides
	await presenter.keyboard.press('ArrowRight');
	await expect(number(page)).toHaveText(`Trang 3/${count}`);
	await expectNoAxeViolations(presenter);
});
